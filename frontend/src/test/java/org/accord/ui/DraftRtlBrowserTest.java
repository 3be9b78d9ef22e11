package org.accord.ui;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.accord.drafting.DraftingService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, the draft view in Arabic: beside the screenshot and box comparison of ParticipationAccessBrowserTest, the
 * things a reader notices: the drawer on the right, the interface's text aligned right, clause numbers at the start of
 * their headings and no horizontal scrolling.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 3)
class DraftRtlBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;

    @Test
    void inArabicTheDrawerIsOnTheRightTextIsRightAlignedNumbersLeadAndNothingScrollsSideways() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        UUID draftId = SystemActor.call("test", () -> drafting.drafts().stream()
                .filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id());
        signInWithBrowserLanguage("delegate", "ar");
        page.navigate(url("/drafts/" + draftId));
        assertThat(page.locator("article.document h2").first()).containsText("1");
        page.waitForTimeout(500); // let the drawer settle before measuring
        screenshot("draft-rtl-checks");

        // The drawer hugs the right edge of the window.
        BoundingBox drawer = page.locator("vaadin-side-nav").boundingBox();
        assertThat(drawer.x + drawer.width).as("drawer's right edge").isGreaterThan(1280 - 40);
        assertThat(drawer.x).as("drawer's left edge").isGreaterThan(1280 / 2.0);

        // The interface's own text (Arabic) runs right to left and ends at the right of its box.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('nav.outline h2, .draft-view label, .frozen-banner, .since-visit h2')].filter(e => e.offsetParent && e.textContent.trim())
                  .slice(0, 6).map(e => { const r = document.createRange(); r.selectNodeContents(e);
                    const t = r.getBoundingClientRect(), b = e.getBoundingClientRect(), s = getComputedStyle(e);
                    return {text: e.textContent.trim(), direction: s.direction, textRight: t.right, textLeft: t.left,
                            boxRight: b.right - parseFloat(s.paddingRight), boxLeft: b.left + parseFloat(s.paddingLeft)}; })""");
        assertThat(texts).isNotEmpty();
        for (Map<String, Object> t : texts) {
            double textRight = ((Number) t.get("textRight")).doubleValue(), boxRight = ((Number) t.get("boxRight")).doubleValue();
            double textLeft = ((Number) t.get("textLeft")).doubleValue(), boxLeft = ((Number) t.get("boxLeft")).doubleValue();
            assertThat(t.get("direction")).as("direction of " + t.get("text")).isEqualTo("rtl");
            assertThat(boxRight - textRight).as("gap at the right of " + t.get("text")).isLessThanOrEqualTo(8);
            assertThat(textLeft - boxLeft).as("the free space of " + t.get("text") + " is on the left").isGreaterThanOrEqualTo(boxRight - textRight);
        }

        // Each clause number stands at the start of its heading, in the heading's own direction (the draft is English).
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> headings = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('article.document .clause-heading')].slice(0, 12).map(h => {
                    const n = h.querySelector('.clause-number'); if (!n) return null;
                    const r = document.createRange(); r.selectNodeContents(h);
                    const nb = n.getBoundingClientRect(), hb = r.getBoundingClientRect();
                    return {text: h.textContent.trim(), direction: getComputedStyle(h).direction,
                            numberLeft: nb.left, numberRight: nb.right, left: hb.left, right: hb.right}; }).filter(x => x)""");
        assertThat(headings).hasSizeGreaterThan(3);
        for (Map<String, Object> h : headings) {
            boolean rtl = "rtl".equals(h.get("direction"));
            double start = ((Number) h.get(rtl ? "right" : "left")).doubleValue();
            double numberStart = ((Number) h.get(rtl ? "numberRight" : "numberLeft")).doubleValue();
            assertThat(Math.abs(start - numberStart)).as("number at the start of " + h.get("text")).isLessThan(2);
        }
        // The outline in Arabic: each entry starts at the right.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('nav.outline li > a')].slice(0, 5).map(a => {
                    const b = a.querySelector('bdi').getBoundingClientRect(), l = a.getBoundingClientRect();
                    return {text: a.textContent.trim(), gap: l.right - b.right}; })""");
        assertThat(entries).isNotEmpty();
        entries.forEach(e -> assertThat(((Number) e.get("gap")).doubleValue()).as("outline entry " + e.get("text")).isLessThan(4));

        // No horizontal scroll: not the page, not the draft view.
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat(page.evaluate("() => [...document.querySelectorAll('.draft-view, article.document, vaadin-app-layout')]"
                + ".every(e => e.scrollWidth <= e.clientWidth + 1)")).isEqualTo(true);
    }
}
