package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Search in a real browser: "/" focuses the global box, "transparency" finds the clause, the hit opens it. */
class SearchBrowserTest extends BrowserTest {

    @Test
    void aDelegateSearchesTransparencyAndOpensTheClause() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        signInAs("delegate");
        Locator hit = page.locator(".search-hit a").filter(new Locator.FilterOptions().setHasText("9 Transparency and documentation"));
        // the seed is indexed in the background after start-up: look again until it is there
        for (int i = 0; i < 30 && hit.count() == 0; i++) {
            page.keyboard().press("/");
            page.locator("#global-search input").fill("transparency");
            page.locator("#global-search input").press("Enter");
            page.locator("#search-results").waitFor();
            if (hit.count() == 0) {
                page.waitForTimeout(1000);
            }
        }
        assertThat(page.locator("#search-results")).containsText("Clauses");
        assertThat(page.locator("#search-results mark").first()).isVisible();
        assertThat(page.locator("#facet-kind")).isVisible();
        screenshot("search");
        hit.first().click();
        assertThat(page).hasURL(Pattern.compile(".*/drafts/.+/clauses/.+"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("9 Transparency and documentation"))).isVisible();
    }
}
