package org.accord.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.ui.DraftingBrowserTest.block;
import static org.accord.ui.DraftingBrowserTest.openDraft;

/** The bell, the notification centre and the settings page in real browsers. */
class NotificationsBrowserTest extends BrowserTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path SCREENS = Path.of(System.getProperty("accord.screens", "target/screenshots"));

    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        // A shared, loaded build machine can take longer than Playwright's 5 s to render a view or push a change.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void aDispositionOnMyCommentRingsTheBellLiveAndTheCentreOpensTheComment() {
        // The delegate's comment on 4.3, filed through the API.
        String draft = StreamSupport.stream(json("/api/v1/drafts", "delegate").spliterator(), false)
                .filter(d -> d.get("reference").asString().equals("ACC WD 42101")).findFirst().orElseThrow().get("id").asString();
        JsonNode clause = find(json("/api/v1/drafts/" + draft + "/clauses", "delegate"), "4.3");
        String justification = "Say who decides what is proportionate. " + System.nanoTime();
        HttpResponse<String> filed = api("POST", "/api/v1/drafts/" + draft + "/comments", "delegate", JSON.writeValueAsString(Map.of(
                "clauseId", clause.get("id").asString(), "type", "GE", "justification", justification,
                "quote", "shall be proportionate to the severity", "submit", true)));
        org.assertj.core.api.Assertions.assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

        signInAs("delegate");
        Locator bell = page.locator("#notification-bell");
        assertThat(bell).hasAttribute("data-unread", Pattern.compile("\\d+"));
        int before = Integer.parseInt(bell.getAttribute("data-unread"));
        assertThat(bell).hasAttribute("aria-label", "Notifications, " + before + " unread");

        // Another browser: the editor notes the comment.
        long saved;
        BrowserContext editorContext = browser.newContext();
        try {
            Page editor = editorContext.newPage();
            openDraft(this, editor, "editor");
            block(editor, "4.3 Proportionality").locator("button.comments-clause").click();
            Locator card = editor.locator(".comment-card").filter(new Locator.FilterOptions().setHasText(justification));
            card.locator("[id^=resolve-]").click();
            editor.locator("#resolution").click();
            editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Noted").setExact(true)).click();
            saved = System.nanoTime();
            editor.locator("#save-resolution").click();
            assertThat(editor.locator(".comment-card").filter(new Locator.FilterOptions().setHasText(justification)))
                    .containsText("Noted");
        } finally {
            editorContext.close();
        }

        // The delegate's page was not reloaded: the count rises by push.
        assertThat(bell).hasAttribute("data-unread", Integer.toString(before + 1));
        System.out.printf("[notifications] bell rose %d ms after Save was clicked in the other browser%n",
                (System.nanoTime() - saved) / 1_000_000);
        assertThat(bell).hasAttribute("aria-label", "Notifications, " + (before + 1) + " unread");
        assertThat(page.locator("#notification-count")).hasText(Integer.toString(before + 1));

        bell.click();
        Locator first = page.locator("#notification-list .notification-item").first();
        assertThat(first).hasAttribute("data-topic", "COMMENT_DISPOSED");
        assertThat(first).hasClass(Pattern.compile("\\bunread\\b"));
        assertThat(first).containsText("noted");
        assertThat(first).containsText("Unread");
        shoot("notifications-bell-centre");
        org.assertj.core.api.Assertions.assertThat(seriousAxeViolations()).as("open centre").isEmpty();

        first.locator(".notification-open").click();
        assertThat(page).hasURL(Pattern.compile("/drafts/" + draft + "/clauses/" + clause.get("id").asString()));
        assertThat(bell).hasAttribute("data-unread", Integer.toString(before));
    }

    @Test
    void settingsSaveAChangeRefuseABadAddressShowMandatoryTopicsLockedAndPassAxe() {
        // The secretariat makes ballot openings mandatory for WG 1.
        signInAs("secretariat");
        page.navigate(url("/admin/notifications"));
        page.locator("#mandatory-scope").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("WG 1").setExact(false)).first().click();
        page.locator("#add-mandatory").click();
        assertThat(page.locator("#mandatory-grid")).containsText("A ballot I vote in opens");
        page.context().clearCookies();

        // An MTA reports a bounce of the delegate's mail; an admin sees it in the users view.
        HttpResponse<String> bounce = api("POST", "/api/v1/notifications/bounces", "secretariat",
                "{\"email\":\"delegate@example.org\",\"permanent\":true,\"reason\":\"550 5.1.1 user unknown\"}");
        org.assertj.core.api.Assertions.assertThat(bounce.statusCode()).as(bounce.body()).isBetween(200, 201);
        signInAs("admin");
        page.navigate(url("/admin/users"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show bounces of delegate").setExact(true)).click();
        assertThat(page.locator("#bounces-delegate")).containsText("550 5.1.1 user unknown (permanent)");
        page.context().clearCookies();

        signInAs("delegate");
        page.navigate(url("/settings/notifications"));
        Locator ballotOpened = page.locator("#mode-BALLOT_OPENED");
        assertThat(ballotOpened).hasAttribute("data-mandatory", "true");
        assertThat(ballotOpened).containsText("Required by the secretariat");
        assertThat(ballotOpened).hasAttribute("readonly", "");

        assertThat(page.locator("#email-bounces")).containsText("Your address delegate@example.org bounced on");
        assertThat(page.locator("#email-bounces")).containsText("550 5.1.1 user unknown (permanent)");

        // A change is saved and still there after a reload.
        page.locator("#mode-COMMENT_REPLY").getByText("Off", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#digest-rhythm").getByText("Weekly", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator(".save-notification-settings").first().click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Notification settings saved");
        page.reload();
        assertThat(page.locator("#mode-COMMENT_REPLY vaadin-radio-button[checked]")).containsText("Off");
        assertThat(page.locator("#digest-rhythm vaadin-radio-button[checked]")).containsText("Weekly");
        assertThat(page.locator("#time-zone input")).not().hasValue("");

        // A bad address is refused at entry and on save; the stored one stays.
        Locator email = page.locator("#notification-email input");
        String stored = email.inputValue();
        email.fill("someone at example");
        email.press("Tab");
        assertThat(page.locator("#notification-email")).hasAttribute("invalid", "");
        assertThat(page.locator("#notification-email")).containsText("Enter one address such as name@example.org.");
        page.locator("#save-email").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("is not a valid email address");
        page.reload();
        assertThat(page.locator("#notification-email input")).hasValue(stored);
        shoot("notification-settings");

        org.assertj.core.api.Assertions.assertThat(seriousAxeViolations()).isEmpty();
    }

    @Test
    void inArabicTheCentreSpeaksArabicRightToLeftAndTheSettingsPassAxe() {
        signInWithBrowserLanguage("delegate2", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Locator bell = page.locator("#notification-bell");
        assertThat(bell).hasAttribute("aria-label", Pattern.compile("^الإشعارات، \\d+ غير مقروءة$"));
        bell.focus();
        page.keyboard().press("Enter"); // the keyboard opens it too
        Locator list = page.locator("#notification-list");
        assertThat(list).containsText("فترة تعليقات مفتوحة"); // rendered by the backend in the page's language
        Object direction = list.evaluate("el => getComputedStyle(el).direction");
        org.assertj.core.api.Assertions.assertThat(direction).isEqualTo("rtl");
        shoot("notifications-centre-ar");

        page.navigate(url("/settings/notifications"));
        assertThat(page.locator("#mode-COMMENT_DISPOSED")).containsText("بريد فوري");
        shoot("notification-settings-ar");
        org.assertj.core.api.Assertions.assertThat(seriousAxeViolations()).isEmpty();
    }

    /** The clause numbered {@code number} in a clause tree. */
    private static JsonNode find(JsonNode clauses, String number) {
        for (JsonNode c : clauses) {
            if (number.equals(c.get("number").asString())) {
                return c;
            }
            JsonNode inside = c.has("children") ? find(c.get("children"), number) : null;
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private JsonNode json(String path, String user) {
        HttpResponse<String> r = api("GET", path, user, null);
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The usual screenshot, and a full-page copy where the release note picks it up ({@code -Daccord.screens}). */
    private void shoot(String name) {
        screenshot(name);
        try {
            Files.createDirectories(SCREENS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
