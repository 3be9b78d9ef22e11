package org.accord.publishing.formats;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseText;
import org.accord.drafting.TermReferences;
import org.accord.drafting.TermView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

/**
 * The HTML edition of a publication: one standalone XHTML5 document (well-formed XML, so the PDF
 * renderer can read it as is) that needs nothing from elsewhere: no fonts, stylesheets or scripts
 * are fetched. Every clause is a {@code section id="c-{uuid}"}, every term a {@code dt id="t-{uuid}"},
 * so links keep working however clauses are renumbered in later editions.
 */
public final class PublicationHtml {

    private static final String STYLE = """
            html { font-family: "Helvetica", "Arial", sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; }
            body { max-width: 46em; margin: 0 auto; padding: 1.5em; }
            header.cover { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5em; }
            .reference { font-size: 1.3em; font-weight: bold; margin: 0; }
            h1 { font-size: 1.6em; margin: 0.3em 0 0.6em; }
            dl.meta { display: table; margin: 0 0 1em; }
            dl.meta div { display: table-row; }
            dl.meta dt, dl.meta dd { display: table-cell; padding: 0.1em 1em 0.1em 0; margin: 0; }
            dl.meta dt { font-weight: bold; }
            .urn { font-family: "Courier", monospace; word-wrap: break-word; }
            .status-banner { border: 2px solid #a40000; background: #fde8e8; color: #6b0000; padding: 0.6em 0.8em;
                             font-weight: bold; margin: 1em 0; }
            nav.toc ol { list-style: none; padding-left: 1.2em; margin: 0; }
            nav.toc > ol { padding-left: 0; }
            nav.toc a { text-decoration: none; color: inherit; }
            section.clause { margin-top: 1em; }
            section.annex { page-break-before: always; }
            h2, h3, h4, h5, h6 { page-break-after: avoid; margin: 1em 0 0.4em; }
            h2 { font-size: 1.3em; } h3 { font-size: 1.15em; } h4, h5, h6 { font-size: 1em; }
            .annex-heading span { display: block; text-align: center; }
            .note, .example { font-size: 0.92em; margin: 0.6em 0; }
            .note .label, .example .label { font-weight: bold; margin-right: 0.6em; }
            dl.terms dt { font-weight: bold; margin-top: 0.8em; }
            dl.terms dd { margin-left: 0; }
            dl.terms dd.admitted { font-weight: bold; }
            dl.terms dd.note-to-entry, dl.terms dd.source { font-size: 0.92em; }
            table { border-collapse: collapse; margin: 0.6em 0; }
            th, td { border: 1px solid #555; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
            .term-ref.missing .flag { color: #a40000; }
            section.participation { margin-top: 2em; border-top: 1px solid #1a1a1a; }
            tr.missing th { font-style: italic; }
            section.cite { border-top: 1px solid #1a1a1a; margin-top: 2em; padding-top: 0.5em; }
            @media print {
              body { max-width: none; padding: 0; }
              a { color: inherit; text-decoration: none; }
              nav.toc { page-break-after: always; }
              nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
              table, .note, .example, dl.terms dt { page-break-inside: avoid; }
            }
            """;

    private PublicationHtml() {
    }

    /**
     * What a web page around the published text adds: a site stylesheet, a block after the header (status, files,
     * citation) and, after each clause heading, links such as the clause's crosswalk. Fragments are trusted markup.
     */
    public record Extras(String stylesheet, String afterHeader, Function<ClauseNode, String> afterHeading) {
        static final Extras NONE = new Extras(null, "", c -> "");
    }

    public static String render(PublicationText text) {
        return render(text, false, Extras.NONE);
    }

    public static String render(PublicationText text, Extras extras) {
        return render(text, false, extras);
    }

    /** With {@code pdfBookmarks}, the head also carries the outline that openhtmltopdf turns into PDF bookmarks. */
    static String render(PublicationText text, boolean pdfBookmarks) {
        return render(text, pdfBookmarks, Extras.NONE);
    }

    private static String render(PublicationText text, boolean pdfBookmarks, Extras extras) {
        Map<String, TermView> terms = TermReferences.indexTree(text.clauses());
        StringBuilder out = new StringBuilder(64 * 1024);
        String lang = Xml.escape(text.language());
        // Right-to-left for Arabic, Hebrew, Persian, Urdu: the whole page mirrors, numbers and Latin terms keep their order.
        String dir = java.util.Set.of("ar", "he", "fa", "ur").contains(text.language() == null ? "" : text.language().split("[-_]")[0]) ? "rtl" : "ltr";
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\" dir=\"").append(dir).append("\">\n<head>\n<meta charset=\"UTF-8\" />\n");
        out.append("<title>").append(Xml.escape(text.reference() + " — " + text.title())).append("</title>\n");
        meta(out, "subject", text.title());
        meta(out, "author", text.committee());
        meta(out, "description", text.reference() + ", edition " + text.edition() + ", " + text.published());
        if (isWebAddress(text.canonicalUrl())) {
            out.append("<link rel=\"canonical\" href=\"").append(Xml.escape(text.canonicalUrl())).append("\" />\n");
        }
        out.append("<style>\n").append(STYLE).append(pageRules(text)).append("</style>\n");
        if (extras.stylesheet() != null) {
            out.append("<link rel=\"stylesheet\" href=\"").append(Xml.escape(extras.stylesheet())).append("\" />\n");
        }
        if (pdfBookmarks) {
            out.append("<bookmarks>\n");
            text.clauses().forEach(c -> bookmark(out, c));
            out.append("</bookmarks>\n");
        }
        out.append("</head>\n<body>\n");
        header(out, text);
        out.append(extras.afterHeader());
        toc(out, text.clauses());
        out.append("<main>\n");
        for (ClauseNode c : text.clauses()) {
            clause(out, c, 1, terms, extras);
        }
        out.append("</main>\n");
        out.append(ParticipationSection.html(text.participation()));
        cite(out, text);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void meta(StringBuilder out, String name, String content) {
        if (content != null && !content.isBlank()) {
            out.append("<meta name=\"").append(name).append("\" content=\"").append(Xml.escape(content)).append("\" />\n");
        }
    }

    /** Page furniture for print and PDF: reference at the top, page number at the bottom. */
    private static String pageRules(PublicationText text) {
        return "@page { size: A4; margin: 20mm 18mm 22mm 18mm;\n"
               + "  @top-right { content: " + cssString(text.reference()) + "; font-size: 9pt; }\n"
               + "  @bottom-center { content: counter(page); font-size: 9pt; } }\n";
    }

    /** A CSS string literal; the whole stylesheet sits in a style element, so "<" is escaped too. */
    static String cssString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : Xml.clean(s).toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                sb.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static void header(StringBuilder out, PublicationText text) {
        out.append("<header class=\"cover\">\n");
        out.append("<p class=\"reference\">").append(Xml.escape(text.reference())).append("</p>\n");
        out.append("<h1>").append(Xml.escape(text.title())).append("</h1>\n");
        if (!text.isCurrent()) {
            out.append("<p class=\"status-banner\" role=\"note\">").append(Xml.escape(statusNotice(text.status())))
                    .append("</p>\n");
        }
        out.append("<dl class=\"meta\">\n");
        row(out, "Edition", Integer.toString(text.edition()));
        row(out, "Published", text.published().toString());
        row(out, "Version", text.versionLabel());
        row(out, "Committee", text.committee());
        row(out, "Working group", text.workingGroup());
        row(out, "Status", text.status());
        out.append("<div><dt>URN</dt><dd class=\"urn\">").append(Xml.escape(text.urn())).append("</dd></div>\n");
        out.append("</dl>\n</header>\n");
    }

    static String statusNotice(String status) {
        return status.equals("withdrawn")
                ? "This standard has been withdrawn. It is kept for reference only and no longer applies."
                : "This edition has been superseded. It is kept for reference only; consult the current edition.";
    }

    private static void row(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<div><dt>").append(name).append("</dt><dd>").append(Xml.escape(value)).append("</dd></div>\n");
        }
    }

    private static void toc(StringBuilder out, List<ClauseNode> clauses) {
        out.append("<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">Contents</h2>\n");
        tocList(out, clauses);
        out.append("</nav>\n");
    }

    private static void tocList(StringBuilder out, List<ClauseNode> clauses) {
        List<ClauseNode> sections = numbered(clauses);
        if (sections.isEmpty()) {
            return;
        }
        out.append("<ol>\n");
        for (ClauseNode c : sections) {
            out.append("<li><a href=\"#").append(StsWriter.clauseId(c)).append("\">").append(Xml.escape(c.heading()))
                    .append("</a>");
            if (!numbered(children(c)).isEmpty()) {
                out.append('\n');
                tocList(out, children(c));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static void bookmark(StringBuilder out, ClauseNode c) {
        if (!c.kind().isNumberedSection()) {
            return;
        }
        out.append("<bookmark name=\"").append(Xml.escape(c.heading())).append("\" href=\"#")
                .append(StsWriter.clauseId(c)).append("\">");
        for (ClauseNode child : children(c)) {
            bookmark(out, child);
        }
        out.append("</bookmark>\n");
    }

    private static void clause(StringBuilder out, ClauseNode c, int depth, Map<String, TermView> terms, Extras extras) {
        if (!c.kind().isNumberedSection()) {
            labelled(out, c, terms);
            return;
        }
        boolean annex = c.kind() == ClauseKind.ANNEX && !c.number().contains(".");
        String h = "h" + Math.min(depth + 1, 6);
        out.append("<section id=\"").append(StsWriter.clauseId(c)).append("\" class=\"clause ")
                .append(annex ? "annex" : c.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">\n");
        if (annex) {
            AnnexType type = c.annexType() == null ? AnnexType.INFORMATIVE : c.annexType();
            out.append('<').append(h).append(" class=\"annex-heading\"><span class=\"number\">Annex ")
                    .append(Xml.escape(c.number())).append("</span> <span class=\"annex-type\">(").append(type.label())
                    .append(")</span> <span class=\"title\">").append(Xml.escape(c.title())).append("</span></")
                    .append(h).append(">\n");
        } else {
            out.append('<').append(h).append("><span class=\"number\">").append(Xml.escape(c.number()))
                    .append("</span> ").append(Xml.escape(c.title())).append("</").append(h).append(">\n");
        }
        out.append(extras.afterHeading().apply(c));
        out.append(SafeXhtml.fragment(ClauseText.toSafeHtml(Xml.clean(c.text()), terms)));
        List<ClauseNode> children = children(c);
        children.stream().filter(n -> !n.kind().isNumberedSection()).forEach(n -> labelled(out, n, terms));
        if (c.kind() == ClauseKind.TERMS && c.terms() != null && !c.terms().isEmpty()) {
            out.append("<dl class=\"terms\">\n");
            c.terms().forEach(t -> term(out, t, terms));
            out.append("</dl>\n");
        }
        children.stream().filter(n -> n.kind().isNumberedSection()).forEach(n -> clause(out, n, depth + 1, terms, extras));
        out.append("</section>\n");
    }

    private static void labelled(StringBuilder out, ClauseNode n, Map<String, TermView> terms) {
        String kind = n.kind() == ClauseKind.EXAMPLE ? "example" : "note";
        String label = n.number() == null || n.number().isBlank() ? n.kind().name() : n.number();
        out.append("<div id=\"").append(StsWriter.clauseId(n)).append("\" class=\"").append(kind)
                .append("\" role=\"note\"><span class=\"label\">").append(Xml.escape(label)).append("</span>")
                .append(SafeXhtml.fragment(ClauseText.toSafeHtml(Xml.clean(n.text()), terms))).append("</div>\n");
    }

    private static void term(StringBuilder out, TermView t, Map<String, TermView> terms) {
        out.append("<dt id=\"t-").append(t.id()).append("\"><span class=\"number\">").append(Xml.escape(t.number()))
                .append("</span><br /><dfn>").append(Xml.escape(t.term())).append("</dfn></dt>\n");
        for (String admitted : t.admittedTerms() == null ? List.<String>of() : t.admittedTerms()) {
            out.append("<dd class=\"admitted\">").append(Xml.escape(admitted)).append("</dd>\n");
        }
        out.append("<dd class=\"definition\">").append(inline(t.definition(), terms)).append("</dd>\n");
        if (t.note() != null && !t.note().isBlank()) {
            String note = t.note().strip();
            out.append("<dd class=\"note-to-entry\">")
                    .append(Xml.escape(note.startsWith("Note ") ? "" : "Note 1 to entry: "))
                    .append(inline(note, terms)).append("</dd>\n");
        }
        if (t.source() != null && !t.source().isBlank()) {
            out.append("<dd class=\"source\">[SOURCE: ").append(Xml.escape(t.source().strip())).append("]</dd>\n");
        }
    }

    /** Definitions and notes are one paragraph: rendered inline, without the paragraph element. */
    private static String inline(String markdown, Map<String, TermView> terms) {
        String html = SafeXhtml.fragment(ClauseText.toSafeHtml(Xml.clean(markdown), terms)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static void cite(StringBuilder out, PublicationText text) {
        out.append("<footer>\n<section class=\"cite\" aria-labelledby=\"cite-heading\">\n")
                .append("<h2 id=\"cite-heading\">Cite this</h2>\n<p>")
                .append(Xml.escape(text.reference() + ":" + text.published().getYear() + ", " + text.title()
                                   + ", edition " + text.edition() + ", " + text.published() + "."))
                .append("</p>\n<p>URN: <span class=\"urn\">").append(Xml.escape(text.urn())).append("</span></p>\n");
        if (isWebAddress(text.canonicalUrl())) {
            String url = Xml.escape(text.canonicalUrl());
            out.append("<p>Available at <a href=\"").append(url).append("\">").append(url).append("</a></p>\n");
        }
        out.append("</section>\n</footer>\n");
    }

    private static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static List<ClauseNode> numbered(List<ClauseNode> nodes) {
        List<ClauseNode> out = new ArrayList<>();
        for (ClauseNode n : nodes) {
            if (n.kind().isNumberedSection()) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<ClauseNode> children(ClauseNode c) {
        return c.children() == null ? List.of() : c.children();
    }
}
