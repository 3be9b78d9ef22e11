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
        Locator box = page.locator("#global-search input");
        page.locator("body").click(); // focus on nothing that takes typing
        page.keyboard().press("/");
        assertThat(box).isFocused();
        page.keyboard().type("transparency");
        assertThat(box).hasValue("transparency"); // "/" moved the focus and was not typed
        page.locator("body").click();
        assertThat(box).not().isFocused();
        page.keyboard().press("Control+k");
        assertThat(box).isFocused();
        box.press("Enter");
        page.locator("#search-results").waitFor();
        for (int i = 0; i < 30 && hit.count() == 0; i++) {
            page.waitForTimeout(1000);
            page.keyboard().press("/");
            assertThat(box).isFocused();
            box.fill("transparency");
            box.press("Enter");
            page.locator("#search-results").waitFor();
        }
        assertThat(page.locator("#search-results")).containsText("Clauses");
        assertThat(page.locator("#search-results mark").first()).isVisible();
        assertThat(page.locator("#facet-kind")).isVisible();
        screenshot("search");
        hit.first().click();
        assertThat(page).hasURL(Pattern.compile(".*/drafts/.+/clauses/.+"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("9 Transparency and documentation"))).isVisible();
    }

    /** The secretariat's panel follows a rebuild by itself: no click on Refresh after "Rebuild index". */
    @Test
    void theRebuildProgressUpdatesWithoutRefreshing() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        signInAs("secretariat");
        page.navigate(url("/search"));
        page.getByText("Search index (secretariat)").click();
        Locator state = page.locator("#search-index-state");
        assertThat(state).containsText("documents");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rebuild index")).click();
        assertThat(state).not().containsText(" 0 changes waiting");
        // the drainer (every 2 s) runs the rebuild; the page polls and shows it done
        assertThat(state).containsText(" 0 changes waiting");
        assertThat(page.locator("#search-index-progress")).isHidden();
    }
}
