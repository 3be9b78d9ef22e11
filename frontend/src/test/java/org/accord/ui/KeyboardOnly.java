package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Moving and choosing with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows), for the walkthrough tests. */
final class KeyboardOnly {

    private KeyboardOnly() {
    }

    /** The text of the deepest focused element, through shadow roots. */
    static String focusedText(Page page) {
        return (String) page.evaluate("""
                () => { let a = document.activeElement;
                        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                        return a ? (a.textContent || '').trim() : ''; }""");
    }

    static boolean focusIsIn(Locator target) {
        return (Boolean) target.evaluate("el => el === document.activeElement || el.contains(document.activeElement)"
                + " || (el.shadowRoot != null && el.shadowRoot.activeElement != null)");
    }

    /** Presses Tab until focus is inside {@code target}; fails after 600 presses. */
    static void tabTo(Page page, Locator target) {
        for (int i = 0; i < 600; i++) {
            if (focusIsIn(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab (600 presses) never reached " + target);
    }

    /** Signs in on the sign-in page at {@code loginUrl} with Tab, typing and Enter only, and waits for the dashboard. */
    static void signIn(Page page, String loginUrl, String user, String password) {
        page.navigate(loginUrl);
        page.locator("input[name=username]").waitFor();
        tabTo(page, page.locator("input[name=username]"));
        page.keyboard().type(user);
        page.keyboard().press("Tab");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#my-working-groups")).isVisible();
    }

    /** Opens the focused select with Enter and walks its options with the down arrow until one starts with {@code option}. */
    static void choose(Page page, Locator select, String option) {
        tabTo(page, select);
        page.keyboard().press("Enter");
        page.waitForTimeout(300);
        for (int i = 0; i < 40; i++) {
            if (focusedText(page).startsWith(option)) {
                page.keyboard().press("Enter");
                page.waitForTimeout(200);
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("the down arrow never reached option " + option + " (last: " + focusedText(page) + ")");
    }
}
