package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.accord.membership.FeasibilityReport;
import org.accord.membership.QuotaSpec;
import org.accord.membership.SeatPlanSpec;
import org.accord.membership.SeatService;
import org.accord.membership.seats.CountingRule;
import org.accord.shared.InvalidInputException;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Seat plan editor: seats, counting rule, terms, quotas (a count like {@code 3} or a share like {@code 40%}), with a
 * live check against the current applicants after every change.
 */
class SeatPlanEditor extends Div {

    private final SeatService seats;
    private final UUID workingGroupId;
    private final boolean editable;
    private final boolean canCheck;
    private final Consumer<SeatPlanSpec> onSaved;
    private final Map<String, String> choices;

    private final IntegerField seatCount = new IntegerField(UiText.t("seatplan.seats"));
    private final RadioButtonGroup<CountingRule> rule = new RadioButtonGroup<>(UiText.t("seatplan.rule"));
    private final IntegerField termMonths = new IntegerField(UiText.t("seatplan.term-months"));
    private final IntegerField termLimit = new IntegerField(UiText.t("seatplan.term-limit"));
    private final Checkbox open = new Checkbox(UiText.t("seatplan.open"));
    private final Checkbox twinning = new Checkbox(UiText.t("seatplan.twinning"));
    private final TextField seed = new TextField(UiText.t("seatplan.seed"));
    private final Div quotaRows = new Div();
    private final List<QuotaRowEditor> rows = new ArrayList<>();
    private final Div feasibility = new Div();
    private Long version;

    SeatPlanEditor(SeatService seats, UUID workingGroupId, SeatPlanSpec plan, boolean editable, boolean canCheck,
                   Consumer<SeatPlanSpec> onSaved) {
        this.canCheck = canCheck;
        this.seats = seats;
        this.workingGroupId = workingGroupId;
        this.editable = editable;
        this.onSaved = onSaved;
        this.choices = seats.quotaAttributes();
        addClassName("seat-plan-editor");

        seatCount.setId("seat-count");
        seatCount.setMin(1);
        seatCount.setStepButtonsVisible(true);
        rule.setItems(CountingRule.values());
        rule.setItemLabelGenerator(r -> r == CountingRule.COUNT_TOWARD_ALL
                ? UiText.t("seatplan.rule.count-toward-all")
                : UiText.t("seatplan.rule.one-to-one"));
        termMonths.setMin(1);
        termLimit.setMin(1);
        seed.setHelperText(UiText.t("seatplan.seed.help"));
        seed.setId("lottery-seed");
        Button generate = new Button(UiText.t("seatplan.seed.new"), e -> seed.setValue(Long.toString(new SecureRandom().nextLong() >>> 1)));
        generate.setEnabled(editable);

        FlexLayout basics = new FlexLayout(seatCount, termMonths, termLimit, seed, generate);
        basics.addClassName("form-row");
        quotaRows.addClassName("quota-rows");
        quotaRows.getElement().setAttribute("role", "list");
        quotaRows.getElement().setAttribute("aria-label", UiText.t("seatplan.quotas"));
        Button add = new Button(UiText.t("seatplan.quota.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null);
            check();
        });
        add.setId("add-quota");
        add.setEnabled(editable);
        Button save = new Button(UiText.t("seatplan.save"), e -> save());
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        feasibility.setId("feasibility");
        feasibility.addClassName("feasibility");
        feasibility.getElement().setAttribute("aria-live", "polite");

        add(basics, rule, new FlexLayout(open, twinning), new H3(UiText.t("seatplan.quotas")),
                new Paragraph(UiText.t("seatplan.quotas.help")),
                quotaRows, add);
        if (canCheck) {
            add(new H3(UiText.t("seatplan.check")), feasibility);
        }
        add(save);

        seatCount.setValueChangeMode(ValueChangeMode.LAZY);
        seatCount.addValueChangeListener(e -> check());
        rule.addValueChangeListener(e -> check());
        termLimit.addValueChangeListener(e -> check());
        load(plan);
        setReadOnly(!editable);
    }

    private void load(SeatPlanSpec plan) {
        version = plan == null ? null : plan.version();
        seatCount.setValue(plan == null ? 9 : plan.seats());
        rule.setValue(plan == null ? CountingRule.COUNT_TOWARD_ALL : plan.countingRule());
        termMonths.setValue(plan == null ? 24 : plan.termMonths());
        termLimit.setValue(plan == null ? null : plan.termLimit());
        open.setValue(plan != null && Boolean.TRUE.equals(plan.applicationsOpen()));
        twinning.setValue(plan != null && Boolean.TRUE.equals(plan.twinningRequired()));
        seed.setValue(plan == null || plan.lotterySeed() == null ? "" : Long.toString(plan.lotterySeed()));
        if (plan != null && plan.seedPublishedAt() != null) {
            seed.setHelperText(UiText.t("seatplan.seed.published", Timestamps.localAndUtc(plan.seedPublishedAt())));
        }
        quotaRows.removeAll();
        rows.clear();
        if (plan != null) {
            plan.quotas().forEach(this::addRow);
        }
        check();
    }

    private void setReadOnly(boolean readOnly) {
        seatCount.setReadOnly(readOnly);
        rule.setReadOnly(readOnly);
        termMonths.setReadOnly(readOnly);
        termLimit.setReadOnly(readOnly);
        open.setReadOnly(readOnly);
        twinning.setReadOnly(readOnly);
        seed.setReadOnly(readOnly);
        rows.forEach(r -> r.setReadOnly(readOnly));
    }

    private void addRow(QuotaSpec q) {
        QuotaRowEditor row = new QuotaRowEditor(q, rows.size());
        rows.add(row);
        quotaRows.add(row);
    }

    /** Builds the plan from the fields; field-level problems are shown on the fields and yield null. */
    private SeatPlanSpec read() {
        boolean ok = true;
        List<QuotaSpec> quotas = new ArrayList<>();
        for (QuotaRowEditor r : rows) {
            QuotaSpec q = r.read();
            if (q == null) {
                ok = false;
            } else if (q.attribute() != null) {
                quotas.add(q);
            }
        }
        Long seedValue = null;
        if (!seed.getValue().isBlank()) {
            try {
                seedValue = Long.parseLong(seed.getValue().trim());
                seed.setInvalid(false);
            } catch (NumberFormatException e) {
                seed.setErrorMessage(UiText.t("seatplan.seed.invalid"));
                seed.setInvalid(true);
                ok = false;
            }
        }
        if (seatCount.isInvalid() || termMonths.isInvalid() || termLimit.isInvalid()) {
            ok = false;
        }
        return ok ? new SeatPlanSpec(seatCount.getValue(), rule.getValue(), termMonths.getValue(), termLimit.getValue(),
                open.getValue(), twinning.getValue(), seedValue, null, quotas, version) : null;
    }

    private void check() {
        if (!canCheck) {
            return;
        }
        feasibility.removeAll();
        SeatPlanSpec spec = read();
        if (spec == null) {
            feasibility.add(new Paragraph(UiText.t("seatplan.correct-to-check")));
            feasibility.getElement().setAttribute("data-state", "invalid");
            return;
        }
        try {
            FeasibilityReport r = seats.checkPlan(workingGroupId, spec);
            if (r.feasible()) {
                feasibility.getElement().setAttribute("data-state", "feasible");
                feasibility.add(new Paragraph("✓ " + UiText.t("seatplan.feasible", r.applicants())));
            } else {
                feasibility.getElement().setAttribute("data-state", "infeasible");
                feasibility.add(new Paragraph("✗ " + UiText.t("seatplan.infeasible", r.applicants())));
                UnorderedList list = new UnorderedList();
                r.conflicts().forEach(c -> list.add(new ListItem(c)));
                r.relaxations().forEach(c -> list.add(new ListItem(UiText.t("seatplan.relaxation", c))));
                feasibility.add(list);
            }
        } catch (InvalidInputException e) {
            feasibility.getElement().setAttribute("data-state", "invalid");
            feasibility.add(new Paragraph(UiText.problem(e)));
            if (!UiText.details(e).isEmpty() && UiText.details(e).size() > 1) {
                UnorderedList list = new UnorderedList();
                UiText.details(e).forEach(d -> list.add(new ListItem(d)));
                feasibility.add(list);
            }
        }
    }

    private void save() {
        SeatPlanSpec spec = read();
        if (spec == null) {
            UiText.notify(UiText.t("seatplan.correct-first"), true);
            return;
        }
        try {
            SeatPlanSpec saved = seats.saveSeatPlan(workingGroupId, spec);
            load(saved);
            UiText.notify(UiText.t("seatplan.saved"), false);
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            UiText.notify(UiText.problem(e) + (UiText.details(e).size() > 1 ? ": " + String.join("; ", UiText.details(e)) : ""), true);
        }
    }

    /** One quota line: attribute, minimum, maximum. */
    private final class QuotaRowEditor extends FlexLayout {
        final ComboBox<String> attribute = new ComboBox<>(UiText.t("seatplan.quota.group"));
        final TextField min = new TextField(UiText.t("seatplan.quota.min"));
        final TextField max = new TextField(UiText.t("seatplan.quota.max"));
        final Button remove = new Button(VaadinIcon.TRASH.create());

        QuotaRowEditor(QuotaSpec q, int index) {
            addClassName("quota-row");
            getElement().setAttribute("role", "listitem");
            attribute.setItems(new ArrayList<>(choices.keySet()));
            attribute.setItemLabelGenerator(a -> choices.getOrDefault(a, a));
            attribute.setAllowCustomValue(true);
            attribute.addCustomValueSetListener(e -> attribute.setValue(e.getDetail()));
            attribute.setHelperText(UiText.t("seatplan.quota.group.help"));
            attribute.setId("quota-attribute-" + index);
            min.setId("quota-min-" + index);
            max.setId("quota-max-" + index);
            min.setPlaceholder(UiText.t("seatplan.quota.min.placeholder"));
            max.setPlaceholder(UiText.t("seatplan.quota.max.placeholder"));
            remove.setAriaLabel(UiText.t("seatplan.quota.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                rows.remove(this);
                quotaRows.remove(this);
                check();
            });
            if (q != null) {
                attribute.setValue(q.attribute());
                min.setValue(text(q.min(), q.minPercent()));
                max.setValue(text(q.max(), q.maxPercent()));
            }
            for (TextField f : List.of(min, max)) {
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> check());
            }
            attribute.addValueChangeListener(e -> check());
            add(attribute, min, max, remove);
        }

        void setReadOnly(boolean readOnly) {
            attribute.setReadOnly(readOnly);
            min.setReadOnly(readOnly);
            max.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        /** null when a field is invalid; a spec with null attribute when the row is blank. */
        QuotaSpec read() {
            Bound lo = bound(min);
            Bound hi = bound(max);
            if (lo == null || hi == null) {
                return null;
            }
            if (attribute.getValue() == null || attribute.getValue().isBlank()) {
                boolean blank = lo.empty() && hi.empty();
                attribute.setInvalid(!blank);
                attribute.setErrorMessage(UiText.t("seatplan.quota.choose-group"));
                return blank ? new QuotaSpec(null, null, null, null, null, null) : null;
            }
            attribute.setInvalid(false);
            return new QuotaSpec(attribute.getValue(), null, lo.count(), hi.count(), lo.percent(), hi.percent());
        }

        private record Bound(Integer count, Double percent) {
            boolean empty() {
                return count == null && percent == null;
            }
        }

        private Bound bound(TextField f) {
            String v = f.getValue().trim();
            f.setInvalid(false);
            if (v.isEmpty()) {
                return new Bound(null, null);
            }
            try {
                if (v.endsWith("%")) {
                    double p = Double.parseDouble(v.substring(0, v.length() - 1).trim().replace(',', '.'));
                    if (p < 0 || p > 100) {
                        throw new NumberFormatException();
                    }
                    return new Bound(null, p);
                }
                int n = Integer.parseInt(v);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return new Bound(n, null);
            } catch (NumberFormatException e) {
                f.setErrorMessage(UiText.t("seatplan.quota.invalid"));
                f.setInvalid(true);
                return null;
            }
        }

        private static String text(Integer count, Double percent) {
            if (count != null) {
                return count.toString();
            }
            if (percent == null) {
                return "";
            }
            return (percent == Math.rint(percent) ? Long.toString(percent.longValue()) : percent.toString()) + "%";
        }
    }
}
