package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class FoundationBrowserTest extends BrowserTest {

    @Test
    void delegateSignsInOpensTheDraftAndReadsScopeAndTerms() {
        signInAs("delegate");
        Locator myGroups = page.locator("#my-working-groups");
        assertThat(myGroups).containsText("TC 1/WG 1");
        assertThat(myGroups).containsText("Delegate");
        assertThat(page.locator("#open-ballots")).containsText("No ballot is open");
        screenshot("dashboard-delegate");

        myGroups.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("ACC WD 42101")).click();

        Locator document = page.locator("article.document");
        assertThat(document.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("1 Scope").setExact(true))).isVisible();
        assertThat(document.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("3 Terms and definitions").setExact(true))).isVisible();
        assertThat(document.locator(".term-entry").first()).containsText("3.1");
        assertThat(document.locator(".term-entry").first()).containsText("AI system");
        assertThat(document.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Annex A (informative)").setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Clause outline"))).containsText("6.2 Risk identification");
        screenshot("draft-delegate");
    }

    @Test
    void delegateOfAnotherGroupIsNotShownTheDraft() {
        signInAs("delegate3");
        page.navigate(url("/drafts"));
        assertThat(page.locator("vaadin-grid")).containsText("ACC WD 42102");
        assertThat(page.locator("vaadin-grid")).not().containsText("ACC WD 42101");
    }

    @Test
    void delegateCannotOpenTheAdminViewAndSeesAccessDenied() {
        signInAs("delegate");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation")))
                .not().containsText("Users (admin)");
        page.navigate(url("/admin/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Access denied"))).isVisible();
        assertThat(page.locator("body")).not().containsText("secretariat@example.org");
        screenshot("access-denied");
    }

    @Test
    void adminOpensTheAdminView() {
        signInAs("admin");
        page.navigate(url("/admin/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("User accounts"))).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("secretariat@example.org");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        signIn("observer", "not-the-password");
        Locator error = page.locator("vaadin-login-form");
        assertThat(error).containsText("The user name or password is not right");
        String forKnownUser = error.innerText();

        signIn("nobody-by-this-name", "not-the-password");
        assertThat(error).containsText("The user name or password is not right");
        org.assertj.core.api.Assertions.assertThat(error.innerText()).isEqualTo(forKnownUser);
        screenshot("login-failed");
    }

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            signIn("delegate4", "wrong-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("The user name or password is not right");
        }
        signIn("delegate4", PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("The user name or password is not right");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("/login");
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        page.navigate(url("/drafts"));
        assertThat(page.getByLabel("Username")).isVisible();
        screenshot("login");
    }
}
