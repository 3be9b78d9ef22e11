package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.drafting.DraftingService;
import org.accord.membership.MembershipService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Participation reports in a real browser, on the seed data: the secretariat sees who took part in WG 1's comment
 * period on WD 1 and in a ballot round, and which constituencies are missing; a delegate does not see the report.
 */
class ParticipationBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired BallotService ballots;
    @Autowired MembershipService membership;

    UUID draft;
    UUID wg;

    @BeforeEach
    void findDraft() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        SystemActor.run("test", () -> {
            draft = drafting.drafts().stream().filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id();
            wg = membership.workingGroups().stream().filter(w -> w.code().equals("WG 1")).findFirst().orElseThrow().id();
        });
    }

    private void openReport() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Participation").setExact(true)).click();
    }

    @Test
    void theSecretariatSeesWhichConstituenciesDidNotComment() {
        signInAs("secretariat");
        page.navigate(url("/drafts/" + draft + "/comments"));
        openReport();
        Locator report = page.locator("#participation-report");
        assertThat(report.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Participation").setExact(true)))
                .isVisible();
        assertThat(page.locator("#participation-summary")).containsText("invited took part");
        assertThat(report.locator("caption").first()).hasText("By constituency");
        // nobody from an SME commented on WD 1 in the seed: a missing voice, flagged in words in the table too
        Locator missing = page.locator("#missing-voices");
        assertThat(missing).containsText("SME:");
        assertThat(report.locator("tr.participation-missing").filter(new Locator.FilterOptions().setHasText("SME")))
                .containsText("Missing");
        assertThat(report.locator("tr").filter(new Locator.FilterOptions().setHasText("Civil society")).first())
                .not().containsText("Missing");
        assertThat(report.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download participation (CSV)")))
                .isVisible();
        screenshot("participation-comments");
    }

    @Test
    void theSecretariatSeesWhoHasNotVotedYet() {
        BallotSummary b = SystemActor.call("test", () -> ballots.open(new NewBallot(wg, draft, "WD 1", null,
                "Participation check (" + UUID.randomUUID().toString().substring(0, 6) + ")", RuleSpec.Preset.ISO_DIS,
                null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(7)))));
        signInAs("secretariat");
        page.navigate(url("/ballots/" + wg + "/" + b.id()));
        openReport();
        assertThat(page.locator("#participation-summary")).containsText("0 of " + b.voters() + " invited took part (0 %)");
        assertThat(page.locator("#missing-voices")).containsText("none took part");
        assertThat(page.locator("#participation-report")).containsText("People invited");
    }

    @Test
    void aDelegateDoesNotSeeTheReport() {
        signInAs("delegate");
        page.navigate(url("/drafts/" + draft + "/comments"));
        assertThat(page.locator("#comment-grid")).isVisible();
        assertThat(page.locator("#participation-button")).hasCount(0);
    }
}
