package org.accord.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files generated once at publication. Only these names are accepted in URLs (no path ever built from input). */
public enum PublicationFormatKind {
    HTML("html", "text/html;charset=UTF-8", "html"),
    PDF("pdf", "application/pdf", "pdf"),
    STS("sts", "application/xml", "sts.xml"),
    MD("md", "text/markdown;charset=UTF-8", "md"),
    OSCAL("oscal", "application/json", "oscal-mapping.json");

    private final String code;
    private final String mediaType;
    private final String extension;

    PublicationFormatKind(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String code() { return code; }
    public String mediaType() { return mediaType; }
    public String extension() { return extension; }

    public static Optional<PublicationFormatKind> of(String code) {
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst();
    }
}
