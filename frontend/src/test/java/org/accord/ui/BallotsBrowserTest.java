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
 * A ballot round in a real browser: a seated member disapproves with a technical comment written on the spot, changes
 * to approve (the last vote counts), and the secretariat closes the round and sees the result.
 */
class BallotsBrowserTest extends BrowserTest {

    @Autowired BallotService ballots;
    @Autowired MembershipService membership;
    @Autowired DraftingService drafting;

    UUID wg;
    BallotSummary ballot;

    @BeforeEach
    void openRound() {
        // generous: the whole app and Chromium share the machine with other builds
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String title = "DIS ballot on WD 1 (" + UUID.randomUUID().toString().substring(0, 6) + ")";
        ballot = SystemActor.call("test", () -> {
            wg = membership.workingGroups().stream().filter(w -> w.code().equals("WG 1")).findFirst().orElseThrow().id();
            UUID draft = drafting.drafts().stream().filter(d -> d.reference().equals("ACC WD 42101")).findFirst()
                    .orElseThrow().id();
            return ballots.open(new NewBallot(wg, draft, "WD 1", null, title, RuleSpec.Preset.ISO_DIS, null, null, null,
                    null, false, null, Instant.now().plus(Duration.ofDays(7))));
        });
    }

    private String ballotPath() {
        return "/ballots/" + wg + "/" + ballot.id();
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void choose(String position) {
        page.locator("#vote-position").getByText(position, new Locator.GetByTextOptions().setExact(true)).click();
    }

    private void switchUser(String username) {
        closeContext();
        openContext();
        signInAs(username);
    }

    @Test
    void aMemberDisapprovesWithReasonsThenApprovesAndTheSecretariatClosesTheRound() {
        signInAs("ngo");
        page.navigate(url("/ballots/" + wg));
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ballot " + ballot.number() + ": " + ballot.title()).setExact(true));
        assertThat(link).isVisible();
        assertThat(page.locator("#ballot-list")).containsText("WD 1 of ACC WD 42101");
        link.click();

        assertThat(page.locator("#vote-position")).isVisible();
        choose("Disapprove");
        assertThat(page.locator("#vote-reasons")).containsText("disapprove without reasons");
        Locator clause = page.locator("#te-clause input");
        clause.fill("1 Scope");
        // pick the option once the filtered list has arrived (the clause list is filtered on the server)
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("1 Scope").setExact(true)).click();
        assertThat(clause).hasValue("1 Scope");
        page.locator("#te-justification textarea").fill("The scope omits AI systems used by public authorities.");
        page.locator("#te-justification textarea").press("Tab");
        page.locator("#te-proposed textarea").fill("Add: including AI systems used by public authorities.");
        page.locator("#te-proposed textarea").press("Tab");
        page.locator("#file-te-comment").click();
        Locator attached = page.locator("#vote-comments vaadin-checkbox[checked]");
        assertThat(attached).hasCount(1);
        assertThat(attached).containsText("The scope omits AI systems");
        page.locator("#cast-vote").click();
        Locator receipt = page.locator("#vote-receipt");
        assertThat(receipt).containsText("Vote recorded: Disapprove (with technical reasons)");
        assertThat(receipt).containsText("Log position: 1");
        assertThat(page.locator("#ballot-turnout")).containsText("1 of");
        String position = receipt.locator(".hash").nth(0).textContent().strip();
        String hash = receipt.locator(".hash").nth(1).textContent().strip();
        screenshot("ballot-receipt-disapprove");

        choose("Approve");
        page.locator("#cast-vote").click();
        assertThat(receipt).containsText("Vote recorded: Approve");
        assertThat(page.locator("#vote-intro")).containsText("Your current vote: Approve");
        assertThat(page.locator("#my-receipts")).containsText("the last vote counts");
        assertThat(page.locator("#my-receipts tbody tr")).hasCount(2);
        screenshot("ballot-receipt-changed");

        switchUser("secretariat");
        page.navigate(url("/ballots/" + wg));
        assertThat(page.locator("#ballot-list")).containsText(ballot.title());
        page.navigate(url(ballotPath()));
        button("Close ballot now");
        button("Close ballot");
        Locator outcome = page.locator("#ballot-outcome");
        assertThat(outcome).hasText("✓ Approved");
        Locator criteria = page.locator("#ballot-criteria");
        assertThat(criteria).containsText("at least two thirds of the votes cast by P-members are approve");
        assertThat(criteria).containsText("not more than one quarter of all votes cast are negative");
        assertThat(criteria.locator("tbody tr")).hasCount(2);
        assertThat(page.locator("#ballot-chart")).containsText("Approve");
        assertThat(page.locator("#download-export")).isVisible();
        screenshot("ballot-result");
        page.locator("#download-export").scrollIntoViewIfNeeded();
        screenshot("ballot-result-verify");
        // the approved DIS ballot moves the draft on; put the shared seed draft back for the other tests
        String stageBefore = SystemActor.call("test", () -> drafting.draft(ballot.draftId()).stageCode());
        page.locator("#feed-draft").click();
        assertThat(page.getByText("The draft moved to stage 40.99")).isVisible();
        SystemActor.run("test", () -> drafting.changeStage(ballot.draftId(), stageBefore, "restored after the ballot test"));

        // the first receipt of the changed vote is still in the published log, unchanged
        page.locator("#check-position input").fill(position);
        page.locator("#check-position input").press("Tab");
        page.locator("#check-hash input").fill(hash);
        page.locator("#check-hash input").press("Tab");
        page.locator("#check-receipt").click();
        assertThat(page.locator("#receipt-check")).hasText("✓ In the log, unchanged");
        screenshot("ballot-receipt-check");
        page.locator("#check-hash input").fill((hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));
        page.locator("#check-hash input").press("Tab");
        page.locator("#check-receipt").click();
        assertThat(page.locator("#receipt-check")).containsText("✗ Not found");

        page.navigate(url("/ballots/" + wg));
        assertThat(page.locator("#ballot-list")).containsText("✓ Approved");
        screenshot("ballot-list");
    }

    @Test
    void theSecretariatOpensARoundOnAMotionAndSeesEveryProblemFirst() {
        signInAs("secretariat");
        page.navigate(url("/ballots/" + wg));
        page.locator("#open-ballot").click();
        page.locator("#open-ballot-dialog").getByText("A motion", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#ballot-quotas input").fill("group:SME=two");
        page.locator("#ballot-quotas input").press("Tab");
        page.locator("#confirm-open-ballot").click();
        assertThat(page.locator("#ballot-quotas")).containsText("'two' in 'group:SME=two' is not a whole number");
        page.locator("#ballot-quotas input").fill("group:SME=1");
        page.locator("#ballot-quotas input").press("Tab");
        page.locator("#confirm-open-ballot").click();
        Locator errors = page.locator("#open-ballot-errors");
        assertThat(errors).containsText("A ballot needs a title");
        assertThat(errors).containsText("Give either a draft and its frozen version, or the text of the motion");
        screenshot("ballot-open-errors");
        page.locator("#ballot-title input").fill("Motion to adopt the work programme");
        page.locator("#ballot-title input").press("Tab");
        page.locator("#ballot-motion textarea").fill("The working group adopts the 2027 work programme.");
        page.locator("#ballot-motion textarea").press("Tab");
        page.locator("#confirm-open-ballot").click();
        assertThat(page.locator("h1")).containsText("Motion to adopt the work programme");
        assertThat(page.locator("#ballot-status")).hasText("Open for voting");
        page.locator("#extend-ballot").click();
        button("Set new close");
        assertThat(page.getByText("now closes at").first()).isVisible();
    }

    @Test
    void theBallotPaperAndTheResultPassAxe() {
        signInAs("ngo");
        page.navigate(url(ballotPath()));
        choose("Disapprove");
        page.locator("#te-justification").waitFor();
        String paper = seriousAxeViolations();
        SystemActor.run("test", () -> ballots.close(ballot.id()));
        switchUser("secretariat");
        page.navigate(url(ballotPath()));
        page.locator("#ballot-outcome").waitFor();
        String result = seriousAxeViolations();
        page.navigate(url("/ballots/" + wg));
        page.locator("#ballot-list").waitFor();
        String list = seriousAxeViolations();
        org.assertj.core.api.Assertions.assertThat(String.join("\n", "paper:", paper, "result:", result, "list:", list))
                .isEqualTo("paper:\n\nresult:\n\nlist:\n");
    }

}
