package org.accord.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The audit log in the browser: an editor's revision shows in the draft's log for the convenor; a delegate is refused. */
class AuditBrowserTest extends BrowserTest {

    static final String CLAUSE = "8.2 Competence of oversight personnel";

    @Test
    void theConvenorSeesTheEditorsRevisionWithItsActorAndADelegateIsDenied() {
        DraftingBrowserTest.openDraft(this, page, "editor");
        Locator editor = DraftingBrowserTest.openEditor(page, CLAUSE);
        DraftingBrowserTest.type(editor, DraftingBrowserTest.text(editor) + "\n\nOversight staff shall be trained every year.",
                "Yearly training");
        DraftingBrowserTest.save(page);
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved as revision");
        String auditUrl = page.url().replaceAll("[?#].*$", "") + "/audit";

        BrowserContext convenorContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        try {
            Page convenor = convenorContext.newPage();
            DraftingBrowserTest.openDraft(this, convenor, "convenor");
            convenor.locator("#audit-link").click();
            assertThat(convenor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit log of ACC WD 42101")))
                    .isVisible();
            convenor.getByLabel("Who (user name)").fill("editor");
            Locator grid = convenor.locator("#audit-grid");
            assertThat(grid).containsText("Clause revised");
            assertThat(grid).containsText("Competence of oversight personnel");
            assertThat(grid).containsText("Yearly training");
            assertThat(grid).containsText("editor");
            assertThat(grid).containsText("UTC");
            assertThat(convenor.locator("#audit-csv")).isVisible();
            Page own = page;
            page = convenor;
            screenshot("audit-log-draft");
            page = own;
        } finally {
            convenorContext.close();
        }

        BrowserContext delegateContext = browser.newContext();
        try {
            Page delegate = delegateContext.newPage();
            DraftingBrowserTest.openDraft(this, delegate, "delegate");
            assertThat(delegate.locator("#audit-link")).hasCount(0);
            delegate.navigate(auditUrl);
            assertThat(delegate.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Access denied"))).isVisible();
            assertThat(delegate.locator("body")).not().containsText("Yearly training");
        } finally {
            delegateContext.close();
        }
    }

    @Test
    void theSecretariatReadsThePlatformWideLog() {
        signInAs("secretariat");
        page.navigate(url("/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit log"))).isVisible();
        assertThat(page.locator("#audit-total")).containsText("recorded changes");
        page.getByLabel("Who (user name)").fill("system");
        page.locator("#audit-kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Account created").setExact(true)).click();
        assertThat(page.locator("#audit-grid")).containsText("Account created");
        assertThat(page.locator("#audit-grid")).containsText("system:seed");
    }
}
