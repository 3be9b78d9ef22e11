package org.accord.ui;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.accord.commenting.CommentingService;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The light path for slow connections, end to end: signed out, no JavaScript, a person asks for a draft, signs in on the
 * light form, reads, files a comment, and the comment is in the full version's comment table; in English and Arabic.
 * A throttled visit to the full version's draft page lands on the light one; the "full version" choice sticks.
 */
class LightPathBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired CommentingService commenting;

    UUID draftId;

    /** Vaadin's page under throttling needs more than the assertions' default 5 s. */
    static final com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions SLOW =
            new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000);

    @BeforeEach
    void openCommentPeriod() {
        draftId = CommentingBrowserTest.openCommentPeriodOnTheDemoDraft(drafting, versions, commenting);
    }

    /** A fresh context without JavaScript whose browser asks for {@code locale}. */
    private void noScript(String locale) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale(locale)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    private Locator clause(String heading) {
        return page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.locator("h3", new Page.LocatorOptions().setHasText(heading))));
    }

    @Test
    void wholeLightPathWithoutJavaScriptInEnglish() {
        noScript("en-GB");
        page.navigate(url("/lite/drafts/" + draftId));
        assertThat(page).hasURL(Pattern.compile("/lite/sign-in$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("script")).hasCount(0);
        // a wrong password comes back to the light form with the message, not to Vaadin's page
        page.getByLabel("Username").fill("delegate");
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page).hasURL(Pattern.compile("/lite/sign-in\\?error$"));
        assertThat(page.locator("[role=alert]")).containsText("The user name or password is not right");

        page.getByLabel("Username").fill("delegate");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page).hasURL(Pattern.compile("/lite/drafts/" + draftId));
        assertThat(page.locator("h1")).containsText("ACC WD 42101");
        assertThat(page.locator("script")).hasCount(0);
        assertThat(page.locator(".period")).containsText("UTC");

        Locator section = clause("9.3 Record-keeping");
        section.locator("summary").click();
        assertThat(section.locator("fieldset")).containsText("editorial");
        assertThat(section.locator("select[name=language]")).hasValue("en");
        section.getByLabel("editorial").check();
        String words = "Light path " + UUID.randomUUID().toString().substring(0, 8);
        section.locator("textarea[name=proposedChange]").fill(words);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("File comment")).click();
        assertThat(page.locator(".ok")).containsText("filed");

        // the person's drafts, then sign-out, all light
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My drafts")).click();
        assertThat(page.locator("main")).containsText("ACC WD 42101");
        assertThat(page.locator("main .period").first()).containsText("UTC");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/lite/sign-in\\?signed-out$"));

        assertInCommentTable(words, "delegate");
    }

    @Test
    void wholeLightPathWithoutJavaScriptInArabic() {
        noScript("ar");
        page.navigate(url("/lite/drafts/" + draftId));
        assertThat(page).hasURL(Pattern.compile("/lite/sign-in$"));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.locator("input[name=username]").fill("delegate2");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form[action='/login'] button").click();
        assertThat(page).hasURL(Pattern.compile("/lite/drafts/" + draftId));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        // the draft's words keep their own language and direction inside the Arabic page
        assertThat(page.locator("section h3").first()).hasAttribute("lang", "en");
        assertThat(page.locator("section h3").first()).hasAttribute("dir", "ltr");

        Locator section = clause("9.3 Record-keeping");
        section.locator("summary").click();
        assertThat(section.locator("fieldset")).containsText("تحريري");
        assertThat(page.locator("script")).hasCount(0);
        section.locator("select[name=language]").selectOption("ar");
        String words = "مسار خفيف " + UUID.randomUUID().toString().substring(0, 8);
        section.locator("textarea[name=proposedChange]").fill(words);
        section.locator("input[value=ed]").check();
        section.locator("button[type=submit]").click();
        assertThat(page.locator(".ok")).isVisible();

        assertInCommentTable(words, "delegate2");
    }

    @Test
    void repeatedFailuresShowTheLockOnTheLightForm() {
        noScript("fr");
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8); // locked the same, existing or not
        page.navigate(url("/lite/sign-in"));
        for (int i = 0; i < 7; i++) {
            page.locator("input[name=username]").fill(name);
            page.locator("input[name=password]").fill("wrong-password-" + i);
            page.locator("form[action='/login'] button").click();
            assertThat(page).hasURL(Pattern.compile("/lite/sign-in\\?error$"));
        }
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("[role=alert]")).containsText("Trop de tentatives");
    }

    @Test
    void lightFormRefusesAMissingTypeInThePersonsLanguage() {
        noScript("ar");
        page.navigate(url("/lite/sign-in"));
        page.locator("input[name=username]").fill("delegate2");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form[action='/login'] button").click();
        assertThat(page).hasURL(Pattern.compile("/lite$"));
        String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
        UUID clauseId = UUID.fromString(page.request().get(url("/lite/drafts/" + draftId)).text()
                .replaceAll("(?s).*?<section id=\"c-([0-9a-f-]{36})\".*", "$1"));
        APIResponse r = page.request().post(url("/lite/drafts/" + draftId + "/clauses/" + clauseId + "/comments"),
                RequestOptions.create().setMaxRedirects(0).setHeader("Accept-Language", "ar")
                        .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", csrf).set("justification", "بلا نوع")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("اختر نوع التعليق").contains("dir=\"rtl\"");
        APIResponse lang = page.request().post(url("/lite/drafts/" + draftId + "/clauses/" + clauseId + "/comments"),
                RequestOptions.create().setMaxRedirects(0).setHeader("Accept-Language", "ar")
                        .setForm(com.microsoft.playwright.options.FormData.create()
                                .set("_csrf", csrf).set("type", "ed").set("proposedChange", "x").set("language", "xx")));
        assertThat(lang.status()).isEqualTo(400);
        assertThat(lang.text()).contains("اختر لغة التعليق");
    }

    private void assertInCommentTable(String words, String user) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        signInAs(user);
        page.navigate(url("/drafts/" + draftId + "/comments"));
        assertThat(page.getByText(words).first()).isVisible();
    }

    /** DevTools' network throttling on this page; Chromium then reports the matching navigator.connection.effectiveType. */
    private void throttle(int latencyMs, int bytesPerSecond) {
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", latencyMs);
        conditions.addProperty("downloadThroughput", bytesPerSecond);
        conditions.addProperty("uploadThroughput", bytesPerSecond);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    private String signedInState() {
        noScript("en-GB");
        page.navigate(url("/lite/sign-in"));
        page.locator("input[name=username]").fill("delegate");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form[action='/login'] button").click();
        assertThat(page).hasURL(Pattern.compile("/lite$"));
        String state = context.storageState();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setStorageState(state).setViewportSize(1280, 900));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
        return state;
    }

    @Test
    void slow3gVisitToTheDraftLandsInTheLightReaderAndAFastOneStays() {
        signedInState();
        throttle(2000, 50_000); // DevTools' Slow 3G: effectiveType "2g"
        page.navigate(url("/drafts/" + draftId), new Page.NavigateOptions().setTimeout(60_000)
                .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
        page.waitForURL(Pattern.compile("/lite/drafts/" + draftId), new Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(page.locator("h1")).containsText("ACC WD 42101");

        Page fast = context.newPage();
        fast.navigate(url("/drafts/" + draftId));
        assertThat(fast.locator("article.document h2").first()).isVisible();
        assertThat(fast).hasURL(Pattern.compile("/drafts/" + draftId + "$"));
    }

    @Test
    void theFullVersionChoiceSticksAndTheLightChoiceIsHonouredBeforeVaadin() {
        signedInState();
        // 400 ms round trips read as "3g": slow enough to be sent to the light page, fast enough to load Vaadin here
        throttle(400, 2_000_000);
        page.navigate(url("/drafts/" + draftId));
        page.waitForURL(Pattern.compile("/lite/drafts/" + draftId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the full view")).click();
        page.waitForURL(Pattern.compile("/drafts/" + draftId + "$"));
        assertThat(page.locator("article.document h2").first()).isVisible(SLOW);
        page.navigate(url("/drafts/" + draftId));
        assertThat(page.locator("article.document h2").first()).isVisible(SLOW);
        assertThat(page).hasURL(Pattern.compile("/drafts/" + draftId + "$"));
        assertThat(context.cookies().stream().filter(c -> c.name.equals("accord-view")).findFirst().orElseThrow().value)
                .isEqualTo("full");

        // "Light reader" on the Vaadin page remembers the light version: the server answers 302 before any Vaadin HTML
        page.locator("#lite-reader-link").click();
        page.waitForURL(Pattern.compile("/lite/drafts/" + draftId));
        for (String[] pair : new String[][]{{"/drafts/" + draftId, "/lite/drafts/" + draftId}, {"/", "/lite"},
                {"/login", "/lite/sign-in"}}) {
            APIResponse r = page.request().get(url(pair[0]), RequestOptions.create().setMaxRedirects(0));
            assertThat(r.status()).as(pair[0]).isEqualTo(302);
            assertThat(r.headers().get("location")).as(pair[0]).endsWith(pair[1]);
        }
    }

    /** axe-core needs to run its script in the page: the test context bypasses the light pages' no-script policy. */
    @Test
    void lightPagesHaveNoSeriousAccessibilityViolationsInEnglishAndArabic() {
        for (String locale : new String[]{"en-GB", "ar"}) {
            context.close();
            context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setBypassCSP(true)
                    .setViewportSize(1280, 900));
            context.setDefaultTimeout(30_000);
            page = context.newPage();
            page.navigate(url("/lite/sign-in?error"));
            assertThat(seriousAxeViolations()).as("light sign-in, " + locale).isEmpty();
            page.locator("input[name=username]").fill("delegate2");
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("form[action='/login'] button").click();
            assertThat(page).hasURL(Pattern.compile("/lite$"));
            assertThat(seriousAxeViolations()).as("my drafts, " + locale).isEmpty();
            page.navigate(url("/lite/drafts/" + draftId));
            page.locator("section summary").first().click();
            assertThat(seriousAxeViolations()).as("light draft, " + locale).isEmpty();
        }
    }

    @Test
    void lightPagesStaySmall() {
        noScript("en-GB");
        APIResponse signIn = page.request().get(url("/lite/sign-in"));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.headers().get("content-security-policy")).contains("default-src 'none'").doesNotContain("script-src");
        int signInBytes = signIn.body().length;
        page.navigate(url("/lite/sign-in"));
        page.locator("input[name=username]").fill("delegate");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form[action='/login'] button").click();
        assertThat(page).hasURL(Pattern.compile("/lite$"));
        APIResponse draft = page.request().get(url("/lite/drafts/" + draftId));
        int draftBytes = draft.body().length;
        APIResponse home = page.request().get(url("/lite"));
        int homeBytes = home.body().length;
        System.out.printf("light page sizes (uncompressed): sign-in %d B, my drafts %d B, seed draft %d B%n",
                signInBytes, homeBytes, draftBytes);
        assertThat(signInBytes).isLessThan(30 * 1024);
        assertThat(homeBytes).isLessThan(30 * 1024);
        assertThat(draftBytes).isLessThan(300 * 1024);
        assertThat(new String(draft.body(), StandardCharsets.UTF_8)).doesNotContain("<script");
    }
}
