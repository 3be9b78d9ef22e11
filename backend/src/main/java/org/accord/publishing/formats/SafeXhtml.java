package org.accord.publishing.formats;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

/**
 * Turns clause HTML from {@code ClauseText.toSafeHtml} into XHTML for a standalone publication:
 * parsed as XML and written again, so the result is always well-formed; only the elements and
 * attributes the Markdown subset produces are kept, and images are replaced by their alternative
 * text because a publication never loads anything from elsewhere.
 */
final class SafeXhtml {

    private static final Set<String> ELEMENTS = Set.of("p", "ul", "ol", "li", "table", "thead", "tbody", "tr",
            "th", "td", "a", "i", "em", "strong", "b", "code", "pre", "blockquote", "br", "hr", "span", "h1",
            "h2", "h3", "h4", "h5", "h6", "del", "sup", "sub");
    private static final Set<String> VOID = Set.of("br", "hr");
    private static final Set<String> ATTRIBUTES = Set.of("href", "class", "title", "start");

    /** Parsers are not thread-safe and costly enough to keep one per thread for 500-clause texts. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXhtml::newBuilder);

    private SafeXhtml() {
    }

    static String fragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // a valueless attribute (a Vaadin router hint) is HTML, not XML, and means nothing here
        String xml = html.replace(" router-ignore ", " ").replace(" router-ignore>", ">");
        try {
            Document doc = BUILDER.get().parse(new InputSource(new StringReader("<div>" + Xml.clean(xml) + "</div>")));
            StringBuilder out = new StringBuilder(html.length() + 32);
            children(doc.getDocumentElement(), out);
            return out.toString();
        } catch (SAXException | IOException e) {
            return "<p>" + Xml.escape(html) + "</p>"; // cannot happen for renderer output; never emit broken markup
        }
    }

    private static void children(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(Xml.escape(n.getNodeValue()));
                case Node.ELEMENT_NODE -> element((Element) n, out);
                default -> {
                    // comments and processing instructions are dropped
                }
            }
        }
    }

    private static void element(Element e, StringBuilder out) {
        String name = e.getTagName();
        if (name.equals("img")) {
            out.append(Xml.escape(e.getAttribute("alt")));
            return;
        }
        if (!ELEMENTS.contains(name)) {
            children(e, out);
            return;
        }
        out.append('<').append(name);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String value = a.getNodeValue();
            if (ATTRIBUTES.contains(a.getNodeName()) && (!a.getNodeName().equals("href") || safeLink(value))) {
                out.append(' ').append(a.getNodeName()).append("=\"").append(Xml.escape(value)).append('"');
            }
        }
        if (VOID.contains(name)) {
            out.append(" />");
            return;
        }
        out.append('>');
        children(e, out);
        out.append("</").append(name).append('>');
    }

    private static boolean safeLink(String href) {
        String h = href.strip().toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("#") || h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:");
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw, nothing is printed
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
    }
}
