package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.*;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.accord.membership.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;

import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Seats of one working group: roster and compliance for everyone; seat plan, applications and allocations for the
 * secretariat (the convenor may look). An allocation is a proposal until the secretariat confirms it.
 */
@Route("seats/:wg?")
@Menu(order = 3, title = "Seats", icon = "vaadin:users")
@PermitAll
public class SeatsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("seats.title") + " · Accord";
    }

    private final SeatService seats;
    private final MembershipService membership;
    private final WorkingGroupAccess access;
    private final WorkingGroupSelect groupSelect = new WorkingGroupSelect(SeatsView.class);
    private final Div content = new Div();
    private UUID wg;
    private boolean staff;
    private boolean convenor;

    SeatsView(SeatService seats, MembershipService membership, WorkingGroupAccess access) {
        this.seats = seats;
        this.membership = membership;
        this.access = access;
        addClassNames("page", "seats-view");
        add(new H1(UiText.t("seats.heading")), groupSelect, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkingGroupSummary chosen = groupSelect.choose(membership.workingGroups(), event).orElse(null);
        if (chosen == null) {
            content.removeAll();
            content.add(new Paragraph(UiText.t("seats.no-groups")));
            return;
        }
        wg = chosen.id();
        staff = access.isStaff();
        convenor = access.hasAnyRole(wg, WorkingGroupRole.CONVENOR);
        render();
    }

    private void render() {
        content.removeAll();
        Sections sections = new Sections();
        sections.add(UiText.t("seats.section.roster"), rosterTab());
        Optional<SeatPlanSpec> plan = seats.seatPlan(wg);
        sections.add(UiText.t("seats.section.plan"), new SeatPlanEditor(seats, wg, plan.orElse(null), staff, staff || convenor, saved -> render()));
        if (staff || convenor) {
            sections.add(UiText.t("seats.section.applications"), applicationsTab(plan.orElse(null)));
            sections.add(UiText.t("seats.section.allocation"), allocationTab(plan.orElse(null)));
        } else {
            sections.add(UiText.t("seats.section.apply"), applyTab(plan.orElse(null)));
        }
        content.add(sections);
    }

    /**
     * One section visible at a time, chosen with toggle buttons. Plain buttons with aria-pressed rather than
     * vaadin-tabs, whose shadow DOM fails axe's aria-required-children check.
     */
    // ------------------------------------------------------------------ roster

    private Div rosterTab() {
        Div tab = new Div();
        Roster roster = seats.roster(wg);
        CompliancePanel panel = new CompliancePanel(UiText.t("seats.roster.compliance"), "compliance-status");
        String note = roster.seats() == 0 ? UiText.t("seats.roster.no-plan")
                : UiText.t("seats.roster.filled", roster.holders().size(), roster.seats())
                + (roster.vacancies() > 0 ? ", " + UiText.t("seats.roster.vacant", roster.vacancies()) : "")
                + (roster.confirmedAllocation() == null ? "" : " (" + UiText.t("seats.roster.allocation", String.valueOf(roster.confirmedAllocation())) + ")");
        panel.show(roster.compliance(), roster.compliant() && roster.seats() > 0, note);
        Roster.Twinning t = roster.twinning();
        Paragraph twin = new Paragraph((t.met() ? "✓ " : "✗ ") + UiText.t("seats.leadership", t.message())
                + (t.convenor() == null ? "" : " (" + UiText.t("seats.leadership.convenor", t.convenor(), t.convenorCountry())
                + (t.coConvenor() == null ? "" : "; " + UiText.t("seats.leadership.co-convenor", t.coConvenor(), t.coConvenorCountry())) + ")"));
        twin.setId("twinning-status");
        Div leadership = new Div(twin);
        if (staff) {
            Button appoint = new Button(UiText.t("seats.appoint.title"), e -> appointCoConvenor());
            appoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            appoint.setId("appoint-co-convenor");
            leadership.add(appoint);
        }

        Grid<Roster.Holder> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("seats.roster.seated"));
        grid.addColumn(Roster.Holder::seatNumber).setHeader(UiText.t("seats.column.seat")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Roster.Holder::name).setHeader(UiText.t("seats.column.member")).setAutoWidth(true);
        grid.addColumn(h -> Objects.toString(h.organisation(), "")).setHeader(UiText.t("seats.column.organisation")).setFlexGrow(1);
        grid.addColumn(h -> String.join(", ", h.attributes())).setHeader(UiText.t("seats.column.counts-for")).setFlexGrow(2);
        grid.addColumn(Roster.Holder::reason).setHeader(UiText.t("seats.column.why-seated")).setFlexGrow(2);
        grid.addColumn(h -> h.termEnd() == null ? UiText.t("seats.term.from", String.valueOf(h.termStart()))
                        : UiText.t("seats.term.from-to", String.valueOf(h.termStart()), String.valueOf(h.termEnd())))
                .setHeader(UiText.t("seats.column.term")).setAutoWidth(true);
        if (staff) {
            grid.addComponentColumn(h -> {
                Button b = new Button(UiText.t("seats.vacate.button"), e -> vacate(h));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.setAriaLabel(UiText.t("seats.vacate.aria", String.valueOf(h.seatNumber()), h.name()));
                return b;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(roster.holders());
        grid.setAllRowsVisible(true);
        tab.add(panel, leadership, new H3(UiText.t("seats.roster.seated")), roster.holders().isEmpty()
                ? new Paragraph(UiText.t("seats.roster.nobody")) : grid);
        return tab;
    }

    /** Twinning: a seated member who speaks for an organisation becomes co-convenor (checked by the service). */
    private void appointCoConvenor() {
        Dialog d = new Dialog();
        d.setHeaderTitle(UiText.t("seats.appoint.title"));
        ComboBox<SeatedMember> who = new ComboBox<>(UiText.t("seats.appoint.member"));
        who.setItems(seats.seatedMembers(wg).stream().filter(m -> m.organisationId() != null).toList());
        who.setItemLabelGenerator(m -> m.name() + " (" + Constituencies.countryName(m.country()) + ")");
        who.setWidthFull();
        who.setId("co-convenor-member");
        Button ok = new Button(UiText.t("seats.appoint"), e -> {
            try {
                SeatedMember m = who.getValue();
                seats.appointCoConvenor(wg, m == null ? null : m.userId(), m == null ? null : m.organisationId());
                d.close();
                UiText.notify(UiText.t("seats.appointed"), false);
                render();
            } catch (InvalidInputException ex) {
                who.setErrorMessage(UiText.problem(ex));
                who.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph(UiText.t("seats.appoint.text")), who);
        d.getFooter().add(new Button(UiText.t("seats.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void vacate(Roster.Holder h) {
        Dialog d = new Dialog();
        d.setHeaderTitle(UiText.t("seats.vacate.title", String.valueOf(h.seatNumber()), h.name()));
        TextField reason = new TextField(UiText.t("seats.vacate.reason"));
        reason.setWidthFull();
        Button ok = new Button(UiText.t("seats.vacate"), e -> {
            try {
                seats.vacate(wg, h.id(), reason.getValue());
                d.close();
                UiText.notify(UiText.t("seats.vacated"), false);
                render();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(UiText.problem(ex));
                reason.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(reason);
        d.getFooter().add(new Button(UiText.t("seats.cancel"), e -> d.close()), ok);
        d.open();
    }

    // ------------------------------------------------------------------ applications

    private Div applicationsTab(SeatPlanSpec plan) {
        Div tab = new Div();
        List<SeatApplicationView> apps = new ArrayList<>(seats.applications(wg));
        Grid<SeatApplicationView> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("seats.section.applications"));
        grid.addColumn(a -> a.rank() == null ? "—" : a.rank().toString()).setHeader(UiText.t("seats.column.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SeatApplicationView::name).setHeader(UiText.t("seats.column.applicant")).setAutoWidth(true);
        grid.addColumn(a -> Objects.toString(a.organisation(), "")).setHeader(UiText.t("seats.column.organisation")).setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.attributes())).setHeader(UiText.t("seats.column.counts-for")).setFlexGrow(2);
        grid.addColumn(SeatApplicationView::statement).setHeader(UiText.t("seats.column.statement")).setFlexGrow(3);
        grid.addColumn(a -> a.ineligible() != null ? UiText.t("seats.application.ineligible", a.ineligible())
                : a.seated() ? UiText.t("seats.application.seated") : UiText.t("seats.application.eligible")).setHeader(UiText.t("seats.column.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(apps);
        tab.add(new Paragraph(UiText.t("seats.applications.count", apps.size()) + "; "
                + (plan != null && Boolean.TRUE.equals(plan.applicationsOpen()) ? UiText.t("seats.applications.open") : UiText.t("seats.applications.closed"))));
        if (staff) {
            grid.setSelectionMode(Grid.SelectionMode.SINGLE);
            Button up = new Button(UiText.t("seats.move-up"), VaadinIcon.ARROW_UP.create(), e -> move(grid, apps, -1));
            Button down = new Button(UiText.t("seats.move-down"), VaadinIcon.ARROW_DOWN.create(), e -> move(grid, apps, 1));
            Button save = new Button(UiText.t("seats.ranking.save"), e -> {
                try {
                    seats.rank(wg, apps.stream().map(SeatApplicationView::id).toList());
                    UiText.notify(UiText.t("seats.ranking.saved"), false);
                    render();
                } catch (InvalidInputException ex) {
                    UiText.notify(UiText.problem(ex) + " " + String.join("; ", UiText.details(ex)), true);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-ranking");
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
                String csv = new String(bytes, StandardCharsets.UTF_8);
                var ui = getUI().orElseThrow();
                try {
                    int n = seats.importApplications(wg, csv);
                    ui.access(() -> {
                        UiText.notify(UiText.t("seats.applications.imported", n), false);
                        render();
                    });
                } catch (InvalidInputException ex) {
                    ui.access(() -> UiText.notify(UiText.problem(ex) + ": " + String.join("; ", UiText.details(ex)), true));
                }
            }));
            upload.setAcceptedFileTypes(".csv", "text/csv");
            UiText.limitUpload(upload, 5);
            upload.setMaxFiles(1);
            upload.setDropLabel(new Span(UiText.t("seats.applications.import")));
            FlexLayout tools = new FlexLayout(up, down, save);
            tools.addClassName("toolbar");
            tab.add(new Paragraph(UiText.t("seats.ranking.help")), tools, upload);
        }
        tab.add(grid);
        return tab;
    }

    private static void move(Grid<SeatApplicationView> grid, List<SeatApplicationView> apps, int by) {
        SeatApplicationView sel = grid.asSingleSelect().getValue();
        if (sel == null) {
            UiText.notify(UiText.t("seats.ranking.select"), true);
            return;
        }
        int i = apps.indexOf(sel);
        int j = i + by;
        if (j < 0 || j >= apps.size()) {
            return;
        }
        Collections.swap(apps, i, j);
        grid.getDataProvider().refreshAll();
        grid.select(sel);
    }

    // ------------------------------------------------------------------ allocation

    private Div allocationTab(SeatPlanSpec plan) {
        Div tab = new Div();
        Div result = new Div();
        result.setId("allocation-result");
        if (staff) {
            RadioButtonGroup<AllocationMode> mode = new RadioButtonGroup<>(UiText.t("seats.allocation.mode"));
            mode.setItems(AllocationMode.values());
            mode.setItemLabelGenerator(m -> switch (m) {
                case MERIT -> UiText.t("seats.mode.merit.choice");
                case LOTTERY_LEXIMIN -> UiText.t("seats.mode.lottery-leximin.choice");
                case LOTTERY_LEGACY -> UiText.t("seats.mode.lottery-legacy.choice");
                case REFILL -> UiText.t("seats.mode.refill.choice");
            });
            mode.setValue(AllocationMode.MERIT);
            mode.setId("allocation-mode");
            Paragraph seedNote = new Paragraph(plan == null || plan.lotterySeed() == null
                    ? UiText.t("seats.allocation.needs-seed")
                    : UiText.t("seats.allocation.seed", String.valueOf(plan.lotterySeed())));
            Button run = new Button(UiText.t("seats.allocation.run"), e -> {
                try {
                    AllocationView a = seats.allocate(wg, mode.getValue(), null);
                    showAllocation(result, a);
                } catch (InvalidInputException ex) {
                    result.removeAll();
                    result.add(new Paragraph("✗ " + UiText.problem(ex)));
                    UnorderedList list = new UnorderedList();
                    UiText.details(ex).forEach(d -> list.add(new ListItem(d)));
                    result.add(list);
                }
            });
            run.setId("run-allocation");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(mode, seedNote, run);
        }
        tab.add(result);
        List<AllocationView> history = seats.allocations(wg);
        history.stream().filter(a -> a.status().equals("PROPOSED")).findFirst().ifPresent(a -> showAllocation(result, a));
        Grid<AllocationView> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("seats.allocation.history.aria"));
        grid.addColumn(AllocationView::number).setHeader(UiText.t("seats.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> mode(a.mode())).setHeader(UiText.t("seats.allocation.mode")).setAutoWidth(true);
        grid.addColumn(a -> a.seed() == null ? "" : a.seed().toString()).setHeader(UiText.t("seats.column.seed")).setAutoWidth(true);
        grid.addColumn(a -> status(a.status())).setHeader(UiText.t("seats.column.status")).setAutoWidth(true);
        grid.addColumn(a -> UiText.t("seats.at-by", Timestamps.localAndUtc(a.createdAt()), a.createdBy())).setHeader(UiText.t("seats.column.run")).setAutoWidth(true);
        grid.addColumn(a -> a.decidedAt() == null ? "" : UiText.t("seats.at-by", Timestamps.localAndUtc(a.decidedAt()), a.decidedBy()))
                .setHeader(UiText.t("seats.column.decided")).setAutoWidth(true);
        grid.addItemClickListener(e -> showAllocation(result, e.getItem()));
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        tab.add(new H3(UiText.t("seats.allocation.history")), history.isEmpty() ? new Paragraph(UiText.t("seats.allocation.none")) : grid);
        return tab;
    }

    private void showAllocation(Div result, AllocationView a) {
        result.removeAll();
        boolean lottery = a.mode() == AllocationMode.LOTTERY_LEXIMIN || a.mode() == AllocationMode.LOTTERY_LEGACY;
        H2 title = new H2(UiText.t("seats.allocation.title", String.valueOf(a.number()), status(a.status())));
        result.add(title);
        if (a.seed() != null) {
            result.add(new Paragraph(UiText.t("seats.allocation.drawn", String.valueOf(a.seed()))));
        }
        a.notes().forEach(n -> result.add(new Paragraph(n)));
        Grid<AllocationView.SeatView> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("seats.allocation.proposed-seats"));
        grid.addColumn(AllocationView.SeatView::seatNumber).setHeader(UiText.t("seats.column.seat")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AllocationView.SeatView::name).setHeader(UiText.t("seats.column.applicant")).setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.organisation(), "")).setHeader(UiText.t("seats.column.organisation")).setFlexGrow(1);
        grid.addColumn(AllocationView.SeatView::reason).setHeader(UiText.t("seats.column.why-this-person")).setFlexGrow(3);
        grid.addColumn(s -> Objects.toString(s.countsToward(), "")).setHeader(UiText.t("seats.column.counts-toward")).setFlexGrow(2);
        if (lottery) {
            grid.addColumn(s -> s.selectionProbability() == null ? ""
                    : UiText.t("seats.chance", 100 * s.selectionProbability())).setHeader(UiText.t("seats.column.chance")).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(a.seats());
        grid.setAllRowsVisible(true);
        result.add(grid);
        if (!a.displaced().isEmpty()) {
            result.add(new H3(UiText.t("seats.allocation.held-out")));
            UnorderedList list = new UnorderedList();
            a.displaced().forEach(d -> list.add(new ListItem(d.name() + (d.rank() == null ? "" : " (" + UiText.t("seats.allocation.rank", String.valueOf(d.rank())) + ")")
                    + ": " + d.quota() + (d.seatedInstead() == null ? "" : "; " + UiText.t("seats.allocation.seated-instead", d.seatedInstead())))));
            result.add(list);
        }
        CompliancePanel compliance = new CompliancePanel(UiText.t("seats.allocation.compliance"), "proposal-compliance-status");
        compliance.show(a.compliance(), a.compliance().stream().allMatch(ComplianceRow::met), null);
        result.add(compliance);
        if (staff && a.status().equals("PROPOSED")) {
            Button confirm = new Button(UiText.t("seats.allocation.confirm"), e -> {
                try {
                    seats.confirm(wg, a.id());
                    UiText.notify(UiText.t("seats.allocation.confirmed"), false);
                    render();
                } catch (InvalidInputException ex) {
                    UiText.notify(UiText.problem(ex), true);
                }
            });
            confirm.setId("confirm-allocation");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button discard = new Button(UiText.t("seats.allocation.discard"), e -> {
                seats.discard(wg, a.id());
                render();
            });
            result.add(new FlexLayout(confirm, discard));
        }
    }

    // ------------------------------------------------------------------ apply

    private Div applyTab(SeatPlanSpec plan) {
        Div tab = new Div();
        if (plan == null || !Boolean.TRUE.equals(plan.applicationsOpen())) {
            tab.add(new Paragraph(UiText.t("seats.apply.closed")));
            return tab;
        }
        Optional<SeatApplicationView> mine = seats.myApplication(wg);
        mine.ifPresent(m -> tab.add(new Paragraph(UiText.t("seats.apply.mine", Timestamps.localAndUtc(m.submittedAt()), String.join(", ", m.attributes())))));
        ComboBox<OrganisationSummary> org = new ComboBox<>(UiText.t("seats.apply.on-behalf"));
        org.setItems(membership.organisations());
        org.setItemLabelGenerator(o -> o.name() + " (" + o.country() + ")");
        TextField country = new TextField(UiText.t("seats.apply.country"));
        country.setMaxLength(2);
        country.setHelperText(UiText.t("seats.apply.country.help"));
        MultiSelectComboBox<StakeholderGroup> groups = new MultiSelectComboBox<>(UiText.t("seats.apply.groups"));
        groups.setItems(membership.stakeholderGroups());
        groups.setItemLabelGenerator(StakeholderGroup::label);
        groups.setHelperText(UiText.t("seats.apply.groups.help"));
        TextArea statement = new TextArea(UiText.t("seats.column.statement"));
        statement.setMaxLength(5000);
        statement.setWidthFull();
        mine.ifPresent(m -> {
            country.setValue(m.country());
            statement.setValue(m.statement());
            groups.setValue(membership.stakeholderGroups().stream().filter(g -> m.stakeholderGroups().contains(g.code())).toList());
        });
        Button submit = new Button(mine.isPresent() ? UiText.t("seats.apply.update") : UiText.t("seats.apply.submit"), e -> {
            try {
                seats.apply(wg, new NewSeatApplication(org.getValue() == null ? null : org.getValue().id(),
                        country.getValue(), groups.getValue().stream().map(StakeholderGroup::code).toList(),
                        statement.getValue()));
                UiText.notify(UiText.t("seats.apply.saved"), false);
                render();
            } catch (InvalidInputException ex) {
                UiText.notify(UiText.problem(ex), true);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        org.setWidth("20em");
        country.setWidth("16em");
        groups.setWidth("28em");
        FlexLayout fields = new FlexLayout(org, country, groups);
        fields.addClassName("form-row");
        tab.add(fields, statement, submit);
        if (mine.isPresent()) {
            tab.add(new Button(UiText.t("seats.apply.withdraw"), e -> {
                seats.withdraw(wg);
                render();
            }));
        }
        return tab;
    }

    /** An allocation's state (PROPOSED, CONFIRMED, DISCARDED, SUPERSEDED) in the page's language. */
    static String status(String status) {
        return switch (status) {
            case "PROPOSED" -> UiText.t("seats.allocation.status.proposed");
            case "CONFIRMED" -> UiText.t("seats.allocation.status.confirmed");
            case "DISCARDED" -> UiText.t("seats.allocation.status.discarded");
            case "SUPERSEDED" -> UiText.t("seats.allocation.status.superseded");
            default -> status.toLowerCase(Locale.ROOT);
        };
    }

    static String mode(AllocationMode mode) {
        return switch (mode) {
            case MERIT -> UiText.t("seats.mode.merit");
            case LOTTERY_LEXIMIN -> UiText.t("seats.mode.lottery-leximin");
            case LOTTERY_LEGACY -> UiText.t("seats.mode.lottery-legacy");
            case REFILL -> UiText.t("seats.mode.refill");
        };
    }
}
