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
    @Autowired org.accord.crosswalk.CrosswalkService crosswalk;
    @Autowired org.accord.search.SearchService search;

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
    void anEditorAcceptsASuggestionFromTheSearchIndex() {
        SystemActor.run("test", search::catchUp); // seeded provisions reach the index through the outbox
        signInAs("editor");
        page.navigate(url("/drafts/" + draftId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Crosswalk of 5.1 Understanding the organisation and its context")).click();
        button("Suggest provisions");
        Locator first = page.locator("#crosswalk-panel .suggestion").first();
        assertThat(first).containsText("score");
        String label = first.locator("span").first().textContent();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept as draft")).click();
        assertThat(page.locator("#crosswalk-panel .mapping-card").first()).containsText("automation · draft");
        assertThat(page.locator("#crosswalk-panel")).containsText(label.substring(label.indexOf(" · ") + 3));
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

    @Test
    void theSecretariatImportsProvisionsFromCsvAndBadFilesImportNothing() throws Exception {
        String code = "CSV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        SystemActor.run("test", () -> crosswalk.createInstrument(new org.accord.crosswalk.NewInstrument(code, "KE",
                org.accord.crosswalk.JurisdictionKind.COUNTRY, "Kenya", "Test data act " + code, code,
                org.accord.crosswalk.InstrumentType.LAW, org.accord.crosswalk.BindingNature.BINDING_LAW,
                org.accord.crosswalk.InstrumentStatus.PROPOSED, null, null, null, null, null, null, null, "en")));
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad", ".csv");
        java.nio.file.Files.writeString(bad, "Provision ID;Title;Body\ns1;Scope;\"Applies to; all\"\ns1;Again;Duplicate\n");
        java.nio.file.Path good = java.nio.file.Files.createTempFile("good", ".csv");
        java.nio.file.Files.writeString(good, "Provision ID;Parent;Title;Body\ns1;;Scope;\"Applies to providers;\nand deployers\"\n"
                + "s1-a;s1;Exclusions;Research\ns2;;Records;Keep logs\n");

        signInAs("secretariat");
        page.navigate(url("/crosswalk/" + draftId));
        button("Instruments");
        page.locator("#instruments").getByText(code, new Locator.GetByTextOptions().setExact(true)).click();
        button("Import provisions…");
        com.microsoft.playwright.FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("#provision-upload vaadin-button").first().click());
        chooser.setFiles(bad);
        assertThat(page.locator("#csv-preview")).containsText("Applies to; all");
        page.locator("#import-provisions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.locator("#import-status")).containsText("Nothing was imported");
        assertThat(page.locator("#import-problems")).containsText("line 3");

        chooser = page.waitForFileChooser(() -> page.locator("#provision-upload vaadin-button").first().click());
        chooser.setFiles(good);
        assertThat(page.locator("#column-identifier")).containsText("Provision ID");
        page.locator("#column-parent").click();
        option("Parent");
        page.locator("#import-provisions").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true)).click();
        assertThat(page.locator("#import-status")).containsText("Imported: 3 added, 0 updated, 0 unchanged.");
        screenshot("crosswalk-import");
        button("Close");
        assertThat(page.locator("#provisions")).containsText("Exclusions");
    }
}
