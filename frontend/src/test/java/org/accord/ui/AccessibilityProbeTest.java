package org.accord.ui;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (WCAG 2.x A/AA rules) on the main pages: no serious or critical violations. */
class AccessibilityProbeTest extends BrowserTest {

    private String violations() {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — " + v.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void loginPage() {
        page.navigate(url("/login"));
        page.getByLabel("Username").waitFor();
        assertThat(violations()).isEmpty();
    }

    @Test
    void dashboardDraftAndCommentTable() {
        DraftingBrowserTest.openDraft(this, page, "editor");
        String draft = violations();
        page.locator("#comment-table-link").click();
        page.locator("#comment-grid").waitFor();
        String table = violations();
        page.navigate(url("/"));
        page.locator("#my-working-groups").waitFor();
        String dashboard = violations();
        assertThat(String.join("\n", "draft:", draft, "table:", table, "dashboard:", dashboard)).isEqualTo("draft:\n\ntable:\n\ndashboard:\n");
    }

    @Test
    void seatsRosterPlanAndAllocation() {
        signInAs("secretariat");
        page.navigate(url("/seats"));
        page.locator("#compliance-status").waitFor();
        String roster = violations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Seat plan").setExact(true)).click();
        page.locator("#feasibility").waitFor();
        String plan = violations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Applications").setExact(true)).click();
        page.locator("#save-ranking").waitFor();
        String applications = violations();
        assertThat(String.join("\n", "roster:", roster, "plan:", plan, "applications:", applications))
                .isEqualTo("roster:\n\nplan:\n\napplications:\n");
    }

    @Test
    void crosswalkMatrixGapsAndClausePanel() {
        signInAs("editor");
        page.navigate(url("/crosswalk"));
        page.locator("[data-cell='4.1|SG-MAIGF']").waitFor();
        String matrix = violations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gaps").setExact(true)).click();
        page.locator("#gap-report").waitFor();
        String gaps = violations();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Matrix").setExact(true)).click();
        page.locator("[data-cell='4.1|SG-MAIGF']").click();
        page.locator("#crosswalk-panel .mapping-card").first().waitFor();
        String panel = violations();
        assertThat(matrix).as("matrix").isEmpty();
        assertThat(gaps).as("gaps").isEmpty();
        assertThat(panel).as("clause panel").isEmpty();
    }

    @Test
    void publicCatalogueAndPublicationsPage() {
        page.navigate(url("/standards"));
        page.locator("h1").waitFor();
        String catalogue = violations();
        signInAs("secretariat");
        page.navigate(url("/publications"));
        page.locator("#publications").waitFor();
        String publications = violations();
        assertThat(catalogue).as("catalogue").isEmpty();
        assertThat(publications).as("publications").isEmpty();
    }
}
