package org.accord.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.drafting.NewDraft;
import org.accord.drafting.VersionService;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Languages as a person meets them: mixed-direction text in the order it is meant to be read, the language picked on
 * the sign-in page following the account to a new browser. Works in a working group of its own, so the demo content
 * other classes count on is left alone.
 */
class LanguagesBrowserTest extends BrowserTest {

    /** "Mention AI system here": Arabic with an English term in the middle. */
    static final String ARABIC = "يجب ذكر AI system هنا";
    static final String ENGLISH = "Section 5 of the GDPR applies!";

    @Autowired Fixtures fixtures;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired CommentingService commenting;

    record World(UUID wg, UUID draft, String delegate) {
    }

    static World world;

    @BeforeEach
    void seed() {
        if (world != null) {
            return;
        }
        UUID wg = fixtures.workingGroup();
        String delegate = fixtures.member(wg, WorkingGroupRole.DELEGATE, fixtures.organisation("EG"), true);
        UUID draft = SystemActor.call("test", () -> {
            UUID d = drafting.createDraft(new NewDraft(wg, fixtures.unique("LANG"), "مسودة الحوكمة", "ar", "20.20"));
            drafting.addClause(d, null, new NewClause(ClauseKind.NORMATIVE, null, "النطاق", ARABIC));
            versions.freeze(d, "CD 1", null);
            commenting.openPeriod(d, "CD 1", Instant.now().plus(Duration.ofDays(30)), false, null);
            return d;
        });
        UUID clause = SystemActor.call("test", () -> drafting.clauseTree(draft).getFirst().id());
        fixtures.as(delegate, () -> {
            commenting.file(draft, new NewComment(clause, CommentType.TE, ARABIC, ARABIC, null, null, null, null, true, "ar"));
            return commenting.file(draft, new NewComment(clause, CommentType.ED, ENGLISH, null, null, null, null, null, true, "en"));
        });
        world = new World(wg, draft, delegate);
    }

    /** Where on screen {@code word} starts inside {@code element} (its left edge, in CSS pixels). */
    static double left(Locator element, String word) {
        Object x = element.evaluate("""
                (el, w) => {
                  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                  let n;
                  while ((n = walker.nextNode())) {
                    const i = n.data.indexOf(w);
                    if (i >= 0) {
                      const r = document.createRange();
                      r.setStart(n, i);
                      r.setEnd(n, i + w.length);
                      return r.getBoundingClientRect().left;
                    }
                  }
                  throw new Error('not found: ' + w);
                }""", word);
        return ((Number) x).doubleValue();
    }

    static boolean direction(Locator element, String dir) {
        return (Boolean) element.evaluate("(el, d) => el.matches(':dir(' + d + ')')", dir);
    }

    /** Arabic reads right to left even around an English term: its first word is to the right of the term. */
    static void readsRightToLeft(Locator arabic) {
        org.assertj.core.api.Assertions.assertThat(arabic.evaluate("el => el.closest('[lang]').getAttribute('lang')")).isEqualTo("ar");
        org.assertj.core.api.Assertions.assertThat(direction(arabic, "rtl")).as("computed direction rtl").isTrue();
        org.assertj.core.api.Assertions.assertThat(left(arabic, "يجب")).as("first Arabic word right of the English term")
                .isGreaterThan(left(arabic, "AI system"));
    }

    @Test
    void arabicCommentsAndClausesWithEnglishTermsReadRightToLeftOnAnEnglishPage() {
        signInWithBrowserLanguage(world.delegate(), "en-GB");
        page.navigate(url("/drafts/" + world.draft()));
        Locator block = page.locator(".clause-block").first();
        assertThat(block.locator(".clause-body")).hasAttribute("lang", "ar");
        readsRightToLeft(block.locator(".clause-body p"));
        assertThat(block.locator(".clause-title")).hasAttribute("lang", "ar");
        // The clause's buttons are the interface's: no content language on the block, so they are read as English.
        org.assertj.core.api.Assertions.assertThat(block.getAttribute("lang")).isNull();
        org.assertj.core.api.Assertions.assertThat(block.locator("button.history-clause")
                .evaluate("b => b.closest('[lang]').getAttribute('lang')")).isEqualTo("en");

        block.locator("button.comments-clause").click();
        Locator card = page.locator(".comment-card").filter(new Locator.FilterOptions().setHasText("AI system"));
        readsRightToLeft(card.locator(".comment-field .comment-text").first());
        readsRightToLeft(card.locator(".comment-field .comment-text").nth(1));
        screenshot("languages-arabic-comment-english-page");
        page.keyboard().press("Escape");

        page.navigate(url("/drafts/" + world.draft() + "/comments"));
        readsRightToLeft(page.locator("#comment-grid .comment-text[lang=ar]").first());
    }

    @Test
    void anEnglishCommentKeepsItsOrderOnAnArabicPage() {
        signInWithBrowserLanguage(world.delegate(), "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.navigate(url("/drafts/" + world.draft() + "/comments"));
        Locator english = page.locator("#comment-grid .comment-text[lang=en]").first();
        assertThat(english).hasText(ENGLISH);
        org.assertj.core.api.Assertions.assertThat(direction(english, "ltr")).as("computed direction ltr").isTrue();
        // Left to right, the closing "!" ends the sentence on the right; in the page's direction it would jump left.
        org.assertj.core.api.Assertions.assertThat(left(english, "!")).isGreaterThan(left(english, "Section"));
        screenshot("languages-english-comment-arabic-page");
    }

    @Test
    void aLanguagePickedOnTheSignInPageFollowsTheAccountToANewBrowser() {
        String user = fixtures.member(world.wg(), WorkingGroupRole.OBSERVER);
        page.navigate(url("/login"));
        page.locator("#language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Français").setExact(true)).click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bienvenue, ").setExact(false))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        assertThat(page.locator("input[name=username]")).isVisible();

        // Another browser, asking for Spanish: the account's French wins.
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("es-ES"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bienvenue, ").setExact(false))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
    }

    @Autowired org.accord.balloting.BallotService ballots;
    @Autowired org.accord.membership.SeatService seats;

    /** A ballot needs seated voters: five applicants seated by merit, as BallotServiceIntegrationTest does. */
    private void seatRoster(String secretariat) {
        fixtures.as(secretariat, () -> seats.saveSeatPlan(world.wg(), new org.accord.membership.SeatPlanSpec(5,
                org.accord.membership.seats.CountingRule.COUNT_TOWARD_ALL, null, null, true, false, null, null, java.util.List.of(), null)));
        String[][] people = {{"KE", "SME"}, {"DE", "INDUSTRY"}, {"BR", "CIVIL_SOCIETY"}, {"FR", "ACADEMIA"}, {"IN", "INDIGENOUS_PEOPLES"}};
        java.util.List<UUID> apps = new java.util.ArrayList<>();
        for (String[] p : people) {
            String name = fixtures.unique("voter").toLowerCase();
            SystemActor.run("test", () -> identity.createUser(new org.accord.identity.NewUser(name, "Voter " + name,
                    name + "@example.org", PASSWORD, java.util.Set.of())));
            apps.add(fixtures.as(name, () -> seats.apply(world.wg(), new org.accord.membership.NewSeatApplication(null, p[0],
                    java.util.List.of(p[1]), "Hi"))));
        }
        fixtures.as(secretariat, () -> {
            seats.rank(world.wg(), apps);
            return seats.confirm(world.wg(), seats.allocate(world.wg(), org.accord.membership.AllocationMode.MERIT, null).id());
        });
    }
    @Autowired org.accord.identity.IdentityService identity;

    /** A ballot opening in two days: its status, close confirmation and extend helper in local time (+05:30) and UTC. */
    @Test
    void deadlinesShowTheLocalTimeWithItsOffsetAndUtc() {
        String staff = fixtures.unique("staff").toLowerCase();
        UUID staffId = SystemActor.call("test", () -> identity.createUser(new org.accord.identity.NewUser(staff, "Staff " + staff,
                staff + "@example.org", PASSWORD, java.util.Set.of(org.accord.shared.security.PlatformRole.SECRETARIAT))));
        seatRoster(staff);
        Instant opens = Instant.parse("2030-03-01T10:00:00Z");
        var ballot = fixtures.as(staff, () -> ballots.open(new org.accord.balloting.NewBallot(world.wg(), world.draft(), "CD 1",
                null, "Deadline ballot", org.accord.balloting.tally.RuleSpec.Preset.ISO_DIS, null, null, null, null, false,
                opens, opens.plus(Duration.ofDays(7)), null)));
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB")
                .setTimezoneId("Asia/Kolkata"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        signInAs(staff);
        page.navigate(url("/ballots/" + world.wg() + "/" + ballot.id()));
        // 10:00 UTC is 15:30 in India (3:30 PM in the English of the page).
        assertThat(page.locator("#ballot-status")).containsText("3:30");
        assertThat(page.locator("#ballot-status")).containsText("+05:30");
        assertThat(page.locator("#ballot-status")).containsText("2030-03-01 10:00 UTC");
        assertThat(page.locator(".moment .local-time").first()).containsText("GMT+5:30");
        page.locator("#close-ballot").click();
        assertThat(page.getByText("Voting ends now")).containsText("2030-03-08 10:00 UTC");
        assertThat(page.getByText("Voting ends now")).containsText("+05:30");
        screenshot("languages-deadline-kolkata");
        page.keyboard().press("Escape");
        page.locator("#extend-ballot").click();
        assertThat(page.getByText("Currently ")).containsText("+05:30");

        // A zone saved on the account wins over the browser's.
        fixtures.as(staff, () -> { identity.setTimeZone(staffId, "America/Sao_Paulo"); return null; });
        page.navigate(url("/ballots/" + world.wg() + "/" + ballot.id()));
        assertThat(page.locator("#ballot-status")).containsText("7:00");
        assertThat(page.locator("#ballot-status")).containsText("-03:00");
        assertThat(page.locator(".moment .local-time").first()).containsText("GMT-3");
    }
}
