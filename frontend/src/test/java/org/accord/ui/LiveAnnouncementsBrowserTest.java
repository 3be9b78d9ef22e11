package org.accord.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.accord.commenting.CommentingService;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, screen-reader announcements: while one person reads a draft, another (in a second browser context) files a
 * comment and an editor saves a revision; the reader's page says so in its polite live region, without a reload.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 3)
class LiveAnnouncementsBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired CommentingService commenting;

    @BeforeEach
    void commentPeriodOpen() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        CommentingBrowserTest.openCommentPeriodOnTheDemoDraft(drafting, versions, commenting);
    }

    @Test
    void anotherPersonsCommentAndRevisionAreAnnouncedPolitelyWithoutAReload() {
        DraftingBrowserTest.openDraft(this, page, "delegate");
        Locator live = page.locator("#draft-live");
        assertThat(live).hasAttribute("aria-live", "polite");
        assertThat(live).hasAttribute("role", "status");
        page.evaluate("() => window.accordNoReload = true");

        BrowserContext other = browser.newContext();
        try {
            Page ngo = other.newPage();
            DraftingBrowserTest.openDraft(this, ngo, "ngo");
            ngo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Comment on 10.2 Data provenance").setExact(true)).click();
            ngo.locator("#comment-type").getByText("ge — general").click();
            ngo.locator("#comment-justification textarea").fill("Readers cannot check provenance without the fields.");
            ngo.locator("#comment-proposed textarea").fill("Name the provenance record's minimum fields.");
            ngo.locator("#file-comment").click();
            assertThat(ngo.locator("vaadin-notification-card").first()).containsText("filed");
            assertThat(live).hasText("New comments on 10.2 Data provenance.");

            Page editor = other.browser().newContext().newPage();
            try {
                DraftingBrowserTest.openDraft(this, editor, "editor");
                Locator clause = DraftingBrowserTest.openEditor(editor, "8.2 Competence of oversight personnel");
                DraftingBrowserTest.type(clause, DraftingBrowserTest.text(clause) + "\n\nTraining shall be refreshed yearly.",
                        "Refresher training");
                DraftingBrowserTest.save(editor);
                assertThat(editor.locator("vaadin-notification-card").first()).containsText("Saved as revision");
            } finally {
                editor.context().close();
            }
            assertThat(live).containsText("8.2 Competence of oversight personnel was revised by");
        } finally {
            other.close();
        }
        assertThat((Boolean) page.evaluate("() => window.accordNoReload === true")).as("the page was not reloaded").isTrue();
    }
}
