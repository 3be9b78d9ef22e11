package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.accord.commenting.CommentingService;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.ui.DraftingBrowserTest.block;
import static org.accord.ui.DraftingBrowserTest.openDraft;

/** The ISO online-drafting comment flow in a real browser: select, comment, accept, apply. */
class CommentingBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired CommentingService commenting;

    @BeforeEach
    void openCommentPeriod() {
        openCommentPeriodOnTheDemoDraft(drafting, versions, commenting);
    }

    /** Opens a comment period on CD 1 of the seed's WD 42101 (freezing CD 1 first if needed); returns the draft's id. */
    static java.util.UUID openCommentPeriodOnTheDemoDraft(DraftingService drafting, VersionService versions, CommentingService commenting) {
        return SystemActor.call("test", () -> {
            DraftSummary draft = drafting.drafts().stream().filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow();
            if (commenting.currentPeriod(draft.id()).isEmpty()) {
                if (versions.versions(draft.id()).stream().noneMatch(v -> v.label().equals("CD 1"))) {
                    versions.freeze(draft.id(), "CD 1", "for comments");
                }
                commenting.openPeriod(draft.id(), "CD 1", Instant.now().plus(Duration.ofDays(30)), false, null);
            }
            return draft.id();
        });
    }

    /** Selects {@code words} inside the clause block with that heading, as a mouse drag would. */
    static void select(Page page, String heading, String words) {
        Locator b = block(page, heading);
        b.evaluate("""
                (el, words) => {
                  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                  let node;
                  while ((node = walker.nextNode())) {
                    const i = node.textContent.indexOf(words);
                    if (i >= 0) {
                      const range = document.createRange();
                      range.setStart(node, i);
                      range.setEnd(node, i + words.length);
                      const sel = document.getSelection();
                      sel.removeAllRanges();
                      sel.addRange(range);
                      return true;
                    }
                  }
                  throw new Error('words not found: ' + words);
                }""", words);
    }

    @Test
    void anNgoCommentsOnSelectedTextAndTheEditorAcceptsAndAppliesIt() {
        openDraft(this, page, "ngo");
        assertThat(page.locator("#comment-period")).containsText("Comment period on WD 1 open until");
        select(page, "8.3 Intervention and override", "suspend the AI system safely");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment on 8.3 Intervention and override").setExact(true)).click();
        assertThat(page.locator("#comment-quote textarea")).hasValue("suspend the AI system safely");
        page.locator("#comment-type").getByText("te — technical").click();
        page.locator("#comment-justification textarea").fill("Override must be possible without technical skills.");
        page.locator("#comment-proposed textarea").fill("suspend the AI system safely through a simple, accessible control");
        page.locator("#file-comment").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("filed");
        Locator commentsButton = block(page, "8.3 Intervention and override").locator("button.comments-clause");
        assertThat(commentsButton).containsText("Comments (1)");
        screenshot("comment-filed");

        // The editor resolves and applies it in one click.
        page.context().clearCookies();
        openDraft(this, page, "editor");
        block(page, "8.3 Intervention and override").locator("button.comments-clause").click();
        Locator panel = page.locator("#comment-panel");
        assertThat(page.locator(".comment-card").first()).containsText("Override must be possible without technical skills.");
        page.locator(".comment-card [id^=resolve-]").first().click();
        page.locator("#resolution").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Accepted").setExact(true)).click();
        page.locator("#save-resolution").click();
        page.locator(".comment-card [id^=apply-]").first().click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Applied as revision");
        assertThat(page.locator(".comment-card").first()).containsText("applied");
        screenshot("comment-applied");
        page.keyboard().press("Escape");
        assertThat(block(page, "8.3 Intervention and override")).containsText("suspend the AI system safely through a simple, accessible control when");

        page.locator("#comment-table-link").click();
        Locator grid = page.locator("#comment-grid");
        assertThat(grid).containsText("Override must be possible without technical skills.");
        assertThat(grid).containsText("Accepted");
        screenshot("comment-table");
        org.assertj.core.api.Assertions.assertThat(panel.count()).isLessThanOrEqualTo(1);
    }

    @Test
    void anObserverCannotComment() {
        openDraft(this, page, "observer");
        assertThat(page.locator("#comment-period")).containsText("does not include commenting");
        assertThat(page.locator("button.comment-clause")).hasCount(0);
    }

    @Test
    void aDrafterSavesForTheLeadWhoSubmits() {
        openDraft(this, page, "ngo-drafter");
        select(page, "9.1 Information for deployers and affected persons", "known limitations");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Comment on 9.1 Information for deployers and affected persons").setExact(true)).click();
        page.locator("#comment-type").getByText("ed — editorial").click();
        page.locator("#comment-justification textarea").fill("Say which limitations: accuracy, languages, populations.");
        page.locator("#file-comment").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("saved for your organisation's lead");

        page.context().clearCookies();
        openDraft(this, page, "ngo");
        page.locator("#comment-table-link").click();
        page.locator("#comment-grid").getByText("Say which limitations").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for NG-DRC")).click();
        assertThat(page.locator(".comment-card").first()).containsText("open");
    }
}
