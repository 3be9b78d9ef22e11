package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.commenting.CommentPeriodView;
import org.accord.commenting.CommentingService;
import org.accord.membership.participation.ParticipationCsv;
import org.accord.membership.participation.ParticipationReport;
import org.accord.membership.participation.ParticipationReport.Row;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The participation report of a ballot round or a comment period, for the secretariat and the working group's
 * convenors: a "Participation" button opens, under it, a table by constituency, UN regional group and Global Majority
 * with counts, rates and a bar (hatched, with the number written next to it: never colour alone), the missing voices,
 * and who was invited (unless the ballot is secret), with a CSV download.
 */
final class ParticipationPanel extends Div {

    private final Div body = new Div();
    private final Supplier<ParticipationReport> load;
    private final String fileName;

    private ParticipationPanel(Supplier<ParticipationReport> load, String fileName) {
        this.load = load;
        this.fileName = fileName;
        addClassName("participation-panel");
        setId("participation");
        body.setId("participation-report");
        body.setVisible(false);
        Button toggle = new Button(UiText.t("participation.button"));
        toggle.setId("participation-button");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", "participation-report");
        toggle.addClickListener(e -> {
            boolean show = !body.isVisible();
            if (show) {
                render();
            }
            body.setVisible(show);
            toggle.getElement().setAttribute("aria-expanded", Boolean.toString(show));
        });
        add(toggle, body);
    }

    /** The ballot's report, or nothing for people who may not read it. */
    static Component forBallot(BallotService ballots, WorkingGroupAccess access, BallotSummary b) {
        if (!access.isStaff() && !access.hasAnyRole(b.workingGroupId(), WorkingGroupRole.CONVENOR, WorkingGroupRole.CO_CONVENOR)) {
            return new Div();
        }
        return new ParticipationPanel(() -> ballots.participation(b.id()), "participation-ballot-" + b.number() + ".csv");
    }

    /** The report of one of the draft's comment periods (the latest first), or nothing for people who may not read it. */
    static Component forDraft(CommentingService commenting, UUID draftId) {
        if (!commenting.mayViewParticipation(draftId)) {
            return new Div();
        }
        List<CommentPeriodView> periods = commenting.periods(draftId);
        Select<CommentPeriodView> choice = new Select<>();
        choice.setLabel(UiText.t("participation.period.label"));
        choice.setItems(periods);
        choice.setItemLabelGenerator(p -> UiText.t("participation.period.item", p.versionLabel(), deadline(p.deadline())));
        CommentPeriodView[] current = {periods.isEmpty() ? null : periods.getFirst()};
        choice.setValue(current[0]);
        ParticipationPanel panel = new ParticipationPanel(
                () -> current[0] == null ? null : commenting.participation(current[0].id()), "participation-comments.csv");
        choice.addValueChangeListener(e -> {
            current[0] = e.getValue();
            if (panel.body.isVisible()) {
                panel.render();
            }
        });
        choice.setVisible(periods.size() > 1);
        panel.addComponentAsFirst(choice);
        return panel;
    }

    private void render() {
        body.removeAll();
        ParticipationReport r;
        try {
            r = load.get();
        } catch (RuntimeException e) {
            body.add(new Paragraph(UiText.t("participation.error", UiText.problem(e))));
            return;
        }
        body.add(new H2(UiText.t("participation.title")));
        if (r == null) {
            body.add(new Paragraph(UiText.t("participation.none-yet")));
            return;
        }
        Paragraph intro = new Paragraph(UiText.t("participation.intro"));
        intro.addClassName("meta");
        body.add(intro);
        Paragraph summary = new Paragraph(r.percent() == null ? UiText.t("participation.summary.nobody-invited")
                : UiText.t("participation.summary", r.participated(), r.invited(), r.percent()));
        summary.setId("participation-summary");
        body.add(summary);
        if (r.otherParticipants() > 0) {
            body.add(new Paragraph(UiText.t("participation.others", r.otherParticipants())));
        }
        body.add(table(UiText.t("participation.by-constituency"), UiText.t("participation.col.constituency"), r.byConstituency()));
        body.add(table(UiText.t("participation.by-region"), UiText.t("participation.col.region"), r.byRegion()));
        body.add(table(UiText.t("participation.by-gm"), UiText.t("participation.col.countries"), r.byGlobalMajority()));

        body.add(new H3(UiText.t("participation.missing.title")));
        if (r.missing().isEmpty()) {
            body.add(new Paragraph(UiText.t("participation.missing.none")));
        } else {
            UnorderedList missing = new UnorderedList();
            missing.setId("missing-voices");
            missing.addClassName("missing-voices");
            for (ParticipationReport.Missing m : r.missing()) {
                String label = label(m.dimension(), m.code(), m.label());
                missing.add(new ListItem(m.reason() == ParticipationReport.Reason.NOT_INVITED
                        ? UiText.t("participation.missing.not-invited", label)
                        : UiText.t("participation.missing.silent", label, m.invited())));
            }
            body.add(missing);
        }

        body.add(new H3(UiText.t("participation.people.title")));
        if (r.peopleHidden()) {
            body.add(new Paragraph(UiText.t("participation.people.hidden")));
        } else {
            body.add(people(r.people()));
        }
        body.add(UiText.download(UiText.t("participation.csv"), fileName, "text/csv;charset=UTF-8",
                () -> ParticipationCsv.write(load.get())));
    }

    private static Component table(String caption, String first, List<Row> rows) {
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        Element table = new Element("table");
        table.getClassList().add("participation-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        for (String h : List.of(first, UiText.t("participation.col.invited"), UiText.t("participation.col.took-part"),
                UiText.t("participation.col.rate"))) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element tbody = new Element("tbody");
        Locale locale = locale();
        java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance(locale);
        for (Row row : rows) {
            Element tr = new Element("tr");
            if (row.missingVoice()) {
                tr.getClassList().add("participation-missing");
            }
            Element name = new Element("th").setAttribute("scope", "row").setText(label(row.dimension(), row.code(), row.label()));
            if (row.missingVoice()) {
                name.appendChild(flagged(UiText.t("participation.flag.missing")));
            }
            tr.appendChild(name);
            tr.appendChild(new Element("td").setText(n.format(row.invited())));
            tr.appendChild(new Element("td").setText(n.format(row.participated())));
            Element rate = new Element("td");
            Element bar = new Element("span").setAttribute("aria-hidden", "true");
            bar.getClassList().add("participation-bar");
            Element fill = new Element("span");
            fill.getStyle().set("width", (row.percent() == null ? 0 : row.percent()) + "%");
            bar.appendChild(fill);
            rate.appendChild(bar);
            rate.appendChild(new Element("span").setText(row.percent() == null ? UiText.t("participation.rate.none")
                    : UiText.t("participation.rate", row.percent())));
            tr.appendChild(rate);
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        wrap.getElement().appendChild(table);
        return wrap;
    }

    private static Component people(List<ParticipationReport.Person> people) {
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        Element table = new Element("table");
        table.getClassList().add("participation-table");
        Element head = new Element("tr");
        for (String h : List.of(UiText.t("participation.col.name"), UiText.t("participation.col.organisation"),
                UiText.t("participation.col.constituencies"), UiText.t("participation.col.region"),
                UiText.t("participation.col.took-part"))) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element tbody = new Element("tbody");
        for (ParticipationReport.Person p : people) {
            Element tr = new Element("tr");
            // names and organisations are data: kept as written, isolated for mixed-direction text
            tr.appendChild(new Element("td").appendChild(bdi(p.name())));
            tr.appendChild(new Element("td").appendChild(p.organisation() == null
                    ? new Element("span").setText(UiText.t("participation.individual")) : bdi(p.organisation())));
            tr.appendChild(new Element("td").setText(String.join(", ", p.constituencies())));
            tr.appendChild(new Element("td").setText(p.region() == null ? "—" : regionLabel(p.region())));
            tr.appendChild(new Element("td").setText(p.participated() ? UiText.t("participation.yes") : UiText.t("participation.no")));
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        wrap.getElement().appendChild(table);
        return wrap;
    }

    private static Element flagged(String text) {
        Element e = new Element("span").setText(text);
        e.getClassList().add("participation-flag");
        return e;
    }

    private static Element bdi(String text) {
        return new Element("bdi").setText(text == null ? "" : text);
    }

    /** Regions and the Global Majority buckets are translated; stakeholder groups are configured labels (data). */
    static String label(ParticipationReport.Dimension d, String code, String fallback) {
        return switch (d) {
            case CONSTITUENCY -> "NONE".equals(code) ? UiText.t("participation.constituency.none") : fallback;
            case REGION -> switch (code) {
                case "AFRICAN" -> UiText.t("participation.region.african");
                case "ASIA_PACIFIC" -> UiText.t("participation.region.asia_pacific");
                case "EASTERN_EUROPEAN" -> UiText.t("participation.region.eastern_european");
                case "GRULAC" -> UiText.t("participation.region.grulac");
                case "WEOG" -> UiText.t("participation.region.weog");
                case "NONE" -> UiText.t("participation.region.none");
                default -> fallback;
            };
            case GLOBAL_MAJORITY -> switch (code) {
                case "GLOBAL_MAJORITY" -> UiText.t("participation.gm.global_majority");
                case "OTHER" -> UiText.t("participation.gm.other");
                case "NONE" -> UiText.t("participation.gm.none");
                default -> fallback;
            };
        };
    }

    private static String regionLabel(String englishLabel) {
        for (org.accord.membership.UnRegionalGroup g : org.accord.membership.UnRegionalGroup.values()) {
            if (g.label().equals(englishLabel)) {
                return label(ParticipationReport.Dimension.REGION, g.name(), englishLabel);
            }
        }
        return englishLabel;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The deadline in the reader's time zone when the browser told us, and always in UTC. */
    private static String deadline(Instant at) {
        Locale locale = locale();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        String utc = f.withZone(ZoneOffset.UTC).format(at) + " UTC";
        UI ui = UI.getCurrent();
        var details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null) {
            try {
                ZoneId zone = ZoneId.of(details.getTimeZoneId());
                if (!zone.getRules().getOffset(at).equals(ZoneOffset.UTC)) {
                    return f.withZone(zone).format(at) + " (" + utc + ")";
                }
            } catch (java.time.DateTimeException e) {
                // unknown zone name: UTC only
            }
        }
        return utc;
    }
}
