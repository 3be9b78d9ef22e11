package org.accord.hostile;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks that hostile text came out as text: parsed as a browser would parse the page, nothing was injected. */
public final class HostileAssertions {

    /** Elements the corpus tries to inject; a page that has one of them took a payload for markup. */
    private static final Set<String> INJECTED = Set.of("script", "iframe", "math", "mglyph", "object", "embed");

    private HostileAssertions() {
    }

    /**
     * Fails when the HTML holds an element or attribute the corpus injects: {@code <script>} (other than the
     * page's own, none here), {@code <img src=x>}, {@code <iframe>}, an {@code on…} handler, a
     * {@code javascript:} or {@code data:} link. {@code where} names the page in the failure.
     */
    public static void assertInert(String html, String where) {
        List<String> found = injected(html);
        if (!found.isEmpty()) {
            throw new AssertionError(where + " renders hostile text as markup: " + found);
        }
    }

    public static List<String> injected(String html) {
        Document doc = Jsoup.parse(html);
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (INJECTED.contains(tag) || tag.equals("img") && e.attr("src").equals("x")) {
                found.add("<" + tag + "> " + shorten(e.outerHtml()));
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(name + "= on <" + tag + ">");
                }
                if ((name.equals("href") || name.equals("src") || name.equals("srcdoc") || name.equals("action"))
                        && (value.startsWith("javascript:") || value.startsWith("data:") || name.equals("srcdoc"))) {
                    found.add(name + "=" + shorten(value) + " on <" + tag + ">");
                }
            }
        }
        if (doc.select("style").size() > 1) { // a page has at most its own stylesheet
            found.add(doc.select("style").size() + " <style> elements");
        }
        return found;
    }

    /** The visible text of a page, whitespace collapsed as a browser shows it. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }

    /** Whitespace collapsed and trimmed, to compare a payload with {@link #text}. */
    public static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** Whether a CSV field (already unquoted) could be run as a formula by a spreadsheet. */
    public static boolean formulaLike(String field) {
        return !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0;
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
