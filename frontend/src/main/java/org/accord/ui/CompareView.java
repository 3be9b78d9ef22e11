package org.accord.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.drafting.*;
import org.accord.shared.NotFoundException;

import java.util.*;

import static org.accord.drafting.ClauseText.escape;

/**
 * Compares two versions of a draft clause by clause: added, deleted and moved clauses, and a
 * word-level redline of every changed one, inline or side by side.
 */
@Route("drafts/:draftId/compare")
@PermitAll
public class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private final VersionService versions;
    private UUID draftId;
    private String title;

    CompareView(DraftingService drafting, VersionService versions) {
        this.drafting = drafting;
        this.versions = versions;
        addClassNames("page", "compare-view");
    }

    static RouteParameters params(UUID draftId) {
        return new RouteParameters("draftId", draftId.toString());
    }

    @Override
    public String getPageTitle() {
        return title == null ? UiText.t("drafting.compare.title") + " · Accord" : title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DraftSummary> loaded = DraftRoute.load(event, drafting);
        if (loaded.isEmpty()) {
            return;
        }
        DraftSummary draft = loaded.get();
        draftId = draft.id();
        title = UiText.t("drafting.compare.title-of", draft.reference()) + " · Accord";
        List<String> labels = new ArrayList<>(versions.versions(draftId).stream().map(VersionSummary::label).toList());
        labels.add(VersionService.CURRENT);
        QueryParameters q = event.getLocation().getQueryParameters();
        String to = q.getSingleParameter("to").orElse(VersionService.CURRENT);
        String from = q.getSingleParameter("from").orElse(labels.size() > 1 ? labels.get(labels.size() - 2) : VersionService.CURRENT);
        String layout = q.getSingleParameter("layout").orElse("inline");

        removeAll();
        RouterLink back = new RouterLink(UiText.t("drafting.compare.back", draft.reference()), DraftView.class, DraftView.params(draftId));
        add(back, new H1(UiText.t("drafting.compare.heading", draft.reference())));

        Select<String> fromSelect = select(UiText.t("drafting.compare.from"), labels, from);
        fromSelect.setId("compare-from");
        Select<String> toSelect = select(UiText.t("drafting.compare.to"), labels, to);
        toSelect.setId("compare-to");
        RadioButtonGroup<String> layoutGroup = new RadioButtonGroup<>(UiText.t("drafting.compare.show"));
        layoutGroup.setItems("inline", "side by side");
        layoutGroup.setItemLabelGenerator(l -> "inline".equals(l) ? UiText.t("drafting.compare.layout.inline")
                : UiText.t("drafting.compare.layout.side-by-side"));
        layoutGroup.setValue("inline".equals(layout) ? "inline" : "side by side");
        Runnable go = () -> UI.getCurrent().navigate(CompareView.class, params(draftId), QueryParameters.simple(Map.of(
                "from", fromSelect.getValue(), "to", toSelect.getValue(),
                "layout", "inline".equals(layoutGroup.getValue()) ? "inline" : "side")));
        fromSelect.addValueChangeListener(e -> { if (e.isFromClient()) go.run(); });
        toSelect.addValueChangeListener(e -> { if (e.isFromClient()) go.run(); });
        layoutGroup.addValueChangeListener(e -> { if (e.isFromClient()) go.run(); });
        Div controls = new Div(fromSelect, toSelect, layoutGroup);
        controls.addClassName("redline-controls");
        add(controls);

        DocumentDiff diff;
        try {
            diff = versions.compare(draftId, from, to);
        } catch (NotFoundException e) {
            add(new Paragraph(UiText.t("drafting.compare.no-such-version", UiText.problem(e))));
            return;
        }
        Paragraph summary = new Paragraph(UiText.t("drafting.compare.summary", DraftingText.range(label(diff.from()), label(diff.to()), DraftingText.current()),
                diff.added(), diff.deleted(), diff.moved(), diff.changed()));
        summary.setId("compare-summary");
        summary.addClassName("compare-summary");
        add(summary);
        List<DocumentComparison.ClauseChange> changed = diff.clauses().stream()
                .filter(c -> c.status() != DocumentComparison.Status.UNCHANGED).toList();
        if (changed.isEmpty()) {
            add(new Paragraph(UiText.t("drafting.compare.identical")));
            return;
        }
        DraftingText.Translator tx = DraftingText.current();
        StringBuilder html = new StringBuilder("<div class=\"changes\">");
        for (DocumentComparison.ClauseChange c : changed) {
            html.append(change(c, !"inline".equals(layout), tx));
        }
        add(new Html(html.append("</div>").toString()));
    }

    private static String label(String version) {
        return VersionService.CURRENT.equals(version) ? UiText.t("drafting.compare.working-text") : version;
    }

    private static Select<String> select(String label, List<String> items, String value) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setItems(items);
        s.setItemLabelGenerator(CompareView::label);
        s.setValue(items.contains(value) ? value : items.getLast());
        return s;
    }

    private static String change(DocumentComparison.ClauseChange c, boolean sideBySide, DraftingText.Translator tx) {
        StringBuilder h = new StringBuilder("<section class=\"change status-").append(c.status().name().toLowerCase())
                .append("\" data-clause=\"").append(c.clauseId()).append("\">");
        String numbers = c.status() == DocumentComparison.Status.ADDED ? c.toNumber()
                : c.status() == DocumentComparison.Status.DELETED ? c.fromNumber()
                : Objects.equals(c.fromNumber(), c.toNumber()) ? c.toNumber() : c.fromNumber() + " → " + c.toNumber();
        h.append("<h2 dir=\"auto\"><bdi dir=\"ltr\">").append(escape(numbers)).append("</bdi> ").append(escape(c.title())).append(" ");
        List<String> badges = new ArrayList<>();
        switch (c.status()) {
            case ADDED -> badges.add("added");
            case DELETED -> badges.add("deleted");
            default -> {
                if (c.moved()) badges.add("moved");
                if (c.titleChanged()) badges.add("title-changed");
                if (c.textChanged()) badges.add("text-changed");
            }
        }
        badges.forEach(b -> h.append("<span class=\"badge ").append(b).append("\">").append(escape(badge(b, tx))).append("</span> "));
        h.append("</h2>");
        if (c.titleChanged()) {
            h.append("<p class=\"meta\">").append(escape(tx.t("drafting.compare.title-was"))).append(" <bdi>")
                    .append(escape(c.fromTitle())).append("</bdi></p>");
        }
        if (!c.textDiff().isEmpty() && (c.textChanged() || c.status() != DocumentComparison.Status.CHANGED)) {
            if (sideBySide) {
                String[] sides = Redline.sideBySide(c.textDiff());
                h.append("<div class=\"side-by-side\"><div class=\"side\"><div class=\"redline-text\" dir=\"auto\">").append(sides[0])
                        .append("</div></div><div class=\"side\"><div class=\"redline-text\" dir=\"auto\">").append(sides[1]).append("</div></div></div>");
            } else {
                h.append("<div class=\"redline-text\" dir=\"auto\">").append(Redline.inline(c.textDiff())).append("</div>");
            }
        }
        return h.append("</section>").toString();
    }

    /** A change badge's words; its class stays the English code. */
    private static String badge(String code, DraftingText.Translator tx) {
        return switch (code) {
            case "added" -> tx.t("drafting.compare.badge.added");
            case "deleted" -> tx.t("drafting.compare.badge.deleted");
            case "moved" -> tx.t("drafting.compare.badge.moved");
            case "title-changed" -> tx.t("drafting.compare.badge.title-changed");
            default -> tx.t("drafting.compare.badge.text-changed");
        };
    }
}
