package org.accord.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Editing clause by clause in real browsers: live updates, merges, conflicts, permissions, versions. */
class DraftingBrowserTest extends BrowserTest {

    /** Signs in on {@code p} and opens the WG 1 working draft from the dashboard. */
    static void openDraft(BrowserTest t, Page p, String user) {
        p.navigate(t.url("/login"));
        p.getByLabel("Username").fill(user);
        p.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        p.locator("#my-working-groups a").filter(new Locator.FilterOptions().setHasText("ACC WD 42101")).click();
        assertThat(p.locator("article.document h2").first()).containsText("1 Scope");
    }

    static Locator block(Page p, String heading) {
        return p.locator(".clause-block").filter(new Locator.FilterOptions().setHas(
                p.locator(".clause-heading", new Page.LocatorOptions().setHasText(heading))));
    }

    static Locator openEditor(Page p, String heading) {
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit " + heading).setExact(true)).click();
        Locator editor = p.locator(".clause-editor");
        assertThat(editor).isVisible();
        return editor;
    }

    static String text(Locator editor) {
        return editor.locator("vaadin-text-area textarea").inputValue();
    }

    static void type(Locator editor, String text, String message) {
        editor.locator("vaadin-text-area textarea").fill(text);
        editor.locator("vaadin-text-area textarea").press("Tab");
        editor.getByLabel("What changed and why").fill(message);
        editor.getByLabel("What changed and why").press("Tab");
    }

    static void save(Page p) {
        p.locator("#save-clause").click();
    }

    @Test
    void anEditorsSaveAppearsLiveForAReader() {
        openDraft(this, page, "editor");
        BrowserContext readerContext = browser.newContext();
        try {
            Page reader = readerContext.newPage();
            openDraft(this, reader, "delegate");

            Locator editor = openEditor(page, "5.4 Leadership and roles");
            String updated = text(editor) + "\n\nThe convenor shall publish the list of roles.";
            type(editor, updated, "Add publication duty");
            save(page);
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved as revision 2");
            assertThat(block(page, "5.4 Leadership and roles")).containsText("publish the list of roles");

            assertThat(block(reader, "5.4 Leadership and roles")).containsText("publish the list of roles");
            assertThat(reader.locator("vaadin-notification-card").first()).containsText("revised by");
            screenshot("live-update-editor");
        } finally {
            readerContext.close();
        }
    }

    @Test
    void twoEditorsOnOneClause_separatePassagesMerge_samePassageAsksToResolve() {
        openDraft(this, page, "editor");
        BrowserContext secondContext = browser.newContext();
        try {
            Page second = secondContext.newPage();
            openDraft(this, second, "convenor");

            // Both start from the same revision of 7.3.
            Locator mine = openEditor(page, "7.3 Residual risk");
            Locator theirs = openEditor(second, "7.3 Residual risk");
            String base = text(mine);

            type(mine, "EDITOR-FIRST " + base, "editor change at the start");
            save(page);
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved as revision");

            type(theirs, base + " CONVENOR-LAST", "convenor change at the end");
            save(second);
            assertThat(second.locator("vaadin-notification-card").first()).containsText("merged");
            assertThat(block(second, "7.3 Residual risk")).containsText("EDITOR-FIRST");
            assertThat(block(second, "7.3 Residual risk")).containsText("CONVENOR-LAST");

            // Now both edit the same opening words.
            mine = openEditor(page, "7.3 Residual risk");
            theirs = openEditor(second, "7.3 Residual risk");
            String current = text(mine);
            type(mine, current.replace("EDITOR-FIRST", "EDITOR-AGAIN"), "editor rewords");
            save(page);
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved as revision");

            type(theirs, current.replace("EDITOR-FIRST", "CONVENOR-WORDING"), "convenor rewords");
            save(second);
            assertThat(second.locator("#conflict-theirs")).containsText("EDITOR-AGAIN");
            assertThat(second.locator("#conflict-mine")).containsText("CONVENOR-WORDING");
            screenshot(second, "conflict-dialog");
            second.locator("#conflict-resolution textarea").fill(current.replace("EDITOR-FIRST", "AGREED-WORDING"));
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save resolution")).click();
            assertThat(block(second, "7.3 Residual risk")).containsText("AGREED-WORDING");
            assertThat(block(page, "7.3 Residual risk")).containsText("AGREED-WORDING");
            assertThat(second.locator("#conflict-resolution")).isHidden();
        } finally {
            secondContext.close();
        }
    }

    @Test
    void termReferencesLinkToTheirEntryAndUndefinedOnesAreFlagged() {
        openDraft(this, page, "editor");
        assertThat(block(page, "8 Human oversight").locator("a.term-ref")).containsText("human oversight");
        Locator editor = openEditor(page, "4.4 Accountability");
        type(editor, text(editor) + "\n\nEach [[deployer]] keeps a [[risk ledger]].", "term references");
        save(page);
        Locator accountability = block(page, "4.4 Accountability");
        assertThat(accountability.locator("a.term-ref")).containsText("deployer");
        assertThat(accountability.locator(".term-ref.missing")).containsText("risk ledger");
        assertThat(accountability.locator(".term-ref.missing")).containsText("term not defined");
        page.reload();
        assertThat(page.locator("#missing-terms")).containsText("refers to “risk ledger”");
    }

    @Test
    void anEditorAddsATermAndOtherClausesCanReferToIt() {
        openDraft(this, page, "editor");
        Locator terms = openEditor(page, "3 Terms and definitions");
        terms.locator("#add-term").click();
        Locator dialog = page.locator("#term-dialog");
        page.getByLabel("Preferred term", new Page.GetByLabelOptions().setExact(true)).fill("stakeholder panel");
        page.getByLabel("Admitted terms (separate with ;)", new Page.GetByLabelOptions().setExact(true)).fill("advisory panel");
        page.getByLabel("Definition", new Page.GetByLabelOptions().setExact(true)).fill("group of stakeholders convened to advise on risk decisions");
        page.locator("#save-term").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Term added");
        assertThat(page.locator(".editor-terms")).containsText("stakeholder panel");
        page.locator(".clause-editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(block(page, "3 Terms and definitions")).containsText("stakeholder panel");

        Locator general = openEditor(page, "4.1 General");
        type(general, text(general) + "\n\nAn [[advisory panel]] reviews the criteria.", "refer to the new term");
        save(page);
        assertThat(block(page, "4.1 General").locator("a.term-ref")).containsText("advisory panel");
        org.assertj.core.api.Assertions.assertThat(dialog.count()).isLessThanOrEqualTo(1);
    }

    @Test
    void aReaderReturningSeesWhatChangedSinceTheLastVisit() {
        openDraft(this, page, "observer");
        BrowserContext editorContext = browser.newContext();
        try {
            Page editorPage = editorContext.newPage();
            openDraft(this, editorPage, "editor");
            Locator editor = openEditor(editorPage, "9.2 Technical documentation");
            type(editor, text(editor) + " Kept up to date.", "keep documentation current");
            save(editorPage);
            assertThat(editorPage.locator("vaadin-notification-card").first()).containsText("Saved as revision");
        } finally {
            editorContext.close();
        }
        page.reload();
        assertThat(page.locator("#changed-since-visit")).containsText("9.2 Technical documentation");
        assertThat(block(page, "9.2 Technical documentation").locator(".badge")).containsText("changed since your last visit");
        screenshot("changed-since-visit");
    }

    @Test
    void aDelegateSeesNoEditControls() {
        openDraft(this, page, "delegate");
        assertThat(page.locator("button.edit-clause")).hasCount(0);
        assertThat(page.locator("#freeze-version")).hasCount(0);
        assertThat(page.locator("#add-clause")).hasCount(0);
        assertThat(page.locator("button.history-clause").first()).isVisible();
    }

    @Test
    void frozenVersionsAreComparedClauseByClause() {
        openDraft(this, page, "editor");
        page.locator("#freeze-version").click();
        page.locator("#version-label input").fill("WD 9");
        page.locator("#confirm-freeze").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Frozen as WD 9");

        Locator editor = openEditor(page, "8.1 Oversight design");
        type(editor, text(editor).replaceFirst("shall", "shall always"), "Stronger oversight duty");
        save(page);
        assertThat(block(page, "8.1 Oversight design")).containsText("shall always");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare versions")).click();
        page.waitForURL("**/compare**");
        page.navigate(page.url().replaceAll("\\?.*$", "") + "?from=WD%209&to=current");
        assertThat(page.locator("#compare-summary")).containsText("WD 9 → working text");
        Locator change = page.locator("section.change").filter(new Locator.FilterOptions().setHasText("Oversight design"));
        assertThat(change.locator("ins")).containsText("always");
        assertThat(change.locator(".badge")).containsText("text changed");
        screenshot("compare-versions");
    }

    @Test
    void anArabicReaderGetsArabicControlsAndClauseNumbersInOrder() {
        BrowserContext arabic = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("ar").setViewportSize(1280, 900));
        try {
            Page p = arabic.newPage();
            p.navigate(url("/login"));
            p.locator("vaadin-login-form input[name=username]").fill("delegate");
            p.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
            p.locator("vaadin-login-form input[name=password]").press("Enter");
            p.locator("#my-working-groups a").filter(new Locator.FilterOptions().setHasText("ACC WD 42101")).click();
            assertThat(p.locator("html")).hasAttribute("dir", "rtl");
            Locator risk = block(p, "6.2 Risk identification");
            assertThat(risk.locator(".clause-heading")).hasAttribute("dir", "auto");
            assertThat(risk.locator(".clause-heading bdi.clause-number")).hasText("6.2");
            assertThat(risk.locator("button.history-clause")).hasText("السجل");
            assertThat(risk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("سجل 6.2 Risk identification"))).isVisible();
            assertThat(p.locator(".outline h2")).hasText("المحتويات");
            assertThat(p.locator("#comment-table-link")).hasText("جدول التعليقات");
            screenshot(p, "draft-arabic");
        } finally {
            arabic.close();
        }
    }

    void screenshot(Page p, String name) {
        Page saved = page;
        page = p;
        try {
            screenshot(name);
        } finally {
            page = saved;
        }
    }
}
