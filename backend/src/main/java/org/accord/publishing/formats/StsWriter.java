package org.accord.publishing.formats;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.TermView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a publication as NISO STS XML (ANSI/NISO Z39.102-2022, interchange tag set), the subset
 * described by {@code sts/accord-niso-sts-subset.xsd} and read back by the drafting
 * {@code StsImporter}. Output is deterministic (same text, same bytes) so that a publication's
 * checksum is stable; element ids derive from the clause ids, which never change.
 */
public final class StsWriter {

    static final String TBX_NS = "urn:iso:std:iso:30042:ed-1";
    static final String DTD_VERSION = "1.2";

    private static final Pattern DIGITS = Pattern.compile("(\\d+(?:-\\d+)*)");
    /** Later notes to entry are stored in the one note field, each introduced like this. */
    private static final Pattern NEXT_NOTE_TO_ENTRY = Pattern.compile("\\n\\s*\\n\\s*Note \\d+ to entry:\\s*");
    private static final Map<String, String> SEC_TYPES = Map.of("introduction", "intro", "foreword", "foreword",
            "scope", "scope", "normative references", "norm-refs", "bibliography", "bibl");

    private StsWriter() {
    }

    public static byte[] write(PublicationText text) {
        Xml xml = new Xml();
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.open("standard", "xmlns:tbx", TBX_NS, "xmlns:xlink", "http://www.w3.org/1999/xlink",
                "xmlns:mml", "http://www.w3.org/1998/Math/MathML", "dtd-version", DTD_VERSION,
                "xml:lang", text.language());
        front(xml, text);
        List<ClauseNode> main = new ArrayList<>();
        List<ClauseNode> annexes = new ArrayList<>();
        for (ClauseNode c : text.clauses()) {
            (c.kind() == ClauseKind.ANNEX ? annexes : main).add(c);
        }
        xml.open("body");
        // notes belong to clauses; a loose one at the top is kept rather than dropped
        main.stream().filter(c -> !c.kind().isNumberedSection()).forEach(c -> labelled(xml, c));
        main.stream().filter(c -> c.kind().isNumberedSection()).forEach(c -> section(xml, c, text.language(), true));
        xml.close("body");
        if (!annexes.isEmpty()) {
            xml.open("back").open("app-group");
            annexes.forEach(a -> annex(xml, a, text.language()));
            xml.close("app-group").close("back");
        }
        xml.close("standard");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void front(Xml xml, PublicationText text) {
        xml.open("front").open("std-meta");
        xml.open("title-wrap", "xml:lang", text.language());
        xml.text("main", text.title());
        xml.close("title-wrap");
        xml.open("std-ident");
        xml.text("doc-number", docNumber(text.reference()));
        xml.text("edition", Integer.toString(text.edition()));
        xml.close("std-ident");
        xml.text("content-language", text.language());
        // the importer takes the first std-ref as the reference, so the undated form comes first
        xml.text("std-ref", text.reference(), "type", "undated");
        xml.text("std-ref", text.reference() + ":" + text.published().getYear(), "type", "dated");
        String date = text.published().toString();
        xml.text("release-date", date, "date-type", "published", "iso-8601-date", date);
        if (!isBlank(text.committee())) {
            xml.text("comm-ref", text.committee());
        }
        xml.open("custom-meta-group");
        customMeta(xml, "urn", text.urn());
        customMeta(xml, "working-group", text.workingGroup());
        customMeta(xml, "version", text.versionLabel());
        customMeta(xml, "status", text.status());
        customMeta(xml, "canonical-url", text.canonicalUrl());
        xml.close("custom-meta-group");
        xml.close("std-meta").close("front");
    }

    private static void customMeta(Xml xml, String name, String value) {
        if (!isBlank(value)) {
            xml.open("custom-meta").text("meta-name", name).text("meta-value", value).close("custom-meta");
        }
    }

    /** "ACC 42101" → "42101"; a reference without digits is its own number. */
    static String docNumber(String reference) {
        Matcher m = DIGITS.matcher(reference);
        String number = null;
        while (m.find()) {
            number = m.group(1);
        }
        return number == null ? reference.strip() : number;
    }

    private static void section(Xml xml, ClauseNode c, String language, boolean topLevel) {
        String secType = c.kind() == ClauseKind.TERMS ? "terms"
                : topLevel && c.title() != null ? SEC_TYPES.get(c.title().strip().toLowerCase(Locale.ROOT)) : null;
        xml.open("sec", "id", clauseId(c), "sec-type", secType);
        xml.text("label", c.number());
        xml.text("title", c.title());
        content(xml, c, language);
        xml.close("sec");
    }

    private static void annex(Xml xml, ClauseNode a, String language) {
        AnnexType type = a.annexType() == null ? AnnexType.INFORMATIVE : a.annexType();
        xml.open("app", "id", clauseId(a), "content-type", type == AnnexType.NORMATIVE ? "norm-annex" : "inform-annex");
        xml.text("label", "Annex " + a.number());
        xml.text("annex-type", "(" + type.label() + ")");
        xml.text("title", a.title());
        content(xml, a, language);
        xml.close("app");
    }

    /** Body, then notes and examples, then terms and sub-clauses: the order NISO STS sections require. */
    private static void content(Xml xml, ClauseNode c, String language) {
        blocks(xml, c.text());
        List<ClauseNode> children = c.children() == null ? List.of() : c.children();
        children.stream().filter(n -> !n.kind().isNumberedSection()).forEach(n -> labelled(xml, n));
        if (c.kind() == ClauseKind.TERMS && c.terms() != null) {
            c.terms().forEach(t -> term(xml, t, language));
        }
        children.stream().filter(n -> n.kind().isNumberedSection()).forEach(n -> section(xml, n, language, false));
    }

    private static void labelled(Xml xml, ClauseNode n) {
        String element = n.kind() == ClauseKind.EXAMPLE ? "non-normative-example" : "non-normative-note";
        xml.open(element, "id", clauseId(n));
        xml.text("label", isBlank(n.number()) ? n.kind().name() : n.number());
        blocks(xml, n.text());
        xml.close(element);
    }

    private static void blocks(Xml xml, String markdown) {
        for (MarkdownBlocks.Block block : MarkdownBlocks.split(markdown)) {
            switch (block) {
                case MarkdownBlocks.Paragraph p -> xml.mixed("p", MarkdownInline.toStsXml(p.text()));
                case MarkdownBlocks.ListBlock l -> {
                    xml.open("list", "list-type", l.ordered() ? "order" : "dash");
                    for (String item : l.items()) {
                        xml.open("list-item").mixed("p", MarkdownInline.toStsXml(item)).close("list-item");
                    }
                    xml.close("list");
                }
                case MarkdownBlocks.Table t -> table(xml, t);
            }
        }
    }

    private static void table(Xml xml, MarkdownBlocks.Table t) {
        int columns = Math.max(t.header().size(), t.rows().stream().mapToInt(List::size).max().orElse(0));
        xml.open("table-wrap").open("table");
        if (!t.header().isEmpty()) {
            xml.open("thead");
            row(xml, t.header(), columns, "th");
            xml.close("thead");
        }
        if (!t.rows().isEmpty()) {
            xml.open("tbody");
            t.rows().forEach(r -> row(xml, r, columns, "td"));
            xml.close("tbody");
        } else {
            xml.open("tbody");
            row(xml, List.of(), columns, "td"); // a table needs a body row
            xml.close("tbody");
        }
        xml.close("table").close("table-wrap");
    }

    private static void row(Xml xml, List<String> cells, int columns, String cell) {
        xml.open("tr");
        for (int i = 0; i < Math.max(columns, 1); i++) {
            xml.mixed(cell, i < cells.size() ? MarkdownInline.toStsXml(cells.get(i)) : "");
        }
        xml.close("tr");
    }

    private static void term(Xml xml, TermView t, String language) {
        String entry = "te-" + t.id();
        xml.open("term-sec", "id", "t-" + t.id());
        xml.text("label", t.number());
        xml.open("tbx:termEntry", "id", entry);
        xml.open("tbx:langSet", "xml:lang", language);
        xml.mixed("tbx:definition", MarkdownInline.toPlainXml(t.definition()));
        if (!isBlank(t.note())) {
            for (String note : NEXT_NOTE_TO_ENTRY.split(t.note().strip())) {
                xml.mixed("tbx:note", MarkdownInline.toPlainXml(note.strip()));
            }
        }
        if (!isBlank(t.source())) {
            xml.text("tbx:source", t.source().strip());
        }
        int k = 0;
        xml.open("tbx:tig", "id", entry + "-" + ++k);
        xml.text("tbx:term", t.term());
        xml.empty("tbx:normativeAuthorization", "value", "preferredTerm");
        xml.close("tbx:tig");
        for (String admitted : t.admittedTerms() == null ? List.<String>of() : t.admittedTerms()) {
            if (!isBlank(admitted)) {
                xml.open("tbx:tig", "id", entry + "-" + ++k);
                xml.text("tbx:term", admitted.strip());
                xml.empty("tbx:normativeAuthorization", "value", "admittedTerm");
                xml.close("tbx:tig");
            }
        }
        xml.close("tbx:langSet").close("tbx:termEntry").close("term-sec");
    }

    /** Same anchor as the HTML edition, so links into either format survive renumbering. */
    static String clauseId(ClauseNode c) {
        return "c-" + c.id();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
