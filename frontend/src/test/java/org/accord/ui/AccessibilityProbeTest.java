package org.accord.ui;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (WCAG 2.x A/AA rules) on the main pages: no serious or critical violations. */
class AccessibilityProbeTest extends BrowserTest {

    @Test
    void loginPage() {
        page.navigate(url("/login"));
        page.getByLabel("Username").waitFor();
        assertThat(seriousAxeViolations()).isEmpty();
    }

    @Test
    void dashboardDraftAndCommentTable() {
        DraftingBrowserTest.openDraft(this, page, "editor");
        String draft = seriousAxeViolations();
        page.locator("#comment-table-link").click();
        page.locator("#comment-grid").waitFor();
        String table = seriousAxeViolations();
        page.navigate(url("/"));
        page.locator("#my-working-groups").waitFor();
        String dashboard = seriousAxeViolations();
        assertThat(String.join("\n", "draft:", draft, "table:", table, "dashboard:", dashboard)).isEqualTo("draft:\n\ntable:\n\ndashboard:\n");
    }

    @Test
    void seatsRosterPlanAndAllocation() {
        signInAs("secretariat");
        page.navigate(url("/seats"));
        page.locator("#compliance-status").waitFor();
        String roster = seriousAxeViolations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Seat plan").setExact(true)).click();
        page.locator("#feasibility").waitFor();
        String plan = seriousAxeViolations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Applications").setExact(true)).click();
        page.locator("#save-ranking").waitFor();
        String applications = seriousAxeViolations();
        assertThat(String.join("\n", "roster:", roster, "plan:", plan, "applications:", applications))
                .isEqualTo("roster:\n\nplan:\n\napplications:\n");
    }

    @Test
    void crosswalkMatrixGapsAndClausePanel() {
        signInAs("editor");
        page.navigate(url("/crosswalk"));
        page.locator("[data-cell='4.1|SG-MAIGF']").waitFor();
        String matrix = seriousAxeViolations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gaps").setExact(true)).click();
        page.locator("#gap-report").waitFor();
        String gaps = seriousAxeViolations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Matrix").setExact(true)).click();
        page.locator("[data-cell='4.1|SG-MAIGF']").click();
        page.locator("#crosswalk-panel .mapping-card").first().waitFor();
        String panel = seriousAxeViolations();
        assertThat(matrix).as("matrix").isEmpty();
        assertThat(gaps).as("gaps").isEmpty();
        assertThat(panel).as("clause panel").isEmpty();
    }

    @Test
    void publicCatalogueAndPublicationsPage() {
        page.navigate(url("/standards"));
        page.locator("h1").waitFor();
        String catalogue = seriousAxeViolations();
        signInAs("secretariat");
        page.navigate(url("/publications"));
        page.locator("#publications").waitFor();
        String publications = seriousAxeViolations();
        assertThat(catalogue).as("catalogue").isEmpty();
        assertThat(publications).as("publications").isEmpty();
    }
}
