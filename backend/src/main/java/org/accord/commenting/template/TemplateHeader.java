package org.accord.commenting.template;

/**
 * The header fields of the commenting template ("Date:", "Document:", "Project:"). Every field
 * may be {@code null} when the file does not carry it.
 */
public record TemplateHeader(String date, String document, String project) {

    /** A header with no fields. */
    public static TemplateHeader empty() {
        return new TemplateHeader(null, null, null);
    }
}
