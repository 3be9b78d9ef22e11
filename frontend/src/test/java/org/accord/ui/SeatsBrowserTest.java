package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.accord.membership.MembershipService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Seat quotas in a real browser: edit the plan with a live feasibility check, allocate, confirm, see compliance. */
class SeatsBrowserTest extends BrowserTest {

    @Autowired MembershipService membership;

    private UUID workingGroup(String code) {
        return SystemActor.call("test", () -> membership.workingGroups().stream().filter(w -> w.code().equals(code))
                .findFirst().orElseThrow().id());
    }

    private void tab(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void theSecretariatEditsThePlanAllocatesAndComplianceGoesGreen() {
        signInAs("secretariat");
        page.navigate(url("/seats/" + workingGroup("WG 2")));
        assertThat(page.locator("#compliance-status")).hasText("✗ Not compliant");

        tab("Seat plan");
        Locator feasibility = page.locator("#feasibility");
        assertThat(feasibility).hasAttribute("data-state", "feasible");
        // an impossible minimum: the live check says why and proposes the smallest change
        page.locator("#quota-min-0 input").fill("4");
        page.locator("#quota-min-0 input").press("Tab");
        assertThat(feasibility).hasAttribute("data-state", "invalid");
        assertThat(feasibility).containsText("one-to-one");
        page.locator("#quota-min-0 input").fill("2");
        page.locator("#quota-min-0 input").press("Tab");
        assertThat(feasibility).hasAttribute("data-state", "infeasible");
        assertThat(feasibility).containsText("Smallest change that would work: minimum for SME: change from 2 to 1");
        screenshot("seat-plan-infeasible");
        // a bad number is refused on the field itself
        page.locator("#quota-max-3 input").fill("two");
        page.locator("#quota-max-3 input").press("Tab");
        assertThat(feasibility).containsText("Correct the marked fields");
        page.locator("#quota-max-3 input").fill("1");
        page.locator("#quota-min-0 input").fill("1");
        page.locator("#seat-count input").fill("5");
        page.locator("#seat-count input").press("Tab");
        assertThat(feasibility).hasAttribute("data-state", "feasible");
        page.locator("#save-plan").click();
        assertThat(page.getByText("Seat plan saved")).isVisible();

        tab("Allocation");
        page.locator("#run-allocation").click();
        Locator result = page.locator("#allocation-result");
        assertThat(result).containsText("Allocation 1 (proposed)");
        assertThat(result).containsText("seated to meet the minimum for");
        assertThat(page.locator("#proposal-compliance-status")).hasText("✓ Compliant");
        screenshot("seat-allocation-proposal");
        page.locator("#confirm-allocation").click();
        assertThat(page.getByText("Roster confirmed")).isVisible();

        assertThat(page.locator("#compliance-status")).hasText("✓ Compliant");
        assertThat(page.getByText("Grace Wanjiru").first()).isVisible();
        screenshot("seat-roster-compliant");
    }

    @Test
    void aDelegateSeesTheRosterAndCanApply() {
        signInAs("delegate");
        page.navigate(url("/seats/" + workingGroup("WG 1")));
        assertThat(page.locator("#compliance-status")).hasText("✓ Compliant");
        assertThat(page.locator("#twinning-status")).containsText("Global Majority");
        tab("Apply");
        page.getByLabel("Country (ISO 3166 code, e.g. KE)").fill("ZZ");
        page.getByLabel("Statement").fill("I would bring a small-firm view.");
        Locator groups = page.getByLabel("Stakeholder groups you speak for");
        groups.fill("SME");
        // click the option: Enter may come before the filtered items have arrived
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("SME").setExact(true)).click();
        groups.press("Escape");
        groups.press("Tab");
        assertThat(page.locator("vaadin-multi-select-combo-box-chip").filter(
                new Locator.FilterOptions().setHasText("SME")).first()).isVisible();
        screenshot("seat-apply");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for a seat")).click();
        assertThat(page.getByText("Unknown ISO 3166 country code 'ZZ'").first()).isVisible();
        page.getByLabel("Country (ISO 3166 code, e.g. KE)").fill("GH");
        page.getByLabel("Country (ISO 3166 code, e.g. KE)").press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for a seat")).click();
        assertThat(page.getByText("Application saved")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    @Test
    void theSecretariatAppointsATwinnedCoConvenor() {
        signInAs("secretariat");
        page.navigate(url("/seats/" + workingGroup("WG 1")));
        page.locator("#appoint-co-convenor").click();
        Locator who = page.locator("#co-convenor-member input");
        who.fill("Grace");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Grace Wanjiru (Kenya)")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appoint").setExact(true)).click();
        assertThat(page.locator("#twinning-status")).containsText("co-convenor Grace Wanjiru, KE");
    }
}
