package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.accord.crosswalk.MappingService;
import org.accord.crosswalk.MappingView;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.drafting.VersionSummary;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.ui.KeyboardOnly.choose;
import static org.accord.ui.KeyboardOnly.tabTo;

/**
 * Issue 11, keyboard-only use of the two workflows not covered by ParticipationAccessBrowserTest: an editor maps a clause
 * to a provision (crosswalk) and the secretariat publishes a consensus version. After the first navigation nothing is
 * clicked: Tab, Shift+Tab, Enter, Space and the arrows only.
 */
// After the classes sharing the context that count on the demo content (it maps 5.1 and publishes WG 2's draft).
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 3)
class KeyboardWalkthroughBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired MappingService mappings;

    UUID draftId;

    @BeforeEach
    void findDraft() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        draftId = SystemActor.call("test", () -> drafting.drafts().stream()
                .filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id());
    }

    /** Leave 5.1 unmapped, as the seed has it and CrosswalkBrowserTest expects. */
    @AfterEach
    void removeMapping() {
        SystemActor.run("test", () -> {
            for (MappingView m : mappings.mappings(draftId)) {
                if (m.clause().number().equals("5.1")) {
                    mappings.delete(draftId, m.id());
                }
            }
        });
    }

    private void keyboardSignIn(String user) {
        KeyboardOnly.signIn(page, url("/login"), user, PASSWORD);
    }

    @Test
    void anEditorMapsAClauseToAProvisionWithTheKeyboardAlone() {
        keyboardSignIn("editor");
        page.navigate(url("/drafts/" + draftId));
        Locator open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Crosswalk of 5.1 Understanding the organisation and its context").setExact(true));
        open.waitFor();
        tabTo(page, open);
        page.keyboard().press("Enter");
        Locator panel = page.locator("#crosswalk-panel");
        assertThat(panel).containsText("This clause is not mapped to any provision yet.");

        choose(page, page.locator("#mapping-instrument"), "EU · EU AI Act");
        tabTo(page, page.locator("#mapping-provision"));
        page.keyboard().type("Art. 9");
        page.waitForTimeout(500);
        Locator highlighted = page.locator("vaadin-combo-box-item[focused]");
        for (int i = 0; i < 20 && !(highlighted.count() > 0 && highlighted.first().textContent().startsWith("Art. 9 Risk management")); i++) {
            page.keyboard().press("ArrowDown");
            page.waitForTimeout(100);
        }
        assertThat(highlighted.first()).containsText("Art. 9 Risk management system");
        page.keyboard().press("Enter");
        choose(page, page.locator("#mapping-relationship"), "subset of");
        choose(page, page.locator("#mapping-rationale"), "semantic");
        tabTo(page, page.locator("#mapping-strength"));
        page.keyboard().type("6");
        tabTo(page, page.locator("#mapping-explanation"));
        page.keyboard().type("Keyboard-only mapping: the context informs the AI Act's risk management system.");
        // Shift+Tab works too: back out of the explanation, then Tab returns to it.
        page.keyboard().press("Shift+Tab");
        org.assertj.core.api.Assertions.assertThat(KeyboardOnly.focusIsIn(page.locator("#mapping-explanation"))).as("Shift+Tab leaves the explanation").isFalse();
        page.keyboard().press("Tab");
        org.assertj.core.api.Assertions.assertThat(KeyboardOnly.focusIsIn(page.locator("#mapping-explanation"))).as("Tab comes back to it").isTrue();
        tabTo(page, panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save mapping").setExact(true)));
        page.keyboard().press("Enter");

        Locator card = page.locator(".mapping-card[data-mapping='EU AI Act Art. 9']");
        assertThat(card).containsText("subset of");
        assertThat(card).containsText("semantic rationale · strength 6 · human · draft");
        tabTo(page, panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(open).hasText("Crosswalk (1)");
    }

    @Test
    void theSecretariatPublishesAConsensusVersionWithTheKeyboardAlone() {
        // WG 2's draft, frozen under a label of its own, so the demo draft's publication (PublishingBrowserTest) is untouched.
        String[] draft = SystemActor.call("test", () -> {
            var d = drafting.drafts().stream().filter(x -> x.reference().equals("ACC WD 42102")).findFirst().orElseThrow();
            List<String> labels = versions.versions(d.id()).stream().map(VersionSummary::label).toList();
            String label = java.util.stream.IntStream.rangeClosed(2, 99).mapToObj(n -> "CD " + n)
                    .filter(l -> !labels.contains(l)).findFirst().orElseThrow();
            versions.freeze(d.id(), label, "consensus version for publication");
            return new String[] {d.reference(), label};
        });
        keyboardSignIn("secretariat");
        page.navigate(url("/publications"));
        Locator publish = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish a version…"));
        publish.waitFor();
        tabTo(page, publish);
        page.keyboard().press("Enter");
        choose(page, page.locator("#publish-draft"), draft[0]);
        choose(page, page.locator("#publish-version"), draft[1]);
        assertThat(page.locator("#publish-ballot")).containsText("No closed approval ballot on " + draft[1]);
        tabTo(page, page.locator("#publish-rationale"));
        page.keyboard().type("Consensus reached in the plenary; published by the secretariat without a ballot.");
        tabTo(page, page.locator("#publish-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").first()).containsText(draft[0] + ":ed-");
        assertThat(page.locator("#publications")).containsText(draft[0] + ":ed-");
    }
}
