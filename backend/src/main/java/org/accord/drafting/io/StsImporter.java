package org.accord.drafting.io;

import org.accord.shared.Problem;
import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseText;
import org.accord.drafting.NewTerm;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft from NISO STS XML (ANSI/NISO Z39.102), the subset drafting needs:
 * <ul>
 * <li>{@code standard/front/std-meta} (or {@code iso-meta}, {@code reg-meta}, {@code nat-meta}):
 * {@code title-wrap/main} (or {@code full}) is the title, {@code std-ref} the reference,
 * {@code @xml:lang} on {@code standard} or {@code title-wrap} the language;</li>
 * <li>{@code front/sec} (foreword, introduction) and {@code body/sec} are clauses, recursively;
 * {@code label} is ignored, numbers are derived from position; {@code p}, {@code list},
 * {@code table-wrap}, {@code bold}, {@code italic} become Markdown; other inline elements give their
 * text; {@code non-normative-note}/{@code non-normative-example} become NOTE/EXAMPLE children;</li>
 * <li>{@code sec[@sec-type='terms']} is a TERMS clause whose {@code term-sec/tbx:termEntry} entries
 * (TBX, namespace {@code urn:iso:std:iso:30042:ed-1} or none) become terms;</li>
 * <li>{@code back/app-group/app} are annexes, typed by {@code annex-type} (default informative).</li>
 * </ul>
 * Security: StAX with DTD support and external entities off, no external DTD or schema access and
 * a resolver that refuses everything. A DOCTYPE naming the STS DTD is tolerated (never fetched), a
 * DOCTYPE with an internal subset (entity declarations: XXE, "billion laughs") is refused. Input is
 * limited to 20 MB and 200 levels of nesting.
 */
public final class StsImporter {

    static final String FORMAT = "NISO STS";
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_DEPTH = 200;

    private static final List<String> META_ORDER = List.of("std-meta", "iso-meta", "reg-meta", "nat-meta");
    private static final Set<String> BLOCKS = Set.of("p", "list", "table-wrap", "table", "preformat", "code",
            "disp-quote", "def-list", "fig", "fig-group", "boxed-text", "ref-list", "non-normative-note",
            "non-normative-example", "sec", "term-sec", "disp-formula", "array", "table-wrap-foot", "caption",
            "statement", "speech", "verse-group", "notes", "fn-group", "app", "app-group");
    private static final Set<String> INLINE = Set.of("bold", "b", "italic", "i", "sup", "sub", "underline",
            "monospace", "sc", "xref", "std", "std-ref", "ext-link", "uri", "email", "named-content",
            "styled-content", "inline-formula", "fn", "break", "abbrev", "inline-graphic", "roman", "sans-serif",
            "strike", "overline", "term", "entailedTerm", "mixed-citation", "element-citation");
    private static final Set<String> ORDERED = Set.of("order", "alpha-lower", "alpha-upper", "roman-lower",
            "roman-upper", "arabic");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");

    public ImportedDraft parse(InputStream xml) {
        if (xml == null) {
            throw error(1, "/", Problem.of("drafting.import.no-file"));
        }
        byte[] data;
        try {
            data = xml.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw error(1, "/", Problem.of("drafting.import.unreadable", String.valueOf(e.getMessage())));
        }
        if (data.length > MAX_BYTES) {
            throw error(countLines(data, MAX_BYTES), "/", Problem.of("drafting.import.larger-than-20mb"));
        }
        if (isBlank(data)) {
            throw error(1, "/", Problem.of("drafting.import.empty"));
        }
        return new Converter(readTree(data)).convert();
    }

    private static DraftImportException error(int line, String where, Problem problem) {
        return new DraftImportException(FORMAT, line, where, problem);
    }

    private static boolean isBlank(byte[] data) {
        for (byte b : data) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int countLines(byte[] data, int limit) {
        int lines = 1;
        for (int i = 0; i < limit; i++) {
            if (data[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------ parsing

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        trySet(f, XMLConstants.FEATURE_SECURE_PROCESSING, true); // not a StAX property in the JDK: DTDs are off instead
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed (" + systemId + ")");
        });
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // the implementation does not know this property
        }
    }

    private static El readTree(byte[] data) {
        Deque<El> stack = new ArrayDeque<>();
        El root = null;
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(new ByteArrayInputStream(data));
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        String dtd = r.getText();
                        if (dtd == null || dtd.indexOf('[') >= 0) {
                            throw error(line(r), "DOCTYPE", Problem.of("drafting.import.sts.doctype"));
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw error(line(r), stack.peek().path(), Problem.of("drafting.import.sts.too-deep", MAX_DEPTH));
                        }
                        El parent = stack.peek();
                        El e = new El(parent, r.getPrefix(), r.getNamespaceURI(), r.getLocalName(), line(r));
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ns = r.getAttributeNamespace(i);
                            String local = r.getAttributeLocalName(i);
                            String key = XMLConstants.XML_NS_URI.equals(ns) ? "xml:" + local
                                    : ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
                            e.attrs.put(key, r.getAttributeValue(i));
                        }
                        if (parent == null) {
                            root = e;
                        } else {
                            parent.content.add(e);
                        }
                        stack.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().addText(r.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw error(line(r),
                            stack.isEmpty() ? "/" : stack.peek().path(), Problem.of("drafting.import.sts.entity", r.getLocalName()));
                    default -> {
                        // comments, processing instructions, document start/end
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            throw error(line, stack.isEmpty() ? "/" : stack.peek().path(), Problem.of("drafting.import.sts.not-well-formed", cleanMessage(e.getMessage())));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        if (root == null) {
            throw error(1, "/", Problem.of("drafting.import.sts.no-root"));
        }
        return root;
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 1 : Math.max(1, r.getLocation().getLineNumber());
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "unknown error";
        }
        int i = message.indexOf("Message: ");
        String m = i >= 0 ? message.substring(i + "Message: ".length()) : message;
        return m.replaceAll("\\s+", " ").strip();
    }

    /** A parsed element: just enough DOM, with the line it started on. */
    static final class El {
        final El parent;
        final String prefix;
        final String ns;
        final String local;
        final int line;
        final Map<String, String> attrs = new HashMap<>();
        final List<Object> content = new ArrayList<>(); // El or StringBuilder

        El(El parent, String prefix, String ns, String local, int line) {
            this.parent = parent;
            this.prefix = prefix == null ? "" : prefix;
            this.ns = ns == null ? "" : ns;
            this.local = local;
            this.line = line;
        }

        void addText(String text) {
            if (!content.isEmpty() && content.getLast() instanceof StringBuilder sb) {
                sb.append(text);
            } else {
                content.add(new StringBuilder(text));
            }
        }

        String qname() {
            return prefix.isEmpty() ? local : prefix + ":" + local;
        }

        List<El> elements() {
            List<El> out = new ArrayList<>();
            for (Object o : content) {
                if (o instanceof El e) {
                    out.add(e);
                }
            }
            return out;
        }

        /** {@code /standard/body/sec[3]/title}: an index only where a name repeats among siblings. */
        String path() {
            if (parent == null) {
                return "/" + qname();
            }
            int index = 0;
            int count = 0;
            for (El sibling : parent.elements()) {
                if (sibling.local.equals(local) && sibling.ns.equals(ns)) {
                    count++;
                    if (sibling == this) {
                        index = count;
                    }
                }
            }
            return parent.path() + "/" + qname() + (count > 1 ? "[" + index + "]" : "");
        }

        boolean isTbx() {
            return ns.startsWith("urn:iso:std:iso:30042") || prefix.equals("tbx");
        }

        /** An STS (un-namespaced JATS-family) element of that name. */
        boolean is(String name) {
            return local.equals(name) && !isTbx();
        }

        /** A TBX element of that name, namespaced or not. */
        boolean isTbx(String name) {
            return local.equals(name) && (isTbx() || ns.isEmpty());
        }

        El child(String name) {
            for (El e : elements()) {
                if (e.is(name)) {
                    return e;
                }
            }
            return null;
        }

        String attr(String name) {
            String v = attrs.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    // ------------------------------------------------------------------ conversion

    private static final class Converter {
        private final El root;
        private String language;

        Converter(El root) {
            this.root = root;
        }

        ImportedDraft convert() {
            if (!root.is("standard")) {
                throw error(root.line, root.path(), Problem.of("drafting.import.sts.wrong-root", root.qname()));
            }
            El front = root.child("front");
            El meta = null;
            if (front != null) {
                for (String name : META_ORDER) {
                    meta = front.child(name);
                    if (meta != null) {
                        break;
                    }
                }
            }
            language = root.attr("xml:lang");
            El titleWrap = meta == null ? null : titleWrap(meta);
            String title = null;
            if (titleWrap != null) {
                El main = titleWrap.child("main");
                if (main == null || plain(main).isEmpty()) {
                    main = titleWrap.child("full");
                }
                title = main == null ? null : plain(main);
            }
            El at = meta != null ? meta : front != null ? front : root;
            if (title == null || title.isEmpty()) {
                throw error(at.line, at.path(), Problem.of("drafting.import.sts.no-title"));
            }
            String reference = null;
            if (meta != null && meta.child("std-ref") != null) {
                reference = plain(meta.child("std-ref"));
            }
            if (language == null && titleWrap != null) {
                language = titleWrap.attr("xml:lang");
            }
            if (language == null && meta != null) {
                El lang = meta.child("content-language");
                language = lang == null ? null : emptyToNull(plain(lang));
            }
            El body = root.child("body");
            if (body == null) {
                throw error(root.line, root.path(), Problem.of("drafting.import.sts.no-body"));
            }
            List<ImportedClause> clauses = new ArrayList<>();
            if (front != null) {
                for (El e : front.elements()) {
                    if (e.is("sec")) {
                        clauses.add(section(e, null, null, true));
                    }
                }
            }
            for (El e : body.elements()) {
                if (e.is("sec")) {
                    clauses.add(section(e, null, null, false));
                } else if (BLOCKS.contains(e.local) && !e.isTbx()) {
                    throw error(e.line, e.path(), Problem.of("drafting.import.sts.outside-sec", e.qname()));
                }
            }
            if (clauses.isEmpty()) {
                throw error(body.line, body.path(), Problem.of("drafting.import.sts.no-sec"));
            }
            El back = root.child("back");
            if (back != null) {
                for (El e : back.elements()) {
                    if (e.is("app-group")) {
                        for (El app : e.elements()) {
                            if (app.is("app")) {
                                clauses.add(annex(app));
                            }
                        }
                    } else if (e.is("app")) {
                        clauses.add(annex(e));
                    }
                }
            }
            return new ImportedDraft(title, emptyToNull(reference), emptyToNull(language), clauses);
        }

        private El titleWrap(El meta) {
            El first = null;
            for (El e : meta.elements()) {
                if (e.is("title-wrap")) {
                    if (first == null) {
                        first = e;
                    }
                    if (language != null && language.equalsIgnoreCase(e.attr("xml:lang"))) {
                        return e;
                    }
                }
            }
            return first;
        }

        private ImportedClause section(El sec, ClauseKind parentKind, AnnexType parentAnnexType, boolean front) {
            El t = sec.child("title");
            String title = t == null ? "" : plain(t);
            if (title.isEmpty()) {
                throw error(sec.line, sec.path(), Problem.of("drafting.import.sts.no-sec-title", sec.qname()));
            }
            String secType = sec.attr("sec-type");
            boolean terms = "terms".equals(secType) || sec.elements().stream().anyMatch(c -> c.is("term-sec"));
            boolean informative = front || "intro".equals(secType) || "foreword".equals(secType);
            ClauseKind kind = terms ? ClauseKind.TERMS
                    : ClauseKinds.sectionKind(parentKind, parentAnnexType, informative, title);
            return content(sec, kind, null, title);
        }

        private ImportedClause annex(El app) {
            El t = app.child("title");
            String title = t == null ? "" : plain(t);
            El typeEl = app.child("annex-type");
            String typeText = typeEl == null ? "" : plain(typeEl).toLowerCase(Locale.ROOT);
            AnnexType type;
            if (typeText.contains("informative")) {
                type = AnnexType.INFORMATIVE;
            } else if (typeText.contains("normative")) {
                type = AnnexType.NORMATIVE;
            } else {
                type = "norm-annex".equals(app.attr("content-type")) ? AnnexType.NORMATIVE : AnnexType.INFORMATIVE;
            }
            return content(app, ClauseKind.ANNEX, type, title);
        }

        private ImportedClause content(El container, ClauseKind kind, AnnexType annexType, String title) {
            Blocks blocks = new Blocks();
            List<ImportedClause> labelled = new ArrayList<>();
            List<ImportedClause> sections = new ArrayList<>();
            List<NewTerm> terms = new ArrayList<>();
            for (Object o : container.content) {
                if (!(o instanceof El e)) {
                    blocks.text(o.toString());
                    continue;
                }
                if (e.is("label") || e.is("title") || e.is("annex-type") || e.is("sec-meta")) {
                    continue;
                }
                if (e.is("sec")) {
                    blocks.flush();
                    sections.add(section(e, kind, annexType, false));
                } else if (e.is("term-sec")) {
                    blocks.flush();
                    terms.addAll(termSec(e));
                } else if (e.is("non-normative-note") || e.is("non-normative-example")) {
                    blocks.flush();
                    ClauseKind k = e.is("non-normative-note") ? ClauseKind.NOTE : ClauseKind.EXAMPLE;
                    String text = String.join("\n\n", mixed(e));
                    checkLength(text, e);
                    labelled.add(new ImportedClause(k, null, "", text, List.of(), List.of()));
                } else {
                    blocks.element(e);
                }
            }
            blocks.flush();
            String body = String.join("\n\n", blocks.out);
            checkLength(body, container);
            List<ImportedClause> children = new ArrayList<>(labelled);
            children.addAll(sections);
            return new ImportedClause(kind, annexType, title, body, kind == ClauseKind.TERMS ? terms : List.of(),
                    children);
        }

        private static void checkLength(String text, El at) {
            if (text.length() > ClauseText.MAX_BODY_CHARS) {
                throw error(at.line, at.path(), Problem.of("drafting.import.clause-too-long", String.valueOf(text.length()), String.valueOf(ClauseText.MAX_BODY_CHARS)));
            }
        }

        // -------------------------------------------------------------- terms

        private List<NewTerm> termSec(El termSec) {
            List<NewTerm> out = new ArrayList<>();
            El entry = null;
            for (El e : termSec.elements()) {
                if (e.isTbx("termEntry") && entry == null) {
                    entry = e;
                }
            }
            if (entry != null) {
                out.add(termEntry(entry, termSec));
            }
            for (El e : termSec.elements()) {
                if (e.is("term-sec")) {
                    out.addAll(termSec(e));
                }
            }
            if (out.isEmpty()) {
                throw error(termSec.line, termSec.path(), Problem.of("drafting.import.sts.no-term-entry"));
            }
            return out;
        }

        private NewTerm termEntry(El entry, El termSec) {
            El langSet = null;
            for (El e : entry.elements()) {
                if (e.isTbx("langSet")) {
                    if (langSet == null) {
                        langSet = e;
                    }
                    if (language != null && language.equalsIgnoreCase(e.attr("xml:lang"))) {
                        langSet = e;
                        break;
                    }
                }
            }
            El scope = langSet == null ? entry : langSet;
            List<El> tigs = new ArrayList<>();
            for (El e : scope.elements()) {
                if (e.isTbx("tig") || e.isTbx("ntig")) {
                    tigs.add(e);
                }
            }
            El preferred = tigs.stream().filter(t -> "preferredTerm".equals(authorization(t))).findFirst()
                    .orElse(tigs.isEmpty() ? null : tigs.getFirst());
            El termEl = preferred == null ? null : descendantTbx(preferred, "term");
            String term = termEl == null ? "" : plain(termEl);
            if (term.isEmpty()) {
                throw error(termSec.line, termSec.path(), Problem.of("drafting.import.sts.no-term"));
            }
            List<String> admitted = new ArrayList<>();
            for (El tig : tigs) {
                String auth = authorization(tig);
                El t = descendantTbx(tig, "term");
                if (tig != preferred && t != null && (auth == null || "admittedTerm".equals(auth))) {
                    String text = plain(t);
                    if (!text.isEmpty()) {
                        admitted.add(text);
                    }
                }
            }
            El def = descendantTbx(scope, "definition");
            if (def == null) {
                def = descendantTbx(entry, "definition");
            }
            String definition = def == null ? "" : plain(def);
            if (definition.isEmpty()) {
                throw error(termSec.line, termSec.path(), Problem.of("drafting.import.sts.no-definition", term));
            }
            List<El> notes = new ArrayList<>();
            collectTbx(entry, "note", notes);
            StringBuilder note = new StringBuilder();
            int k = 0;
            for (El n : notes) {
                String text = plain(n);
                if (text.isEmpty()) {
                    continue;
                }
                k++;
                if (k == 1) {
                    note.append(text);
                } else {
                    note.append("\n\nNote ").append(k).append(" to entry: ").append(text);
                }
            }
            El source = descendantTbx(entry, "source");
            return new NewTerm(term, List.copyOf(admitted), definition, emptyToNull(note.toString()),
                    source == null ? null : emptyToNull(plain(source)));
        }

        private static String authorization(El tig) {
            El auth = descendantTbx(tig, "normativeAuthorization");
            if (auth == null) {
                return null;
            }
            String v = auth.attr("value");
            return v != null ? v : emptyToNull(plain(auth));
        }

        private static El descendantTbx(El e, String name) {
            for (El c : e.elements()) {
                if (c.isTbx(name)) {
                    return c;
                }
                El d = descendantTbx(c, name);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }

        private static void collectTbx(El e, String name, List<El> out) {
            for (El c : e.elements()) {
                if (c.isTbx(name)) {
                    out.add(c);
                } else {
                    collectTbx(c, name, out);
                }
            }
        }
    }

    // ------------------------------------------------------------------ Markdown output

    /** Collects Markdown blocks, gathering loose inline content into paragraphs. */
    private static final class Blocks {
        final List<String> out = new ArrayList<>();
        private final StringBuilder inline = new StringBuilder();

        void text(String text) {
            inline.append(escape(text));
        }

        void element(El e) {
            if (isBlock(e)) {
                flush();
                out.addAll(block(e));
            } else {
                inline.append(inline(e));
            }
        }

        void flush() {
            String p = paragraph(inline.toString());
            inline.setLength(0);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }

    private static boolean isBlock(El e) {
        if (e.isTbx()) {
            return false;
        }
        if (BLOCKS.contains(e.local)) {
            return true;
        }
        if (INLINE.contains(e.local)) {
            return false;
        }
        for (El c : e.elements()) {
            if (isBlock(c)) {
                return true;
            }
        }
        return false;
    }

    /** Content with inline runs and block children, as Markdown blocks; labels are skipped. */
    private static List<String> mixed(El e) {
        Blocks b = new Blocks();
        for (Object o : e.content) {
            if (o instanceof El c) {
                if (!c.is("label")) {
                    b.element(c);
                }
            } else {
                b.text(o.toString());
            }
        }
        b.flush();
        return b.out;
    }

    private static List<String> block(El e) {
        switch (e.local) {
            case "list" -> {
                String list = list(e);
                return list.isEmpty() ? List.of() : List.of(list);
            }
            case "table" -> {
                String table = table(e);
                return table.isEmpty() ? List.of() : List.of(table);
            }
            case "table-wrap", "fig", "fig-group" -> {
                List<String> out = new ArrayList<>();
                for (El c : e.elements()) {
                    if (c.is("caption")) {
                        for (El t : c.elements()) {
                            String p = paragraph(inline(t));
                            if (!p.isEmpty()) {
                                out.add(p);
                            }
                        }
                    } else if (!c.is("label") && !c.is("graphic")) {
                        out.addAll(isBlock(c) ? block(c) : nonEmpty(paragraph(inline(c))));
                    }
                }
                return out;
            }
            case "preformat", "code" -> {
                String raw = rawText(e).stripTrailing().replaceAll("^\\n+", "");
                String fence = "```";
                while (raw.contains(fence)) {
                    fence += "`";
                }
                return List.of(fence + "\n" + raw + "\n" + fence);
            }
            case "disp-quote" -> {
                List<String> out = new ArrayList<>();
                for (String b : mixed(e)) {
                    out.add(("> " + b.replace("\n", "\n> ")));
                }
                return out;
            }
            case "def-list" -> {
                List<String> items = new ArrayList<>();
                for (El item : e.elements()) {
                    if (item.is("def-item")) {
                        El term = item.child("term");
                        El def = item.child("def");
                        String t = term == null ? "" : paragraph(inline(term));
                        String d = def == null ? "" : String.join(" ", mixed(def));
                        items.add("- " + (t.isEmpty() ? d : d.isEmpty() ? t : t + ": " + d));
                    }
                }
                return items.isEmpty() ? List.of() : List.of(String.join("\n", items));
            }
            case "non-normative-note", "non-normative-example" -> {
                String label = e.local.equals("non-normative-note") ? "NOTE" : "EXAMPLE";
                return List.of(label + "  " + String.join(" ", mixed(e)));
            }
            default -> {
                return mixed(e);
            }
        }
    }

    private static List<String> nonEmpty(String s) {
        return s.isEmpty() ? List.of() : List.of(s);
    }

    private static String list(El list) {
        boolean ordered = ORDERED.contains(String.valueOf(list.attr("list-type")));
        List<String> items = new ArrayList<>();
        int k = 0;
        for (El item : list.elements()) {
            if (!item.is("list-item")) {
                continue;
            }
            k++;
            String marker = ordered ? k + ". " : "- ";
            String indent = " ".repeat(marker.length());
            StringBuilder sb = new StringBuilder(marker);
            List<String> parts = mixed(item);
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                if (i > 0) {
                    sb.append(part.matches("(?s)^(- |\\d+\\. ).*") ? "\n" : "\n\n").append(indent);
                }
                sb.append(part.replaceAll("\n(?!\n)", "\n" + indent));
            }
            items.add(sb.toString().stripTrailing());
        }
        return String.join("\n", items);
    }

    private static String table(El table) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        appendRow(sb, rows.getFirst(), columns);
        sb.append("\n|").append(" --- |".repeat(columns));
        for (int i = 1; i < rows.size(); i++) {
            sb.append('\n');
            appendRow(sb, rows.get(i), columns);
        }
        return sb.toString();
    }

    /** Rows in document order; the first row (the first of thead, if any) is the header. */
    private static void collectRows(El e, List<List<String>> rows) {
        for (El c : e.elements()) {
            if (c.is("tr")) {
                List<String> cells = new ArrayList<>();
                for (El cell : c.elements()) {
                    if (cell.is("th") || cell.is("td")) {
                        cells.add(String.join(" ", mixed(cell)).replace("|", "\\|").replace('\n', ' '));
                        int span = parseSpan(cell.attr("colspan"));
                        for (int s = 1; s < span; s++) {
                            cells.add("");
                        }
                    }
                }
                rows.add(cells);
            } else if (c.is("thead") || c.is("tbody") || c.is("tfoot")) {
                collectRows(c, rows);
            }
        }
    }

    private static int parseSpan(String s) {
        try {
            return s == null ? 1 : Math.max(1, Math.min(64, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int columns) {
        sb.append('|');
        for (int i = 0; i < columns; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            sb.append(cell.isEmpty() ? "  |" : " " + cell + " |");
        }
    }

    /** Inline Markdown of an element: bold and italic kept, everything else as its text. */
    private static String inline(El e) {
        StringBuilder inner = new StringBuilder();
        for (Object o : e.content) {
            if (o instanceof El c) {
                String s = inline(c);
                inner.append(isBlock(c) ? " " + s + " " : s);
            } else {
                inner.append(escape(o.toString()));
            }
        }
        String s = inner.toString();
        return switch (e.isTbx() ? "" : e.local) {
            case "bold", "b" -> wrap(s, "**");
            case "italic", "i" -> wrap(s, "*");
            case "break" -> " ";
            default -> s;
        };
    }

    private static String wrap(String s, String marker) {
        String core = s.strip();
        if (core.isEmpty()) {
            return s;
        }
        int start = s.indexOf(core);
        return s.substring(0, start) + marker + core + marker + s.substring(start + core.length());
    }

    /** Whitespace collapsed; a leading character that Markdown would read as block syntax escaped. */
    private static String paragraph(String inline) {
        String p = inline.replaceAll("\\s+", " ").strip();
        if (p.isEmpty()) {
            return p;
        }
        if (p.startsWith("#") || p.startsWith(">") || p.startsWith("-") || p.startsWith("+")
                || p.startsWith("=") || p.startsWith("|")) {
            return "\\" + p;
        }
        Matcher m = LEADING_NUMBER.matcher(p);
        if (m.find()) {
            return m.group(1) + "\\" + p.substring(m.group(1).length());
        }
        return p;
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String rawText(El e) {
        StringBuilder sb = new StringBuilder();
        for (Object o : e.content) {
            sb.append(o instanceof El c ? rawText(c) : o.toString());
        }
        return sb.toString();
    }

    /** Plain text, whitespace collapsed: titles, terms, definitions. */
    private static String plain(El e) {
        return rawText(e).replaceAll("\\s+", " ").strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
