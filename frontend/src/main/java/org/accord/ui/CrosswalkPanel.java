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
    private final ComboBox<ProvisionView> provision = new ComboBox<>("Provision");
    private final Select<Relationship> relationship = new Select<>();
    private final Select<Rationale> rationale = new Select<>();
    private final IntegerField strength = new IntegerField("Strength (0–10)");
    private final TextArea explanation = new TextArea("Explanation");
    private final Select<ReviewStatus> status = new Select<>();
    private final H3 formTitle = new H3("Add a mapping");
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
        setHeaderTitle("Crosswalk of " + clause.label());
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
        getFooter().add(new Button("Close", e -> close()));
        render();
    }

    private void render() {
        list.removeAll();
        List<MappingView> all = mappings.mappingsOfClause(draftId, clause.id());
        if (all.isEmpty()) {
            list.add(new Paragraph("This clause is not mapped to any provision yet."));
        }
        for (MappingView m : all) {
            list.add(card(m));
        }
        List<DeviationView> deviations = mappings.deviations(draftId).stream()
                .filter(d -> d.clause().id().equals(clause.id())).toList();
        if (!deviations.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            ul.setId("clause-deviations");
            deviations.forEach(d -> ul.add(new ListItem(d.jurisdiction() + ", forced by " + d.instrumentLabel() + " "
                    + d.provision().number() + ": " + d.requirement())));
            list.add(new H4("National deviations"), ul);
        }
    }

    private Div card(MappingView m) {
        Div card = new Div();
        card.addClassName("mapping-card");
        card.getElement().setAttribute("data-mapping", m.instrumentLabel() + " " + m.provision().number());
        H4 head = new H4();
        Span rel = new Span(m.relationship().label());
        rel.addClassNames("badge", "rel", CrosswalkLabels.cssClass(m.relationship()));
        head.add(new Text(m.instrumentLabel() + " · " + m.provision().label() + " "), rel);
        card.add(head);
        Paragraph meta = new Paragraph(m.rationale().name().toLowerCase() + " rationale"
                + (m.strength() == null ? "" : " · strength " + m.strength())
                + " · " + m.provenance().oscal() + " · " + m.status().label()
                + " · by " + m.author() + " against revision " + m.clauseRevision() + " · " + UiText.utc(m.updatedAt()));
        meta.addClassName("meta");
        card.add(meta);
        if (m.clauseChanged()) {
            Paragraph p = new Paragraph("The clause has changed since this mapping was made (now revision "
                    + m.currentClauseRevision() + "); check it still holds and mark it reviewed.");
            p.addClassName("warning");
            card.add(p);
        }
        if (m.instrumentStatus().isDefunct()) {
            Paragraph p = new Paragraph(m.instrumentLabel() + " is " + m.instrumentStatus().name().toLowerCase() + ".");
            p.addClassName("warning");
            card.add(p);
        }
        if (m.explanation() != null) {
            card.add(new Paragraph(m.explanation()));
        }
        if (canMap) {
            Div actions = new Div();
            actions.addClassName("actions");
            Button edit = new Button("Edit", e -> edit(m));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
            if (m.status() == ReviewStatus.DRAFT || m.clauseChanged()) {
                actions.add(reviewButton("Mark reviewed", m, ReviewStatus.REVIEWED));
            }
            if (canApprove && m.status() != ReviewStatus.APPROVED) {
                actions.add(reviewButton("Approve", m, ReviewStatus.APPROVED));
            }
            Button remove = new Button("Remove", e -> act(() -> mappings.delete(draftId, m.id()), "Mapping removed."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
            card.add(actions);
        }
        return card;
    }

    private Button reviewButton(String text, MappingView m, ReviewStatus to) {
        Button b = new Button(text, e -> act(() -> mappings.review(draftId, m.id(), to, m.version()),
                "Mapping " + to.label() + "."));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Div form() {
        instrument.setLabel("Instrument");
        instrument.setId("mapping-instrument");
        instrument.setItems(crosswalk.instruments());
        instrument.setItemLabelGenerator(i -> i.jurisdiction() + " · " + i.label()
                + (i.status().isDefunct() ? " (" + i.status().name().toLowerCase() + ")" : ""));
        instrument.addValueChangeListener(e -> {
            provision.clear();
            provision.setItems(e.getValue() == null ? List.of() : crosswalk.provisions(e.getValue().id(), false));
        });
        provision.setId("mapping-provision");
        provision.setItemLabelGenerator(p -> "\u2002".repeat(p.depth()) + p.label());
        provision.setWidthFull();
        relationship.setLabel("Relationship");
        relationship.setId("mapping-relationship");
        relationship.setItems(Relationship.values());
        relationship.setItemLabelGenerator(Relationship::label);
        relationship.addValueChangeListener(e -> {
            if (e.getValue() == Relationship.EQUAL) {
                strength.setValue(10);
            } else if (e.getValue() == Relationship.NO_RELATIONSHIP) {
                strength.setValue(0);
            }
        });
        rationale.setLabel("Rationale");
        rationale.setId("mapping-rationale");
        rationale.setItems(Rationale.values());
        rationale.setItemLabelGenerator(r -> switch (r) {
            case SYNTACTIC -> "syntactic (word for word)";
            case SEMANTIC -> "semantic (same meaning)";
            case FUNCTIONAL -> "functional (same effect)";
        });
        strength.setId("mapping-strength");
        strength.setMin(0);
        strength.setMax(10);
        strength.setStepButtonsVisible(true);
        strength.setHelperText("7–9 much more similar, 4–6 balanced, 1–3 much more dissimilar");
        explanation.setId("mapping-explanation");
        explanation.setWidthFull();
        explanation.setMaxLength(4000);
        status.setLabel("Review status");
        status.setId("mapping-status");
        status.setItems(canApprove ? List.of(ReviewStatus.values())
                : Arrays.stream(ReviewStatus.values()).filter(s -> s != ReviewStatus.APPROVED).toList());
        status.setItemLabelGenerator(ReviewStatus::label);
        status.setValue(ReviewStatus.DRAFT);
        Button save = new Button("Save mapping", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Clear", e -> resetForm());
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
        formTitle.setText("Edit the mapping to " + m.instrumentLabel() + " " + m.provision().number());
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
        formTitle.setText("Add a mapping");
        provision.clear();
        relationship.clear();
        rationale.clear();
        strength.clear();
        explanation.clear();
        status.setValue(ReviewStatus.DRAFT);
    }

    private void save() {
        if (provision.getValue() == null || relationship.getValue() == null || rationale.getValue() == null) {
            UiText.notify("Choose an instrument, a provision, a relationship and a rationale.", true);
            return;
        }
        if (strength.isInvalid()) {
            UiText.notify("Strength is a whole number from 0 to 10.", true);
            return;
        }
        NewMapping m = new NewMapping(clause.id(), provision.getValue().id(), relationship.getValue(), rationale.getValue(),
                strength.getValue(), explanation.getValue(),
                editing == null ? Provenance.HUMAN : editing.provenance(), status.getValue(),
                editing == null ? null : editing.version());
        try {
            MappingSaved saved = mappings.save(draftId, m);
            UiText.notify(saved.warnings().isEmpty() ? "Mapping saved."
                    : "Mapping saved. " + String.join(" ", saved.warnings()), !saved.warnings().isEmpty());
            resetForm();
            render();
            changed.run();
        } catch (InvalidInputException | AccessDeniedException ex) {
            UiText.notify(ex.getMessage(), true);
        }
    }

    private Div suggestions() {
        Div box = new Div(new H3("Suggested provisions"), suggestionList);
        box.addClassName("suggestions");
        Button find = new Button("Suggest provisions", e -> renderSuggestions());
        find.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        suggestionList.add(new Paragraph("Text similarity ranks provisions of every instrument; accepting one makes a "
                + "draft mapping marked as made by automation until a person reviews it."), find);
        return box;
    }

    private void renderSuggestions() {
        suggestionList.removeAll();
        List<SuggestedProvision> found;
        try {
            found = mappings.suggestions(draftId, clause.id(), 5);
        } catch (UnavailableException ex) {
            suggestionList.add(new Paragraph(ex.getMessage()));
            return;
        }
        if (found.isEmpty()) {
            suggestionList.add(new Paragraph("No similar provisions found."));
        }
        for (SuggestedProvision s : found) {
            Div row = new Div();
            row.addClassName("suggestion");
            row.add(new Span(s.instrumentLabel() + " · " + s.provision().label()));
            Span score = new Span(String.format(java.util.Locale.ROOT, "score %.1f", s.score()));
            score.addClassName("meta");
            Button accept = new Button("Accept as draft", e -> act(() -> mappings.acceptSuggestion(draftId, clause.id(),
                    s.provision().id()), "Draft mapping added; review it to set the relationship."));
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
            UiText.notify(ex.getMessage(), true);
        }
    }
}
