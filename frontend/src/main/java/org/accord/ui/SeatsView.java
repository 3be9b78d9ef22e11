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
@PageTitle("Seats · Accord")
@Menu(order = 3, title = "Seats", icon = "vaadin:users")
@PermitAll
public class SeatsView extends Main implements BeforeEnterObserver {

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
        add(new H1("Seats and quotas"), groupSelect, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkingGroupSummary chosen = groupSelect.choose(membership.workingGroups(), event).orElse(null);
        if (chosen == null) {
            content.removeAll();
            content.add(new Paragraph("There are no working groups yet."));
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
        sections.add("Roster and compliance", rosterTab());
        Optional<SeatPlanSpec> plan = seats.seatPlan(wg);
        sections.add("Seat plan", new SeatPlanEditor(seats, wg, plan.orElse(null), staff, staff || convenor, saved -> render()));
        if (staff || convenor) {
            sections.add("Applications", applicationsTab(plan.orElse(null)));
            sections.add("Allocation", allocationTab(plan.orElse(null)));
        } else {
            sections.add("Apply", applyTab(plan.orElse(null)));
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
        CompliancePanel panel = new CompliancePanel("Quota compliance", "compliance-status");
        String note = roster.seats() == 0 ? "No seat plan yet."
                : roster.holders().size() + " of " + roster.seats() + " seats filled"
                + (roster.vacancies() > 0 ? ", " + roster.vacancies() + " vacant" : "")
                + (roster.confirmedAllocation() == null ? "" : " (allocation " + roster.confirmedAllocation() + ")");
        panel.show(roster.compliance(), roster.compliant() && roster.seats() > 0, note);
        Roster.Twinning t = roster.twinning();
        Paragraph twin = new Paragraph((t.met() ? "✓ " : "✗ ") + "Leadership: " + t.message()
                + (t.convenor() == null ? "" : " (convenor " + t.convenor() + ", " + t.convenorCountry()
                + (t.coConvenor() == null ? "" : "; co-convenor " + t.coConvenor() + ", " + t.coConvenorCountry()) + ")"));
        twin.setId("twinning-status");
        Div leadership = new Div(twin);
        if (staff) {
            Button appoint = new Button("Appoint co-convenor", e -> appointCoConvenor());
            appoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            appoint.setId("appoint-co-convenor");
            leadership.add(appoint);
        }

        Grid<Roster.Holder> grid = new Grid<>();
        grid.setAriaLabel("Seated members");
        grid.addColumn(Roster.Holder::seatNumber).setHeader("Seat").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Roster.Holder::name).setHeader("Member").setAutoWidth(true);
        grid.addColumn(h -> Objects.toString(h.organisation(), "")).setHeader("Organisation").setFlexGrow(1);
        grid.addColumn(h -> String.join(", ", h.attributes())).setHeader("Counts for").setFlexGrow(2);
        grid.addColumn(Roster.Holder::reason).setHeader("Why seated").setFlexGrow(2);
        grid.addColumn(h -> h.termEnd() == null ? "from " + h.termStart() : h.termStart() + " to " + h.termEnd())
                .setHeader("Term").setAutoWidth(true);
        if (staff) {
            grid.addComponentColumn(h -> {
                Button b = new Button("Vacate", e -> vacate(h));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.setAriaLabel("Vacate seat " + h.seatNumber() + " of " + h.name());
                return b;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(roster.holders());
        grid.setAllRowsVisible(true);
        tab.add(panel, leadership, new H3("Seated members"), roster.holders().isEmpty()
                ? new Paragraph("Nobody is seated yet.") : grid);
        return tab;
    }

    /** Twinning: a seated member who speaks for an organisation becomes co-convenor (checked by the service). */
    private void appointCoConvenor() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Appoint co-convenor");
        ComboBox<SeatedMember> who = new ComboBox<>("Seated member");
        who.setItems(seats.seatedMembers(wg).stream().filter(m -> m.organisationId() != null).toList());
        who.setItemLabelGenerator(m -> m.name() + " (" + Constituencies.countryName(m.country()) + ")");
        who.setWidthFull();
        who.setId("co-convenor-member");
        Button ok = new Button("Appoint", e -> {
            try {
                SeatedMember m = who.getValue();
                seats.appointCoConvenor(wg, m == null ? null : m.userId(), m == null ? null : m.organisationId());
                d.close();
                UiText.notify("Co-convenor appointed", false);
                render();
            } catch (InvalidInputException ex) {
                who.setErrorMessage(ex.getMessage());
                who.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph("When the seat plan requires twinning and the convenor is not from a Global Majority "
                + "country, the co-convenor must be."), who);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }

    private void vacate(Roster.Holder h) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Vacate seat " + h.seatNumber() + " (" + h.name() + ")");
        TextField reason = new TextField("Reason (part of the record)");
        reason.setWidthFull();
        Button ok = new Button("Vacate seat", e -> {
            try {
                seats.vacate(wg, h.id(), reason.getValue());
                d.close();
                UiText.notify("Seat vacated. Run a refill under Allocation to fill it.", false);
                render();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(reason);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }

    // ------------------------------------------------------------------ applications

    private Div applicationsTab(SeatPlanSpec plan) {
        Div tab = new Div();
        List<SeatApplicationView> apps = new ArrayList<>(seats.applications(wg));
        Grid<SeatApplicationView> grid = new Grid<>();
        grid.setAriaLabel("Applications");
        grid.addColumn(a -> a.rank() == null ? "—" : a.rank().toString()).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SeatApplicationView::name).setHeader("Applicant").setAutoWidth(true);
        grid.addColumn(a -> Objects.toString(a.organisation(), "")).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.attributes())).setHeader("Counts for").setFlexGrow(2);
        grid.addColumn(SeatApplicationView::statement).setHeader("Statement").setFlexGrow(3);
        grid.addColumn(a -> a.ineligible() != null ? "Not eligible: " + a.ineligible()
                : a.seated() ? "Seated" : "Eligible").setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(apps);
        tab.add(new Paragraph(apps.size() + " active application" + (apps.size() == 1 ? "" : "s")
                + (plan != null && Boolean.TRUE.equals(plan.applicationsOpen()) ? "; the call is open." : "; the call is closed.")));
        if (staff) {
            grid.setSelectionMode(Grid.SelectionMode.SINGLE);
            Button up = new Button("Move up", VaadinIcon.ARROW_UP.create(), e -> move(grid, apps, -1));
            Button down = new Button("Move down", VaadinIcon.ARROW_DOWN.create(), e -> move(grid, apps, 1));
            Button save = new Button("Save ranking", e -> {
                try {
                    seats.rank(wg, apps.stream().map(SeatApplicationView::id).toList());
                    UiText.notify("Ranking saved: the order shown is the merit order", false);
                    render();
                } catch (InvalidInputException ex) {
                    UiText.notify(ex.getMessage() + " " + String.join("; ", ex.details()), true);
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
                        UiText.notify(n + " applications imported with their ranks", false);
                        render();
                    });
                } catch (InvalidInputException ex) {
                    ui.access(() -> UiText.notify(ex.getMessage() + ": " + String.join("; ", ex.details()), true));
                }
            }));
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFiles(1);
            upload.setDropLabel(new Span("Import applications and ranking (CSV: username,organisation,country,groups,rank,statement)"));
            FlexLayout tools = new FlexLayout(up, down, save);
            tools.addClassName("toolbar");
            tab.add(new Paragraph("Select an applicant and move them to set the merit order, best first."), tools, upload);
        }
        tab.add(grid);
        return tab;
    }

    private static void move(Grid<SeatApplicationView> grid, List<SeatApplicationView> apps, int by) {
        SeatApplicationView sel = grid.asSingleSelect().getValue();
        if (sel == null) {
            UiText.notify("Select an applicant first", true);
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
            RadioButtonGroup<AllocationMode> mode = new RadioButtonGroup<>("Mode");
            mode.setItems(AllocationMode.values());
            mode.setItemLabelGenerator(m -> switch (m) {
                case MERIT -> "Merit order: the best-ranked roster that meets every quota";
                case LOTTERY_LEXIMIN -> "Lottery, LEXIMIN: selection chances as equal as the quotas allow";
                case LOTTERY_LEGACY -> "Lottery, legacy: random draw category by category";
                case REFILL -> "Refill vacant seats, keeping the sitting members";
            });
            mode.setValue(AllocationMode.MERIT);
            mode.setId("allocation-mode");
            Paragraph seedNote = new Paragraph(plan == null || plan.lotterySeed() == null
                    ? "Lotteries need a seed published with the seat plan first."
                    : "Lotteries use the published seed " + plan.lotterySeed() + ".");
            Button run = new Button("Run allocation", e -> {
                try {
                    AllocationView a = seats.allocate(wg, mode.getValue(), null);
                    showAllocation(result, a);
                } catch (InvalidInputException ex) {
                    result.removeAll();
                    result.add(new Paragraph("✗ " + ex.getMessage()));
                    UnorderedList list = new UnorderedList();
                    ex.details().forEach(d -> list.add(new ListItem(d)));
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
        grid.setAriaLabel("Allocation history");
        grid.addColumn(AllocationView::number).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.mode().name().replace('_', ' ').toLowerCase(Locale.ROOT)).setHeader("Mode").setAutoWidth(true);
        grid.addColumn(a -> a.seed() == null ? "" : a.seed().toString()).setHeader("Seed").setAutoWidth(true);
        grid.addColumn(a -> a.status().toLowerCase(Locale.ROOT)).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> UiText.utc(a.createdAt()) + " by " + a.createdBy()).setHeader("Run").setAutoWidth(true);
        grid.addColumn(a -> a.decidedAt() == null ? "" : UiText.utc(a.decidedAt()) + " by " + a.decidedBy())
                .setHeader("Decided").setAutoWidth(true);
        grid.addItemClickListener(e -> showAllocation(result, e.getItem()));
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        tab.add(new H3("History"), history.isEmpty() ? new Paragraph("No allocation has been run yet.") : grid);
        return tab;
    }

    private void showAllocation(Div result, AllocationView a) {
        result.removeAll();
        boolean lottery = a.mode() == AllocationMode.LOTTERY_LEXIMIN || a.mode() == AllocationMode.LOTTERY_LEGACY;
        H2 title = new H2("Allocation " + a.number() + " (" + a.status().toLowerCase(Locale.ROOT) + ")");
        result.add(title);
        if (a.seed() != null) {
            result.add(new Paragraph("Drawn with the published seed " + a.seed() + "; anyone re-running it gets the same roster."));
        }
        a.notes().forEach(n -> result.add(new Paragraph(n)));
        Grid<AllocationView.SeatView> grid = new Grid<>();
        grid.setAriaLabel("Proposed seats");
        grid.addColumn(AllocationView.SeatView::seatNumber).setHeader("Seat").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AllocationView.SeatView::name).setHeader("Applicant").setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.organisation(), "")).setHeader("Organisation").setFlexGrow(1);
        grid.addColumn(AllocationView.SeatView::reason).setHeader("Why this person").setFlexGrow(3);
        grid.addColumn(s -> Objects.toString(s.countsToward(), "")).setHeader("Counts toward").setFlexGrow(2);
        if (lottery) {
            grid.addColumn(s -> s.selectionProbability() == null ? ""
                    : String.format(Locale.ROOT, "%.1f %%", 100 * s.selectionProbability())).setHeader("Chance").setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(a.seats());
        grid.setAllRowsVisible(true);
        result.add(grid);
        if (!a.displaced().isEmpty()) {
            result.add(new H3("Held out by a quota"));
            UnorderedList list = new UnorderedList();
            a.displaced().forEach(d -> list.add(new ListItem(d.name() + (d.rank() == null ? "" : " (rank " + d.rank() + ")")
                    + ": " + d.quota() + (d.seatedInstead() == null ? "" : "; seated instead: " + d.seatedInstead()))));
            result.add(list);
        }
        CompliancePanel compliance = new CompliancePanel("Compliance of this roster", "proposal-compliance-status");
        compliance.show(a.compliance(), a.compliance().stream().allMatch(ComplianceRow::met), null);
        result.add(compliance);
        if (staff && a.status().equals("PROPOSED")) {
            Button confirm = new Button("Confirm as the roster", e -> {
                try {
                    seats.confirm(wg, a.id());
                    UiText.notify("Roster confirmed", false);
                    render();
                } catch (InvalidInputException ex) {
                    UiText.notify(ex.getMessage(), true);
                }
            });
            confirm.setId("confirm-allocation");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button discard = new Button("Discard", e -> {
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
            tab.add(new Paragraph("This working group is not taking applications for seats."));
            return tab;
        }
        Optional<SeatApplicationView> mine = seats.myApplication(wg);
        mine.ifPresent(m -> tab.add(new Paragraph("You applied on " + UiText.utc(m.submittedAt())
                + ". You count for: " + String.join(", ", m.attributes()) + ". You may update or withdraw it.")));
        ComboBox<OrganisationSummary> org = new ComboBox<>("On behalf of (optional)");
        org.setItems(membership.organisations());
        org.setItemLabelGenerator(o -> o.name() + " (" + o.country() + ")");
        TextField country = new TextField("Country (ISO 3166 code, e.g. KE)");
        country.setMaxLength(2);
        country.setHelperText("Leave empty to use the organisation's");
        MultiSelectComboBox<StakeholderGroup> groups = new MultiSelectComboBox<>("Stakeholder groups you speak for");
        groups.setItems(membership.stakeholderGroups());
        groups.setItemLabelGenerator(StakeholderGroup::label);
        groups.setHelperText("Leave empty to use the organisation's; you may name several");
        TextArea statement = new TextArea("Statement");
        statement.setMaxLength(5000);
        statement.setWidthFull();
        mine.ifPresent(m -> {
            country.setValue(m.country());
            statement.setValue(m.statement());
            groups.setValue(membership.stakeholderGroups().stream().filter(g -> m.stakeholderGroups().contains(g.code())).toList());
        });
        Button submit = new Button(mine.isPresent() ? "Update application" : "Apply for a seat", e -> {
            try {
                seats.apply(wg, new NewSeatApplication(org.getValue() == null ? null : org.getValue().id(),
                        country.getValue(), groups.getValue().stream().map(StakeholderGroup::code).toList(),
                        statement.getValue()));
                UiText.notify("Application saved", false);
                render();
            } catch (InvalidInputException ex) {
                UiText.notify(ex.getMessage(), true);
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
            tab.add(new Button("Withdraw application", e -> {
                seats.withdraw(wg);
                render();
            }));
        }
        return tab;
    }

}
