package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.ui.DraftingBrowserTest.openDraft;

/** Content languages in the browser: reading a draft in a translation, translating a clause, comments' languages. */
class TranslationBrowserTest extends BrowserTest {

    static void readIn(Page p, String option) {
        p.locator("#read-in").click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(option))).click();
    }

    @Test
    void aDelegateReadsTheDraftInArabicWithTheInformalTranslationMarked() {
        openDraft(this, page, "delegate");
        readIn(page, "العربية");
        assertThat(page.locator("#read-in")).containsText("العربية\u2069 (2)");
        assertThat(page.locator("#read-in-summary")).containsText("Reading in Arabic: 2 of");

        Locator scope = page.locator(".clause-block.translated:has(.clause-body[lang=ar])").first();
        assertThat(scope.locator(".clause-body")).hasAttribute("dir", "auto");
        // The language of the text, not of the block: its buttons are the interface's.
        assertThat(scope).not().hasAttribute("lang", "ar");
        assertThat(scope.locator(".clause-heading")).containsText("1 مجال التطبيق");
        assertThat(scope.locator(".translation-note")).containsText("informal translation");
        assertThat(scope.locator(".translation-note")).hasAttribute("lang", "en");
        assertThat(scope.locator(".clause-body")).containsText("AI system");
        // Untranslated clauses stay in the original, with a note.
        Locator references = page.locator(".clause-block.translation-missing").filter(new Locator.FilterOptions()
                .setHasText("2 Normative references"));
        assertThat(references.locator(".clause-body")).hasAttribute("lang", "en");
        assertThat(references.locator(".translation-note")).containsText("Not translated into Arabic yet: shown in the original (English).");
        // A delegate reads translations but does not make them.
        assertThat(page.locator("button.translate-clause")).hasCount(0);
        page.evaluate("window.scrollTo(0, 0)");
        screenshot("draft-arabic-translation");

        // French: the secretariat's official translation.
        readIn(page, "Français");
        assertThat(page.locator(".clause-block.translated:has(.clause-body[lang=fr])").first().locator(".translation-note"))
                .containsText("official translation");
        // Back to the original.
        readIn(page, "Original");
        assertThat(page.locator(".clause-block.translated")).hasCount(0);
        assertThat(page.locator("article.document h2").first()).containsText("1 Scope");
    }

    @Test
    void anEditorTranslatesAClauseInformallyAndReadersSeeIt() {
        openDraft(this, page, "editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Translate 2 Normative references").setExact(true)).click();
        Locator dialog = page.locator("#translation-dialog");
        page.locator("#translation-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Español").setExact(true)).click();
        assertThat(page.locator("#translation-official")).hasAttribute("disabled", "");
        page.locator("#translation-title input").fill("Referencias normativas");
        page.locator("#translation-text textarea").fill("");
        page.locator("#save-translation").click();
        assertThat(page.locator("#translation-dialog .form-error")).containsText("Spanish text of clause 2 is empty");
        page.locator("#translation-text textarea").fill("Los documentos indicados a continuación se citan en este documento de tal forma que parte o la totalidad de su contenido constituye requisitos de este documento.");
        page.locator("#save-translation").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Translation into Spanish saved.");

        readIn(page, "Español");
        Locator translated = page.locator(".clause-block.translated:has(.clause-body[lang=es])").filter(new Locator.FilterOptions()
                .setHasText("Referencias normativas"));
        assertThat(translated.locator(".translation-note")).containsText("informal translation");
        assertThat(translated.locator(".clause-body")).containsText("Los documentos indicados");
    }

    @Test
    void aRefusedTranslationIsExplainedInThePagesLanguage() {
        signInWithBrowserLanguage("editor", "fr");
        page.locator("#my-working-groups a").filter(new Locator.FilterOptions().setHasText("ACC WD 42101")).click();
        DraftingBrowserTest.block(page, "2 Normative references").locator("button.translate-clause").click();
        page.locator("#translation-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Español").setExact(true)).click();
        page.locator("#translation-title input").fill("Referencias normativas");
        page.locator("#translation-text textarea").fill("");
        page.locator("#save-translation").click();
        // The backend's rule, in French, with the language named in French too.
        assertThat(page.locator("#translation-dialog .form-error"))
                .hasText("Le texte en espagnol de l'article 2 est vide : écrivez la traduction");
    }

    @Test
    void theCommentTableShowsEachCommentsLanguage() {
        openDraft(this, page, "delegate");
        page.locator("#comment-table-link").click();
        Locator grid = page.locator("#comment-grid");
        assertThat(grid).containsText("Language");
        assertThat(grid).containsText("Spanish");
        assertThat(grid).containsText("La participación significativa");
    }
}
