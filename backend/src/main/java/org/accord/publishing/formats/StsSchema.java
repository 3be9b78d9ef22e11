package org.accord.publishing.formats;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates NISO STS XML against the bundled subset schema ({@code sts/accord-niso-sts-subset.xsd}).
 * Nothing is ever fetched: the schema's imports resolve to the bundled files only, a DOCTYPE is
 * refused (no DTD, no entities) and external DTD/schema access is switched off.
 */
public final class StsSchema {

    private static final String BASE = "/sts/";
    static final String MAIN = "accord-niso-sts-subset.xsd";
    /** schemaLocation → bundled file; any other location is refused. */
    private static final Map<String, String> BUNDLED = Map.of(
            "xml-lang.xsd", "xml-lang.xsd",
            "tbx-subset.xsd", "tbx-subset.xsd");

    private static final Schema SCHEMA = load();

    private StsSchema() {
    }

    /** Problems found, each "line L, column C: message"; empty when the document is valid. */
    public static List<String> validate(byte[] xml) {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        };
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(StsSchema::refuse);
            validator.setErrorHandler(collect);
            InputSource source = new InputSource(new ByteArrayInputStream(xml == null ? new byte[0] : xml));
            validator.validate(new SAXSource(secureReader(), source));
        } catch (SAXParseException e) {
            errors.add(describe(e)); // not well-formed, or a DOCTYPE: validation stops here
        } catch (SAXException | IOException e) {
            errors.add("line 1, column 1: " + e.getMessage());
        }
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException e) {
        return "line " + Math.max(1, e.getLineNumber()) + ", column " + Math.max(1, e.getColumnNumber()) + ": "
                + e.getMessage();
    }

    private static XMLReader secureReader() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external resources are not allowed (" + systemId + ")");
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
    }

    private static Schema load() {
        try (InputStream main = StsSchema.class.getResourceAsStream(BASE + MAIN)) {
            if (main == null) {
                throw new IllegalStateException("bundled schema " + BASE + MAIN + " is missing");
            }
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setResourceResolver(StsSchema::bundled);
            return f.newSchema(new StreamSource(main, MAIN));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("bundled NISO STS schema cannot be loaded", e);
        }
    }

    private static LSInput bundled(String type, String namespace, String publicId, String systemId, String baseUri) {
        String name = systemId == null ? null : BUNDLED.get(systemId.substring(systemId.lastIndexOf('/') + 1));
        InputStream in = name == null ? null : StsSchema.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("schema import not bundled, refused: " + systemId);
        }
        return new Input(in, name);
    }

    private static LSInput refuse(String type, String namespace, String publicId, String systemId, String baseUri) {
        throw new IllegalStateException("external resources are not allowed (" + systemId + ")");
    }

    /** A bundled schema file handed to the schema loader as a stream, never as a URL to open. */
    private record Input(InputStream stream, String name) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return name; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
