package org.accord.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.crosswalk.*;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.shared.InvalidInputException;
import org.accord.shared.UnavailableException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The crosswalk of one clause, beside its text: its mappings to provisions with relationship, rationale, strength,
 * provenance and review state; a form to add or edit one; and machine suggestions a person can accept as drafts.
 */
class CrosswalkPanel extends Dialog {

    private final CrosswalkService crosswalk;
    private final MappingService mappings;
    private final UUID draftId;
    private final ClauseRef clause;
    private final Runnable changed;
    private final boolean canMap;
    private final boolean canApprove;
    private final Div list = new Div();
    private final Div suggestionList = new Div();

    private final Select<InstrumentSummary> instrument = new Select<>();
    private final ComboBox<ProvisionView> provision = new ComboBox<>(UiText.t("crosswalk.panel.provision"));
    private final Select<Relationship> relationship = new Select<>();
    private final Select<Rationale> rationale = new Select<>();
    private final IntegerField strength = new IntegerField(UiText.t("crosswalk.panel.strength"));
    private final TextArea explanation = new TextArea(UiText.t("crosswalk.panel.explanation"));
    private final Select<ReviewStatus> status = new Select<>();
    private final H3 formTitle = new H3(UiText.t("crosswalk.panel.add"));
    private MappingView editing;

    /** Opens the panel of a clause in place of the one already open in this view (it is non-modal). */
    static CrosswalkPanel replace(CrosswalkPanel open, CrosswalkPanel next) {
        if (open != null && open.isOpened()) {
            open.close();
        }
        next.open();
        return next;
    }

    CrosswalkPanel(CrosswalkService crosswalk, MappingService mappings, UUID draftId, ClauseRef clause, Runnable changed) {
        this.crosswalk = crosswalk;
        this.mappings = mappings;
        this.draftId = draftId;
        this.clause = clause;
        this.changed = changed;
        this.canMap = mappings.canMap(draftId);
        this.canApprove = mappings.canApprove(draftId);
        setHeaderTitle(UiText.t("crosswalk.panel.title", clause.label()));
        setId("crosswalk-panel");
        // Beside the clause, not over it: non-modal, docked right, movable, so the text stays readable.
        setModal(false);
        setDraggable(true);
        setResizable(true);
        setWidth("min(620px, 96vw)");
        setMaxHeight("calc(100vh - 80px)");
        setTop("64px");
        setLeft("calc(100vw - min(640px, 98vw))");
        list.addClassName("mapping-list");
        add(list);
        if (canMap) {
            add(form());
            add(suggestions());
        }
        getFooter().add(new Button(UiText.t("crosswalk.close"), e -> close()));
        render();
    }

    private void render() {
        list.removeAll();
        List<MappingView> all = mappings.mappingsOfClause(draftId, clause.id());
        if (all.isEmpty()) {
            list.add(new Paragraph(UiText.t("crosswalk.panel.none")));
        }
        for (MappingView m : all) {
            list.add(card(m));
        }
        List<DeviationView> deviations = mappings.deviations(draftId).stream()
                .filter(d -> d.clause().id().equals(clause.id())).toList();
        if (!deviations.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            ul.setId("clause-deviations");
            deviations.forEach(d -> ul.add(new ListItem(UiText.t("crosswalk.panel.deviation",
                    d.jurisdiction(), d.instrumentLabel() + " " + d.provision().number(), d.requirement()))));
            list.add(new H4(UiText.t("crosswalk.deviations")), ul);
        }
    }

    private Div card(MappingView m) {
        Div card = new Div();
        card.addClassName("mapping-card");
        card.getElement().setAttribute("data-mapping", m.instrumentLabel() + " " + m.provision().number());
        H4 head = new H4();
        Span rel = new Span(CrosswalkLabels.relationship(m.relationship()));
        rel.addClassNames("badge", "rel", CrosswalkLabels.cssClass(m.relationship()));
        head.add(new Text(m.instrumentLabel() + " · " + m.provision().label() + " "), rel);
        card.add(head);
        Paragraph meta = new Paragraph(UiText.t("crosswalk.panel.meta.rationale", CrosswalkLabels.rationale(m.rationale()))
                + (m.strength() == null ? "" : " · " + UiText.t("crosswalk.panel.meta.strength", m.strength()))
                + " · " + CrosswalkLabels.provenance(m.provenance()) + " · " + CrosswalkLabels.status(m.status())
                + " · " + UiText.t("crosswalk.panel.meta.by", m.author(), String.valueOf(m.clauseRevision()))
                + " · " + Timestamps.localAndUtc(m.updatedAt()));
        meta.addClassName("meta");
        card.add(meta);
        if (m.clauseChanged()) {
            Paragraph p = new Paragraph(UiText.t("crosswalk.panel.clause-changed", String.valueOf(m.currentClauseRevision())));
            p.addClassName("warning");
            card.add(p);
        }
        if (m.instrumentStatus().isDefunct()) {
            Paragraph p = new Paragraph(UiText.t("crosswalk.panel.instrument-defunct", m.instrumentLabel(),
                    CrosswalkLabels.instrumentStatus(m.instrumentStatus())));
            p.addClassName("warning");
            card.add(p);
        }
        if (m.explanation() != null) {
            card.add(new Paragraph(m.explanation()));
        }
        if (canMap) {
            Div actions = new Div();
            actions.addClassName("actions");
            Button edit = new Button(UiText.t("crosswalk.panel.edit"), e -> edit(m));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
            if (m.status() == ReviewStatus.DRAFT || m.clauseChanged()) {
                actions.add(reviewButton(UiText.t("crosswalk.panel.mark-reviewed"), m, ReviewStatus.REVIEWED));
            }
            if (canApprove && m.status() != ReviewStatus.APPROVED) {
                actions.add(reviewButton(UiText.t("crosswalk.panel.approve"), m, ReviewStatus.APPROVED));
            }
            Button remove = new Button(UiText.t("crosswalk.panel.remove"), e -> act(() -> mappings.delete(draftId, m.id()), UiText.t("crosswalk.panel.removed")));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
            card.add(actions);
        }
        return card;
    }

    private Button reviewButton(String text, MappingView m, ReviewStatus to) {
        Button b = new Button(text, e -> act(() -> mappings.review(draftId, m.id(), to, m.version()),
                UiText.t("crosswalk.panel.reviewed", CrosswalkLabels.status(to))));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Div form() {
        instrument.setLabel(UiText.t("crosswalk.instrument"));
        instrument.setId("mapping-instrument");
        instrument.setItems(crosswalk.instruments());
        instrument.setItemLabelGenerator(i -> i.jurisdiction() + " · " + i.label()
                + (i.status().isDefunct() ? " (" + CrosswalkLabels.instrumentStatus(i.status()) + ")" : ""));
        instrument.addValueChangeListener(e -> {
            provision.clear();
            provision.setItems(e.getValue() == null ? List.of() : crosswalk.provisions(e.getValue().id(), false));
        });
        provision.setId("mapping-provision");
        provision.setItemLabelGenerator(p -> "\u2002".repeat(p.depth()) + p.label());
        provision.setWidthFull();
        relationship.setLabel(UiText.t("crosswalk.panel.relationship"));
        relationship.setId("mapping-relationship");
        relationship.setItems(Relationship.values());
        relationship.setItemLabelGenerator(CrosswalkLabels::relationship);
        relationship.addValueChangeListener(e -> {
            if (e.getValue() == Relationship.EQUAL) {
                strength.setValue(10);
            } else if (e.getValue() == Relationship.NO_RELATIONSHIP) {
                strength.setValue(0);
            }
        });
        rationale.setLabel(UiText.t("crosswalk.panel.rationale"));
        rationale.setId("mapping-rationale");
        rationale.setItems(Rationale.values());
        rationale.setItemLabelGenerator(CrosswalkLabels::rationaleChoice);
        strength.setId("mapping-strength");
        strength.setMin(0);
        strength.setMax(10);
        strength.setStepButtonsVisible(true);
        strength.setHelperText(UiText.t("crosswalk.panel.strength.help"));
        explanation.setId("mapping-explanation");
        explanation.setWidthFull();
        explanation.setMaxLength(4000);
        status.setLabel(UiText.t("crosswalk.panel.review-status"));
        status.setId("mapping-status");
        status.setItems(canApprove ? List.of(ReviewStatus.values())
                : Arrays.stream(ReviewStatus.values()).filter(s -> s != ReviewStatus.APPROVED).toList());
        status.setItemLabelGenerator(CrosswalkLabels::status);
        status.setValue(ReviewStatus.DRAFT);
        Button save = new Button(UiText.t("crosswalk.panel.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(UiText.t("crosswalk.panel.clear"), e -> resetForm());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row1 = new Div(instrument, provision);
        row1.addClassName("form-row");
        Div row2 = new Div(relationship, rationale, strength, status);
        row2.addClassName("form-row");
        Div form = new Div(formTitle, row1, row2, explanation, new Div(save, cancel));
        form.addClassName("mapping-form");
        return form;
    }

    private void edit(MappingView m) {
        editing = m;
        formTitle.setText(UiText.t("crosswalk.panel.edit.title", m.instrumentLabel() + " " + m.provision().number()));
        crosswalk.instruments().stream().filter(i -> i.id().equals(m.provision().instrumentId())).findFirst()
                .ifPresent(instrument::setValue);
        crosswalk.provisions(m.provision().instrumentId(), true).stream()
                .filter(p -> p.id().equals(m.provision().id())).findFirst().ifPresent(provision::setValue);
        relationship.setValue(m.relationship());
        rationale.setValue(m.rationale());
        strength.setValue(m.strength());
        explanation.setValue(m.explanation() == null ? "" : m.explanation());
        status.setValue(m.status() == ReviewStatus.APPROVED && !canApprove ? ReviewStatus.REVIEWED : m.status());
    }

    private void resetForm() {
        editing = null;
        formTitle.setText(UiText.t("crosswalk.panel.add"));
        provision.clear();
        relationship.clear();
        rationale.clear();
        strength.clear();
        explanation.clear();
        status.setValue(ReviewStatus.DRAFT);
    }

    private void save() {
        if (provision.getValue() == null || relationship.getValue() == null || rationale.getValue() == null) {
            UiText.notify(UiText.t("crosswalk.panel.incomplete"), true);
            return;
        }
        if (strength.isInvalid()) {
            UiText.notify(UiText.t("crosswalk.panel.strength.invalid"), true);
            return;
        }
        NewMapping m = new NewMapping(clause.id(), provision.getValue().id(), relationship.getValue(), rationale.getValue(),
                strength.getValue(), explanation.getValue(),
                editing == null ? Provenance.HUMAN : editing.provenance(), status.getValue(),
                editing == null ? null : editing.version());
        try {
            MappingSaved saved = mappings.save(draftId, m);
            UiText.notify(saved.warnings().isEmpty() ? UiText.t("crosswalk.panel.saved")
                    : UiText.t("crosswalk.panel.saved") + " " + String.join(" ", saved.warnings()), !saved.warnings().isEmpty());
            resetForm();
            render();
            changed.run();
        } catch (InvalidInputException | AccessDeniedException ex) {
            UiText.notify(UiText.problem(ex), true);
        }
    }

    private Div suggestions() {
        Div box = new Div(new H3(UiText.t("crosswalk.suggest.title")), suggestionList);
        box.addClassName("suggestions");
        Button find = new Button(UiText.t("crosswalk.suggest.button"), e -> renderSuggestions());
        find.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        suggestionList.add(new Paragraph(UiText.t("crosswalk.suggest.intro")), find);
        return box;
    }

    private void renderSuggestions() {
        suggestionList.removeAll();
        List<SuggestedProvision> found;
        try {
            found = mappings.suggestions(draftId, clause.id(), 5);
        } catch (UnavailableException ex) {
            suggestionList.add(new Paragraph(UiText.problem(ex)));
            return;
        }
        if (found.isEmpty()) {
            suggestionList.add(new Paragraph(UiText.t("crosswalk.suggest.none")));
        }
        for (SuggestedProvision s : found) {
            Div row = new Div();
            row.addClassName("suggestion");
            row.add(new Span(s.instrumentLabel() + " · " + s.provision().label()));
            Span score = new Span(UiText.t("crosswalk.suggest.score", s.score()));
            score.addClassName("meta");
            Button accept = new Button(UiText.t("crosswalk.suggest.accept"), e -> act(() -> mappings.acceptSuggestion(draftId, clause.id(),
                    s.provision().id()), UiText.t("crosswalk.suggest.accepted")));
            accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(score, accept);
            suggestionList.add(row);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            UiText.notify(done, false);
            render();
            changed.run();
        } catch (InvalidInputException | AccessDeniedException ex) {
            UiText.notify(UiText.problem(ex), true);
        }
    }
}
