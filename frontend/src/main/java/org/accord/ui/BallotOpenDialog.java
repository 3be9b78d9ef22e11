package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.drafting.VersionSummary;
import org.accord.shared.InvalidInputException;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.function.Consumer;

/** The secretariat opens a ballot round: on a frozen version or a motion, with a rule preset, weighting and window. */
class BallotOpenDialog extends Dialog {

    private static final String ON_DRAFT = "draft";
    private static final String ON_MOTION = "motion";

    BallotOpenDialog(BallotService ballots, DraftingService drafting, VersionService versions, UUID wg,
                     Consumer<BallotSummary> opened) {
        setHeaderTitle(UiText.t("balloting.open.title"));
        setId("open-ballot-dialog");
        setWidth("min(760px, 95vw)");

        TextField title = new TextField(UiText.t("balloting.open.ballot-title"));
        title.setPlaceholder(UiText.t("balloting.open.ballot-title.placeholder"));
        title.setWidthFull();
        title.setId("ballot-title");

        RadioButtonGroup<String> on = new RadioButtonGroup<>(UiText.t("balloting.open.on"));
        on.setItems(ON_DRAFT, ON_MOTION);
        on.setItemLabelGenerator(o -> ON_DRAFT.equals(o) ? UiText.t("balloting.open.on.draft") : UiText.t("balloting.open.on.motion"));
        on.setValue(ON_DRAFT);
        ComboBox<DraftSummary> draft = new ComboBox<>(UiText.t("balloting.open.draft"));
        draft.setItems(drafting.drafts().stream().filter(d -> d.workingGroupId().equals(wg)).toList());
        draft.setItemLabelGenerator(d -> d.reference() + " " + d.title());
        draft.setWidth("min(100%, 30em)");
        draft.setId("ballot-draft");
        Select<VersionSummary> version = new Select<>();
        version.setLabel(UiText.t("balloting.open.version"));
        version.setItemLabelGenerator(v -> v.label() + " (" + UiText.utc(v.createdAt()) + ")");
        version.setEmptySelectionAllowed(false);
        version.setId("ballot-version");
        draft.addValueChangeListener(e -> {
            List<VersionSummary> vs = e.getValue() == null ? List.of() : versions.versions(e.getValue().id());
            version.setItems(vs);
            version.setHelperText(e.getValue() != null && vs.isEmpty() ? UiText.t("balloting.open.no-version") : null);
            if (!vs.isEmpty()) {
                version.setValue(vs.getLast());
            }
        });
        Div draftRow = new Div(draft, version);
        draftRow.addClassName("form-row");
        TextArea motion = new TextArea(UiText.t("balloting.open.motion"));
        motion.setWidthFull();
        motion.setPlaceholder(UiText.t("balloting.open.motion.placeholder"));
        motion.setVisible(false);
        motion.setId("ballot-motion");
        on.addValueChangeListener(e -> {
            draftRow.setVisible(ON_DRAFT.equals(e.getValue()));
            motion.setVisible(ON_MOTION.equals(e.getValue()));
        });

        Select<RuleSpec.Preset> preset = new Select<>();
        preset.setLabel(UiText.t("balloting.fact.rule"));
        preset.setItems(RuleSpec.Preset.values());
        preset.setItemLabelGenerator(BallotLabels::preset);
        preset.setValue(RuleSpec.Preset.ISO_DIS);
        preset.setWidthFull();
        preset.setId("ballot-preset");
        Select<RuleSpec.Weighting> weighting = new Select<>();
        weighting.setLabel(UiText.t("balloting.fact.weighting"));
        weighting.setItems(RuleSpec.Weighting.values());
        weighting.setItemLabelGenerator(BallotLabels::weighting);
        weighting.setValue(RuleSpec.Weighting.PRESET);
        weighting.setWidthFull();
        Checkbox secret = new Checkbox(UiText.t("balloting.open.secret"));
        DateTimePicker closes = utcPicker(UiText.t("balloting.open.closes"));
        closes.setValue(LocalDateTime.now(ZoneOffset.UTC).plusDays(14).truncatedTo(ChronoUnit.HOURS));
        closes.setHelperText(UiText.t("balloting.open.closes.helper"));
        closes.setId("ballot-closes");
        TextField quotas = new TextField(UiText.t("balloting.open.quotas"));
        quotas.setPlaceholder(UiText.t("balloting.open.quotas.placeholder"));
        quotas.setHelperText(UiText.t("balloting.open.quotas.helper"));
        quotas.setWidthFull();
        quotas.setId("ballot-quotas");

        Div errors = new Div();
        errors.addClassName("form-error");
        errors.setId("open-ballot-errors");
        errors.getElement().setAttribute("aria-live", "assertive");
        TextField approval = new TextField(UiText.t("balloting.open.approval"));
        TextField negative = new TextField(UiText.t("balloting.open.negative"));
        TextField quorum = new TextField(UiText.t("balloting.open.quorum"));
        for (TextField f : List.of(approval, negative, quorum)) {
            f.setPlaceholder(UiText.t("balloting.open.share.placeholder"));
        }
        approval.setId("custom-approval");
        com.vaadin.flow.component.orderedlayout.FlexLayout customRow =
                new com.vaadin.flow.component.orderedlayout.FlexLayout(approval, negative, quorum);
        customRow.addClassName("form-row");
        customRow.setVisible(false);
        preset.addValueChangeListener(e -> customRow.setVisible(e.getValue() == RuleSpec.Preset.CUSTOM));
        add(title, on, draftRow, motion, preset, customRow, weighting, secret, closes, quotas, errors);

        Button ok = new Button(UiText.t("balloting.open"), e -> {
            errors.removeAll();
            Map<String, Integer> q;
            try {
                q = parseQuotas(quotas.getValue());
                quotas.setInvalid(false);
            } catch (IllegalArgumentException ex) {
                quotas.setErrorMessage(UiText.problem(ex));
                quotas.setInvalid(true);
                return;
            }
            boolean onDraft = ON_DRAFT.equals(on.getValue());
            try {
                BallotSummary b = ballots.open(new NewBallot(wg,
                        onDraft && draft.getValue() != null ? draft.getValue().id() : null,
                        onDraft && version.getValue() != null ? version.getValue().label() : null,
                        onDraft ? null : motion.getValue(), title.getValue(), preset.getValue(), weighting.getValue(),
                        null, null, q, secret.getValue(), null,
                        closes.getValue() == null ? null : closes.getValue().toInstant(ZoneOffset.UTC),
                        preset.getValue() == RuleSpec.Preset.CUSTOM ? custom(approval, negative, quorum) : null));
                close();
                opened.accept(b);
            } catch (InvalidInputException ex) {
                errors.add(new Paragraph(UiText.problem(ex)));
                if (!UiText.details(ex).isEmpty()) {
                    UnorderedList list = new UnorderedList();
                    UiText.details(ex).forEach(d -> list.add(new ListItem(d)));
                    errors.add(list);
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("confirm-open-ballot");
        getFooter().add(new Button(UiText.t("balloting.cancel"), e -> close()), ok);
    }

    /** ISO dates and a 24-hour clock, so a UTC time cannot be misread as a local US or EU date. */
    static DateTimePicker utcPicker(String label) {
        DateTimePicker p = new DateTimePicker(label);
        p.setLocale(Locale.UK);
        // month and day names in the UI language; the date itself stays ISO so it reads the same everywhere
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        java.text.DateFormatSymbols names = java.text.DateFormatSymbols.getInstance(
                AccordI18n.supported(ui == null ? null : ui.getLocale()));
        p.setDatePickerI18n(new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setMonthNames(List.of(names.getMonths()).subList(0, 12))
                .setWeekdays(List.of(names.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(names.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(UiText.t("balloting.picker.today"))
                .setCancel(UiText.t("balloting.cancel")));
        return p;
    }

    /** "group:SME=1, global-majority=2" → map; a message naming the faulty part otherwise. */
    static Map<String, Integer> parseQuotas(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.lastIndexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException(UiText.t("balloting.quota.not-pair", p));
            }
            String key = p.substring(0, eq).strip();
            int n;
            try {
                n = Integer.parseInt(p.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(UiText.t("balloting.quota.not-number", p.substring(eq + 1).strip(), p));
            }
            if (n < 1) {
                throw new IllegalArgumentException(UiText.t("balloting.quota.at-least-one", key));
            }
            if (out.put(key, n) != null) {
                throw new IllegalArgumentException(UiText.t("balloting.quota.twice", key));
            }
        }
        return out;
    }

    private static Map<String, String> custom(TextField approval, TextField negative, TextField quorum) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("approvalAtLeast", approval.getValue());
        m.put("negativeAtMost", negative.getValue());
        m.put("quorumAtLeast", quorum.getValue());
        return m;
    }
}
