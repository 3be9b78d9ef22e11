package org.accord.commenting;

import java.util.Locale;

/** Type of comment, column 5 of the template. */
public enum CommentType {
    GE("ge", "general"), TE("te", "technical"), ED("ed", "editorial");

    private final String code;
    private final String label;

    CommentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static CommentType fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (CommentType t : values()) {
            if (t.code.equals(c) || t.label.equals(c)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown type of comment '" + code + "': use ge, te or ed");
    }
}
