package org.accord.ui;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.accord.drafting.DraftingService;
import org.accord.publishing.PublicationSummary;
import org.accord.publishing.PublishingService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing in a real browser: the secretariat publishes WD 1 of the demo draft by override (no ballot passed on
 * it) and watches the files being generated; then an anonymous reader opens the catalogue, reads clause 6.2, follows
 * its crosswalk link and downloads the NISO STS file.
 */
class PublishingBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired PublishingService publishing;

    private Optional<PublicationSummary> published(UUID draft) {
        return SystemActor.call("test", () -> publishing.allPublications().stream()
                .filter(p -> p.draftId().equals(draft) && p.versionLabel().equals("WD 1") && p.status().equals("published"))
                .findFirst());
    }

    @Test
    void theSecretariatPublishesAndAnAnonymousReaderReadsFollowsTheCrosswalkAndDownloads() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        UUID draft = SystemActor.call("test", () -> drafting.drafts().stream()
                .filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id());
        if (published(draft).isEmpty()) {
            signInAs("secretariat");
            page.navigate(url("/publications"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish a version…")).click();
            page.locator("#publish-draft").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("ACC WD 42101")).click();
            page.locator("#publish-version").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("WD 1").setExact(true)).click();
            assertThat(page.locator("#publish-ballot")).containsText("No closed approval ballot on WD 1");
            page.locator("#publish-rationale textarea").fill("Demonstration edition: published by the secretariat for the public preview.");
            page.locator("#publish-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish").setExact(true)).click();
            assertThat(page.locator("#publications")).containsText("ACC WD 42101:ed-1");
            assertThat(page.locator("#publications")).containsText("published");
            screenshot("publications");
            closeContext();
            openContext();
        }
        UUID id = published(draft).orElseThrow().id();
        String clause62 = SystemActor.call("test", () -> drafting.clauseNumbers(draft)).entrySet().stream()
                .filter(e -> e.getValue().equals("6.2")).findFirst().orElseThrow().getKey().toString();

        page.navigate(url("/standards"));
        assertThat(page.locator("h1")).hasText("Published standards");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ACC WD 42101:ed-1")).click();
        Locator section = page.locator("#c-" + clause62);
        assertThat(section.locator("h3").first()).containsText("6.2");
        assertThat(page.locator(".publication-info")).containsText("Published by override");
        assertThat(page.locator(".publication-info")).containsText("urn:accord:std:acc-wd-42101:ed-1:en");
        screenshot("reader");
        section.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Crosswalk of clause 6.2")).first().click();
        assertThat(page.locator("#x-" + clause62)).containsText("EU AI Act");
        page.goBack();
        Download download = page.waitForDownload(() -> page.locator("#file-sts").click());
        String sts = Files.readString(download.path());
        assertThat(sts).contains("<standard").contains("id=\"c-" + clause62 + "\"");
        assertThat(download.suggestedFilename()).isEqualTo("acc-wd-42101-ed1.sts.xml");
    }
}
