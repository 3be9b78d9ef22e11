package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.accord.drafting.*;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.accord.ui.UiText.t;

/**
 * Translates one clause into another content language, beside the original it is translated from. The clause
 * revision shown is the one recorded, so the translation reads as outdated once the clause moves on; the version
 * of the translation the translator started from is sent back, so a newer save by someone else is never overwritten.
 */
class TranslationDialog extends Dialog {

    private final TranslationService translations;
    private final UUID draftId;
    private final ClauseNode clause;
    private final boolean mayMarkOfficial;
    private final Select<String> language = new Select<>();
    private final Paragraph state = new Paragraph();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Checkbox official = new Checkbox();
    private final Paragraph error = new Paragraph();
    private final Button save = new Button();
    private int version;

    TranslationDialog(TranslationService translations, UUID draftId, ClauseNode clause, String draftLanguage,
                      String preferredLanguage, boolean mayMarkOfficial, Consumer<ClauseTranslationView> saved) {
        this.translations = translations;
        this.draftId = draftId;
        this.clause = clause;
        this.mayMarkOfficial = mayMarkOfficial;
        setId("translation-dialog");
        setHeaderTitle(t("drafting.translation.dialog.title", clause.heading()));
        setWidth("min(900px, 96vw)");

        List<String> targets = ContentLanguages.SUPPORTED.stream()
                .filter(l -> !l.equals(ContentLanguages.primary(draftLanguage))).toList();
        language.setLabel(t("drafting.translation.dialog.language"));
        language.setId("translation-language");
        language.setItems(targets);
        language.setItemLabelGenerator(ContentLanguageNames::autonym);

        Div original = new Div();
        original.addClassName("translation-original");
        original.getElement().setAttribute("lang", draftLanguage);
        original.getElement().setAttribute("dir", "auto");
        Paragraph originalLabel = new Paragraph(t("drafting.translation.dialog.original",
                ContentLanguageNames.inPageLanguage(ContentLanguages.primary(draftLanguage)), clause.revision()));
        originalLabel.addClassName("translation-original-label");
        originalLabel.getElement().setAttribute("lang", ContentLanguageNames.pageLanguage());
        originalLabel.getElement().setAttribute("dir", ContentLanguageNames.pageDirection());
        Paragraph originalTitle = new Paragraph(clause.heading());
        originalTitle.addClassName("translation-original-title");
        Paragraph originalText = new Paragraph(clause.text());
        originalText.addClassName("translation-original-text");
        original.add(originalLabel, originalTitle, originalText);

        title.setLabel(t("drafting.translation.dialog.title-field"));
        title.setId("translation-title");
        title.setWidthFull();
        title.setMaxLength(500);
        title.setVisible(clause.kind().isNumberedSection());
        text.setLabel(t("drafting.translation.dialog.text"));
        text.setId("translation-text");
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setMaxLength(ClauseText.MAX_BODY_CHARS);
        // Typed text takes its direction from its first strong letter: Arabic right to left, with English terms inside.
        title.getElement().executeJs("if (this.inputElement) this.inputElement.setAttribute('dir', 'auto')");
        text.getElement().executeJs("if (this.inputElement) this.inputElement.setAttribute('dir', 'auto')");
        official.setLabel(t("drafting.translation.dialog.official-check"));
        official.setId("translation-official");
        official.setEnabled(mayMarkOfficial);
        state.addClassName("translation-state");
        error.addClassName("form-error");
        error.getElement().setAttribute("aria-live", "assertive");
        add(language, original, state, title, text, official, error);

        language.addValueChangeListener(e -> load(e.getValue()));
        language.setValue(preferredLanguage != null && targets.contains(preferredLanguage) ? preferredLanguage : targets.getFirst());

        save.setText(t("drafting.translation.dialog.save"));
        save.setId("save-translation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                ClauseTranslationView result = translations.save(draftId, clause.id(), language.getValue(),
                        new TranslationEdit(title.getValue(), text.getValue(),
                                official.getValue() ? TranslationStatus.OFFICIAL : TranslationStatus.INFORMAL,
                                clause.revision(), version));
                close();
                saved.accept(result);
            } catch (InvalidInputException | AccessDeniedException ex) {
                error.setText(UiText.problem(ex));
            }
        });
        Button cancel = new Button(t("drafting.translation.dialog.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Shows the translation into {@code lang} as it is now (or empty fields for a new one). */
    private void load(String lang) {
        error.setText("");
        Optional<ClauseTranslationView> existing = lang == null ? Optional.empty()
                : translations.translation(draftId, clause.id(), lang);
        String name = lang == null ? "" : ContentLanguageNames.inPageLanguage(lang);
        version = existing.map(ClauseTranslationView::version).orElse(0);
        title.setValue(existing.map(ClauseTranslationView::title).orElse(""));
        text.setValue(existing.map(ClauseTranslationView::text).orElse(""));
        official.setValue(existing.map(ClauseTranslationView::official).orElse(false));
        for (var field : List.of(title.getElement(), text.getElement())) {
            field.setAttribute("lang", lang == null ? "" : lang);
        }
        boolean locked = existing.map(ClauseTranslationView::official).orElse(false) && !mayMarkOfficial;
        title.setReadOnly(locked);
        text.setReadOnly(locked);
        save.setEnabled(!locked);
        state.setText(existing.map(tr -> t("drafting.translation.dialog.existing",
                        t(tr.official() ? "drafting.translation.official" : "drafting.translation.informal"), tr.version(),
                        tr.translator()) + (tr.outdated() ? " " + t("drafting.translation.outdated", tr.sourceRevision(),
                        tr.currentRevision()) : "") + (locked ? " " + t("drafting.translation.dialog.official-locked") : ""))
                .orElse(t("drafting.translation.dialog.new", name)));
    }
}
