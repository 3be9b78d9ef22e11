package org.accord.crosswalk.interchange;

import org.accord.shared.Problem;
import org.accord.shared.InvalidInputException;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Provisions of an Akoma Ntoso 3.0 document (OASIS LegalDocML): each hierarchical element of the body (article,
 * paragraph, point...) becomes a provision identified by its eId. Read with StAX, refusing any DOCTYPE, so uploaded
 * files cannot reach local files (XXE) or expand entities without bound (billion laughs).
 */
public final class AkomaNtoso {
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** Elements that become provisions; {@code list} is not one, its intro and wrap-up belong to the enclosing one. */
    private static final Set<String> HIERARCHY = Set.of("book", "tome", "part", "subpart", "title", "subtitle",
            "chapter", "subchapter", "section", "subsection", "division", "subdivision", "article", "paragraph",
            "subparagraph", "clause", "subclause", "rule", "subrule", "level", "alinea", "indent", "point", "proviso",
            "hcontainer");
    /** Where a provision's own text is; anything else inside it (num, heading, nested provisions) is not text. */
    private static final Set<String> TEXT_CONTAINERS = Set.of("content", "intro", "wrapUp", "listIntroduction",
            "listWrapUp");
    /** Elements whose boundaries separate words, so "<p>a</p><p>b</p>" reads "a b" and not "ab". */
    private static final Set<String> BLOCKS = Set.of("p", "br", "eol", "eop", "block", "blockList", "item", "list",
            "intro", "wrapUp", "listIntroduction", "listWrapUp", "content", "table", "tr", "td", "th", "ul", "ol",
            "li", "tblock", "num", "heading");
    /** Amendments quote provisions of another act; those are text of the amending provision, not provisions here. */
    private static final Set<String> QUOTATIONS = Set.of("quotedStructure", "embeddedStructure");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /**
     * @param workIri       FRBRWork/FRBRthis@value
     * @param expressionIri FRBRExpression/FRBRthis@value
     * @param language      FRBRExpression/FRBRlanguage@language, also given to each provision
     * @param title         the preface's docTitle, else FRBRWork/FRBRname@value
     * @param provisions    in document order, parents before children
     */
    public record Parsed(String workIri, String expressionIri, String language, String title,
                         List<ImportedProvision> provisions) {
    }

    private AkomaNtoso() {
    }

    public static Parsed parse(byte[] xml) {
        return new Reading().read(xml);
    }

    private static XMLInputFactory secureFactory() {
        // The JDK's own implementation, whatever else is on the classpath, so these properties are known to work.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** A provision being read; its texts fill up until its end tag. */
    private static final class Draft {
        final String kind;
        final String identifier;
        final String parentIdentifier;
        final String source;
        final StringBuilder number = new StringBuilder();
        final StringBuilder heading = new StringBuilder();
        final StringBuilder text = new StringBuilder();

        Draft(String kind, String identifier, String parentIdentifier, String source) {
            this.kind = kind;
            this.identifier = identifier;
            this.parentIdentifier = parentIdentifier;
            this.source = source;
        }
    }

    /**
     * An open element: where its character data goes (null: nowhere), the nearest provision around it, and whether
     * it lies in the main body outside quoted structures.
     */
    private record Open(String name, StringBuilder sink, Draft provision, boolean isProvision, boolean inBody,
                        boolean quoted) {
    }

    /** One pass over one document. */
    private static final class Reading {
        private final Deque<Open> open = new ArrayDeque<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final ImportProblems problems = new ImportProblems();
        private final StringBuilder docTitle = new StringBuilder();
        private boolean docTitleSeen;
        private String workIri;
        private String expressionIri;
        private String language;
        private String workName;

        Parsed read(byte[] xml) {
            XMLStreamReader reader = null;
            try {
                reader = secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.DTD -> throw doctypeRefused(reader);
                        case XMLStreamConstants.START_ELEMENT -> start(reader);
                        case XMLStreamConstants.END_ELEMENT -> end();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (!open.isEmpty() && open.peek().sink() != null) {
                                open.peek().sink().append(reader.getText());
                            }
                        }
                        default -> {
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw notWellFormed(e);
            } finally {
                close(reader);
            }
            return result();
        }

        private void start(XMLStreamReader reader) {
            String name = reader.getLocalName();
            boolean akn = NAMESPACE.equals(reader.getNamespaceURI());
            int line = reader.getLocation().getLineNumber();
            Open parent = open.peek();
            if (parent == null) {
                requireAkomaNtosoRoot(name, reader.getNamespaceURI(), line);
                open.push(new Open(name, null, null, false, false, false));
                return;
            }
            // The body of the document itself (root > act > body), not of documents attached to it.
            boolean inBody = parent.inBody() || (akn && open.size() == 2 && (name.equals("body")
                    || name.equals("mainBody")));
            boolean quoted = parent.quoted() || (akn && QUOTATIONS.contains(name));
            StringBuilder sink = parent.sink();
            if (akn && inBody && !quoted && HIERARCHY.contains(name)) {
                Draft draft = draft(reader, name, line, parent.provision());
                open.push(new Open(name, null, draft, true, true, false));
                return;
            }
            if (akn) {
                sink = switch (name) {
                    case "num" -> parent.isProvision() ? parent.provision().number : sink;
                    case "heading" -> parent.isProvision() ? parent.provision().heading : sink;
                    // Footnotes would interrupt the sentence they are attached to.
                    case "authorialNote" -> null;
                    case "docTitle" -> inBody || docTitleSeen ? sink : docTitle;
                    default -> TEXT_CONTAINERS.contains(name) && parent.provision() != null
                            ? parent.provision().text : sink;
                };
                docTitleSeen |= name.equals("docTitle") && !inBody;
                identification(reader, name, parent.name());
                if (BLOCKS.contains(name) && sink != null) {
                    sink.append(' ');
                }
            }
            open.push(new Open(name, sink, parent.provision(), false, inBody, quoted));
        }

        private void end() {
            Open closed = open.pop();
            if (BLOCKS.contains(closed.name()) && closed.sink() != null) {
                closed.sink().append(' ');
            }
        }

        private Draft draft(XMLStreamReader reader, String name, int line, Draft parent) {
            String identifier = firstPresent(reader.getAttributeValue(null, "eId"),
                    reader.getAttributeValue(null, "id"), reader.getAttributeValue(null, "GUID"));
            String source = identifier == null
                    ? "<" + name + "> line " + line
                    : "<" + name + " eId=\"" + identifier + "\"> line " + line;
            if (identifier == null) {
                problems.add(source, Problem.of("crosswalk.akn.no-eid"));
            }
            Draft draft = new Draft(name, identifier, parent == null ? null : parent.identifier, source);
            drafts.add(draft);
            return draft;
        }

        /** FRBR identification in the metadata: which work and expression this is, and in what language. */
        private void identification(XMLStreamReader reader, String name, String parentName) {
            String value = reader.getAttributeValue(null, "value");
            switch (name + " in " + parentName) {
                case "FRBRthis in FRBRWork" -> workIri = value;
                case "FRBRthis in FRBRExpression" -> expressionIri = value;
                case "FRBRname in FRBRWork" -> workName = value;
                case "FRBRlanguage in FRBRExpression" -> language = reader.getAttributeValue(null, "language");
                default -> {
                }
            }
        }

        private Parsed result() {
            if (!problems.any() && drafts.isEmpty()) {
                throw new InvalidInputException("crosswalk.akn.no-provisions");
            }
            List<ImportedProvision> provisions = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                if (d.identifier == null) {
                    continue; // already a problem
                }
                provisions.add(new ImportedProvision(d.identifier, d.parentIdentifier, flat(d.number),
                        flat(d.heading), flat(d.text), blankToNull(language), d.kind, d.source));
            }
            List<ImportedProvision> ordered = ProvisionTree.parentsFirst(provisions, problems);
            problems.throwIfAny();
            String title = flat(docTitle);
            return new Parsed(blankToNull(workIri), blankToNull(expressionIri), blankToNull(language),
                    title != null ? title : blankToNull(workName), ordered);
        }
    }

    private static void requireAkomaNtosoRoot(String name, String namespace, int line) {
        if (!name.equals("akomaNtoso") || !NAMESPACE.equals(namespace)) {
            String found = namespace == null || namespace.isEmpty() ? "no namespace" : "namespace " + namespace;
            throw new InvalidInputException("crosswalk.akn.wrong-root", line, name, found, NAMESPACE);
        }
    }

    /** Stops at the declaration itself, before any entity in it is resolved or expanded. */
    private static InvalidInputException doctypeRefused(XMLStreamReader reader) {
        // The reader is at the end of the declaration; its text gives the line it starts on.
        long line = reader.getLocation().getLineNumber() - reader.getText().lines().count() + 1;
        return new InvalidInputException("crosswalk.xml.doctype", line);
    }

    private static InvalidInputException notWellFormed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the position is given separately below.
        int plain = message.indexOf("Message: ");
        String reason = (plain >= 0 ? message.substring(plain + "Message: ".length()) : message).strip();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new InvalidInputException(at == null ? Problem.of("crosswalk.xml.not-well-formed", reason) : Problem.of("crosswalk.xml.not-well-formed-at", at.getLineNumber(), at.getColumnNumber(), reason), List.of());
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written, nothing to lose
            }
        }
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (blankToNull(v) != null) {
                return v.strip();
            }
        }
        return null;
    }

    private static String flat(CharSequence text) {
        return blankToNull(WHITESPACE.matcher(text).replaceAll(" "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
