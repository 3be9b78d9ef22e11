package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.accord.crosswalk.MappingService;
import org.accord.crosswalk.MappingView;
import org.accord.drafting.DraftingService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The crosswalk in a real browser: an editor maps clause 5.1 to Art. 9 of the EU AI Act as subset of / semantic / 7
 * beside the clause text, sees the matrix cell change, and the EU gap report no longer lists 5.1 but lists the
 * clauses still unmapped.
 */
class CrosswalkBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired MappingService mappings;

    UUID draftId;

    @BeforeEach
    void findDraft() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        draftId = SystemActor.call("test", () -> drafting.drafts().stream()
                .filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id());
        removeTestMapping();
    }

    /** Other browser tests share the seeded database: leave 5.1 unmapped as the seed has it. */
    @AfterEach
    void removeTestMapping() {
        SystemActor.run("test", () -> {
            for (MappingView m : mappings.mappings(draftId)) {
                if (m.clause().number().equals("5.1")) {
                    mappings.delete(draftId, m.id());
                }
            }
        });
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void option(String name) {
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private Locator cell(String clause, String instrument) {
        return page.locator("[data-cell='" + clause + "|" + instrument + "']");
    }

    @Test
    void anEditorMapsAClauseAndTheMatrixAndGapReportFollow() {
        signInAs("editor");
        page.navigate(url("/crosswalk/" + draftId));
        assertThat(cell("4.1", "SG-MAIGF")).containsText("∩");
        assertThat(cell("5.1", "EU-AIA")).hasText("");

        page.navigate(url("/drafts/" + draftId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Crosswalk of 5.1 Understanding the organisation and its context")).click();
        Locator panel = page.locator("#crosswalk-panel");
        assertThat(panel).containsText("This clause is not mapped to any provision yet.");
        page.locator("#mapping-instrument").click();
        option("EU · EU AI Act");
        page.locator("#mapping-provision input").fill("Art. 9");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Art. 9 Risk management system")).click();
        page.locator("#mapping-relationship").click();
        option("subset of");
        page.locator("#mapping-rationale").click();
        option("semantic (same meaning)");
        page.locator("#mapping-strength input").fill("7");
        page.locator("#mapping-strength input").press("Tab");
        page.locator("#mapping-explanation textarea").fill("Understanding the context is one input to the AI Act's risk management system.");
        button("Save mapping");
        Locator card = page.locator(".mapping-card[data-mapping='EU AI Act Art. 9']");
        assertThat(card).containsText("subset of");
        assertThat(card).containsText("semantic rationale · strength 7 · human · draft");
        screenshot("crosswalk-panel");
        button("Close");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Crosswalk of 5.1 Understanding the organisation and its context"))).hasText("Crosswalk (1)");

        page.navigate(url("/crosswalk/" + draftId));
        assertThat(cell("5.1", "EU-AIA")).hasText("⊂ 7");
        assertThat(cell("5.1", "EU-AIA")).hasClass(java.util.regex.Pattern.compile("rel-subset-of"));
        screenshot("crosswalk-matrix");

        button("Gaps");
        page.locator("#gap-scope").click();
        option("EU · European Union");
        Locator unmapped = page.locator("#gap-unmapped");
        assertThat(unmapped).containsText("5.3 Determining the scope of the AI risk management process");
        assertThat(unmapped).not().containsText("5.1 Understanding");
        assertThat(page.locator("#gap-report")).containsText("European Union: of ");
        screenshot("crosswalk-gaps");
    }

    @Test
    void aDelegateReadsTheCrosswalkButCannotMap() {
        signInAs("delegate");
        page.navigate(url("/crosswalk/" + draftId));
        assertThat(cell("4.1", "SG-MAIGF")).containsText("∩");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import mappings…"))).hasCount(0);
        page.locator("[data-cell='4.1|SG-MAIGF']").click();
        assertThat(page.locator("#crosswalk-panel")).containsText("Area 1");
        assertThat(page.locator("#mapping-instrument")).hasCount(0);
    }
}
