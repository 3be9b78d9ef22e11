package org.accord.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.commenting.CommentingService;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.membership.MembershipService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 in the browser: commenting and voting with the keyboard alone (no pointer: elements are reached with Tab,
 * operated with Enter, Space and arrows), the skip link, and the interface in Arabic: right-to-left layout and axe-core
 * with no serious or critical violation on the main views.
 */
class ParticipationAccessBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired CommentingService commenting;
    @Autowired BallotService ballots;
    @Autowired MembershipService membership;

    UUID draftId;

    @BeforeEach
    void commentPeriodOpen() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        draftId = CommentingBrowserTest.openCommentPeriodOnTheDemoDraft(drafting, versions, commenting);
    }

    // ---- keyboard only ----

    /** Presses Tab until focus is inside {@code target}; fails if 600 presses do not get there (a long draft has many stops). */
    private void tabTo(Locator target) {
        KeyboardOnly.tabTo(page, target);
    }

    private void keyboardSignIn(String user) {
        KeyboardOnly.signIn(page, url("/login"), user, PASSWORD);
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        keyboardSignIn("delegate");
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isVisible(); // shown while focused
        page.keyboard().press("Enter");
        assertThat(page.locator("main").first()).isFocused();
    }

    @Test
    void aDelegateCommentsWithTheKeyboardAlone() {
        keyboardSignIn("ngo");
        page.navigate(url("/drafts/" + draftId));
        Locator comment = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Comment on 9.2 Technical documentation").setExact(true));
        comment.waitFor();
        tabTo(comment);
        page.keyboard().press("Enter");
        assertThat(page.locator("#comment-type")).isVisible(); // the dialog is open
        tabTo(page.locator("#comment-type"));
        page.keyboard().press("Space"); // the focused option (general) is chosen
        tabTo(page.locator("#comment-justification"));
        page.keyboard().type("Keyboard-only check: plain language matters for affected persons.");
        tabTo(page.locator("#comment-proposed"));
        page.keyboard().type("Explain decisions in plain language.");
        tabTo(page.locator("#file-comment"));
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").first()).containsText("filed");
        // The notice is a live region: screen readers announce it without moving focus.
        assertThat(page.locator("vaadin-notification-card").first()).hasAttribute("aria-live", "polite");
    }

    @Test
    void aMemberVotesWithTheKeyboardAlone() {
        BallotSummary ballot = SystemActor.call("test", () -> {
            UUID wg = membership.workingGroups().stream().filter(w -> w.code().equals("WG 1")).findFirst().orElseThrow().id();
            return ballots.open(new NewBallot(wg, draftId, "WD 1", null, "Keyboard ballot " + UUID.randomUUID().toString().substring(0, 6),
                    RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(7))));
        });
        keyboardSignIn("ngo");
        page.navigate(url("/ballots/" + ballot.workingGroupId() + "/" + ballot.id()));
        Locator position = page.locator("#vote-position");
        position.waitFor();
        tabTo(position);
        // Arrows move through the options and select; Approve is the first.
        page.keyboard().press("Space");
        tabTo(page.locator("#cast-vote"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#vote-receipt")).isVisible();
        assertThat(page.locator("#vote-intro")).containsText("Your current vote");
    }

    // ---- the light reader, without JavaScript ----

    @Test
    void theLightReaderWorksWithoutJavaScriptIncludingCommenting() {
        keyboardSignIn("ngo");
        String state = context.storageState();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setStorageState(state));
        page = context.newPage();
        page.navigate(url("/lite/drafts/" + draftId));
        assertThat(page.locator("h1")).containsText("ACC WD 42101");
        assertThat(page.locator("script")).hasCount(0);
        Locator section = page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.locator("h3", new Page.LocatorOptions().setHasText("9.3 Record-keeping"))));
        section.locator("summary").click();
        // te without a justification is refused whole, with the reason
        section.locator("input[value=te]").check();
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("File comment")).click();
        assertThat(page.locator("[role=alert]")).containsText("ustification");
        page.goBack();
        page.reload();
        section = page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.locator("h3", new Page.LocatorOptions().setHasText("9.3 Record-keeping"))));
        section.locator("summary").click();
        section.locator("input[value=ed]").check();
        section.locator("textarea[name=proposedChange]").fill("Use \"logs\" consistently.");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("File comment")).click();
        assertThat(page.locator(".ok")).containsText("filed");
        screenshot("lite-reader");
    }

    // ---- Arabic, right to left ----

    /** A new browser context whose browser asks for Arabic; signs in through the (Arabic) form by its field names. */
    private void arabic(String user) {
        signInWithBrowserLanguage(user, "ar");
    }

    @Test
    void inArabicTheDraftReadsRightToLeft() {
        arabic("delegate");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("#my-working-groups h2")).hasText("مجموعات العمل الخاصة بي");
        page.navigate(url("/drafts/" + draftId));
        assertThat(page.locator("article.document h2").first()).containsText("1");
        page.waitForTimeout(500); // let the drawer settle before measuring
        BoundingBox drawer = page.locator("vaadin-side-nav").boundingBox();
        BoundingBox text = page.locator("article.document").boundingBox();
        screenshot("draft-rtl");
        // Mirrored: the navigation drawer is on the right, the document to its left.
        assertThat(drawer.x).isGreaterThan(text.x);
        assertThat(drawer.x + drawer.width).isGreaterThan(1280 / 2.0);
    }

    @Test
    void inArabicTheMainViewsPassAxe() {
        arabic("editor");
        String dashboard = seriousAxeViolations();
        page.navigate(url("/drafts/" + draftId));
        page.locator("article.document h2").first().waitFor();
        String draft = seriousAxeViolations();
        page.navigate(url("/drafts/" + draftId + "/comments"));
        page.locator("#comment-grid").waitFor();
        String table = seriousAxeViolations();
        page.navigate(url("/crosswalk/" + draftId));
        page.locator("[data-cell='4.1|SG-MAIGF']").waitFor();
        String matrix = seriousAxeViolations();
        page.navigate(url("/standards"));
        page.locator("h1").waitFor();
        String catalogue = seriousAxeViolations();
        page.navigate(url("/ballots"));
        page.locator("main h1").first().waitFor();
        String ballotList = seriousAxeViolations();
        page.navigate(url("/search?q=transparency"));
        page.locator("#search-results").waitFor();
        page.waitForTimeout(500);
        String search = seriousAxeViolations();
        assertThat(String.join("\n", "dashboard:", dashboard, "draft:", draft, "table:", table, "matrix:", matrix,
                "catalogue:", catalogue, "ballots:", ballotList, "search:", search))
                .isEqualTo("dashboard:\n\ndraft:\n\ntable:\n\nmatrix:\n\ncatalogue:\n\nballots:\n\nsearch:\n");
    }
}
