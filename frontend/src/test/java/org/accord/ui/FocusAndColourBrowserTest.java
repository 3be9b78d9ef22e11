package org.accord.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.accord.drafting.DraftingService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.ui.KeyboardOnly.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: visible focus (WCAG 2.4.7, 2.4.11, 1.4.11) on a clause, a button and a grid cell, read from the computed
 * style; and crosswalk relationships told apart without colour (symbol and words) and by luminance, with the redline's
 * underline and strike-through kept.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 3)
class FocusAndColourBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;

    UUID draftId;

    @BeforeEach
    void findDraft() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        draftId = SystemActor.call("test", () -> drafting.drafts().stream()
                .filter(d -> d.reference().equals("ACC WD 42101")).findFirst().orElseThrow().id());
    }

    // ---- colour arithmetic (WCAG 2.x relative luminance) ----

    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)");

    static double[] rgb(String css) {
        Matcher m = RGB.matcher(css);
        if (!m.find()) {
            throw new AssertionError("no colour in " + css);
        }
        double alpha = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
        // Composite over white, the page background.
        return new double[] {Double.parseDouble(m.group(1)) * alpha + 255 * (1 - alpha),
                Double.parseDouble(m.group(2)) * alpha + 255 * (1 - alpha), Double.parseDouble(m.group(3)) * alpha + 255 * (1 - alpha)};
    }

    static double luminance(String css) {
        double[] c = rgb(css);
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    static double contrast(String a, String b) {
        double x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    static final String WHITE = "rgb(255, 255, 255)";

    /** The focus ring of the focused element (through shadow roots): outline, or a box-shadow on it or its ::before. */
    private Map<String, Object> ring() {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.evaluate("""
                () => { let a = document.activeElement, host = null;
                        while (a && a.shadowRoot && a.shadowRoot.activeElement) { host = a; a = a.shadowRoot.activeElement; }
                        const s = getComputedStyle(a), b = getComputedStyle(a, '::before');
                        const h = host ? getComputedStyle(host) : s;
                        return {tag: a.tagName, host: host ? host.tagName : '', outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
                                hostOutline: h.outlineStyle + ' ' + h.outlineWidth + ' ' + h.outlineColor,
                                shadow: s.boxShadow, before: b.boxShadow, background: s.backgroundColor}; }""");
        return r;
    }

    /** A ring of at least 2px whose colour has 3:1 against white and against the element's own background. */
    private static void assertVisibleRing(Map<String, Object> ring, String what) {
        String[] candidates = {(String) ring.get("outline"), (String) ring.get("hostOutline"), (String) ring.get("shadow"), (String) ring.get("before")};
        boolean ok = false;
        for (String c : candidates) {
            if (c == null || c.startsWith("none") || c.equals("none") || !RGB.matcher(c).find()) {
                continue;
            }
            Matcher px = Pattern.compile("(\\d+(?:\\.\\d+)?)px").matcher(c.replaceAll("rgba?\\([^)]*\\)", ""));
            double widest = 0;
            while (px.find()) {
                widest = Math.max(widest, Double.parseDouble(px.group(1)));
            }
            String bg = (String) ring.get("background");
            String background = bg == null || bg.contains("rgba(0, 0, 0, 0)") ? WHITE : bg;
            if (widest >= 2 && contrast(c, WHITE) >= 3 && contrast(c, background) >= 3) {
                ok = true;
            }
        }
        assertThat(ok).as(what + " shows a ring of 2px or more at 3:1: " + ring).isTrue();
    }

    @Test
    void tabbingToAClauseAButtonAndAGridCellShowsAFocusRingWithEnoughContrast() {
        DraftingBrowserTest.openDraft(this, page, "delegate");
        String clause = SystemActor.call("test", () -> drafting.clauseNumbers(draftId)).entrySet().stream()
                .filter(e -> e.getValue().equals("6.2")).findFirst().orElseThrow().getKey().toString();

        // A clause, reached from the outline with Tab and Enter: the page moves focus to it (by script or fragment).
        Locator link = page.locator("nav.outline a[href='#c-" + clause + "']");
        tabTo(page, link);
        page.keyboard().press("Enter");
        assertThat(page.locator("#c-" + clause)).isFocused();
        assertVisibleRing(ring(), "clause reached from the outline");

        // The same clause focused by script alone (a link to the clause), the case that had only a faint background.
        page.navigate(url("/drafts/" + draftId + "/clauses/" + clause));
        assertThat(page.locator("#c-" + clause)).isFocused();
        assertVisibleRing(ring(), "clause focused by script");
        // WCAG 2.4.11: not hidden under the navbar.
        double navbarBottom = ((Number) page.evaluate("() => { const l = document.querySelector('vaadin-app-layout');"
                + " const n = l && l.shadowRoot.querySelector('[part=navbar]'); return n ? n.getBoundingClientRect().bottom : 0; }")).doubleValue();
        assertThat(page.locator("#c-" + clause).boundingBox().y).isGreaterThanOrEqualTo(navbarBottom - 1);

        // A Vaadin button.
        for (int i = 0; i < 200 && !"VAADIN-BUTTON".equals(page.evaluate("() => document.activeElement && document.activeElement.tagName")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("VAADIN-BUTTON");
        assertVisibleRing(ring(), "Vaadin button");

        // A plain button of a clause (Comment, Edit, Crosswalk).
        tabTo(page, page.locator("#c-" + clause + " button").first());
        assertVisibleRing(ring(), "clause button");

        // A cell of the comment grid.
        page.navigate(url("/drafts/" + draftId + "/comments"));
        Locator grid = page.locator("#comment-grid");
        grid.waitFor();
        tabTo(page, grid);
        Map<String, Object> cell = ring();
        assertThat((String) cell.get("tag")).isIn("TD", "TH", "TR");
        assertVisibleRing(cell, "grid cell");
    }

    @Test
    void crosswalkRelationshipsDifferBySymbolWordsAndLuminanceAndTheRedlineKeepsItsLines() {
        signInAs("editor");
        page.navigate(url("/crosswalk/" + draftId));
        Locator legend = page.locator(".matrix-legend .matrix-cell[class*='rel-']:not(.rel-none)");
        assertThat(legend).hasCount(5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) legend.evaluateAll("els => els.map(e => ({text: e.textContent.trim(),"
                + " colour: getComputedStyle(e).color, background: getComputedStyle(e).backgroundColor, border: getComputedStyle(e).borderTopStyle}))");
        var symbols = new HashSet<String>();
        var words = new HashSet<String>();
        for (Map<String, Object> item : items) {
            String text = (String) item.get("text");
            symbols.add(text.substring(0, text.indexOf(' ')));
            words.add(text.substring(text.indexOf(' ') + 1));
            assertThat(contrast((String) item.get("colour"), (String) item.get("background"))).as("text contrast of " + text).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(symbols).as("one symbol per relationship").hasSize(5);
        assertThat(words).as("one wording per relationship").hasSize(5);
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                assertThat(contrast((String) items.get(i).get("background"), (String) items.get(j).get("background")))
                        .as("luminance of " + items.get(i).get("text") + " against " + items.get(j).get("text"))
                        .isGreaterThanOrEqualTo(1.3);
            }
        }
        // equal and superset were nearly the same green: now far apart.
        Map<String, String> bg = new java.util.HashMap<>();
        items.forEach(item -> bg.put(((String) item.get("text")).substring(0, 1), (String) item.get("background")));
        assertThat(contrast(bg.get("="), bg.get("⊃"))).isGreaterThanOrEqualTo(3);

        String lines = "() => { const d = document.createElement('div'); d.className = 'redline';"
                + " d.innerHTML = '<ins>new</ins><del>old</del>'; document.body.appendChild(d);"
                + " const r = [getComputedStyle(d.querySelector('ins')).textDecorationLine, getComputedStyle(d.querySelector('del')).textDecorationLine];"
                + " d.remove(); return r.join(' '); }";
        assertThat(page.evaluate(lines)).isEqualTo("underline line-through");
        page.navigate(url("/standards"));
        assertThat(page.evaluate(lines)).as("the public reader's stylesheet").isEqualTo("underline line-through");
    }
}
