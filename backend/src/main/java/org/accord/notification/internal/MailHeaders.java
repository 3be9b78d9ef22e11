package org.accord.notification.internal;

/**
 * Header values built from people's text (ballot titles, draft references, names): line breaks and other control
 * characters are replaced by spaces, so a title such as "Title\r\nBcc: x@evil" stays one header line with no extra
 * header or recipient; long values are shortened. Framework-free.
 */
public final class MailHeaders {

    static final int MAX_SUBJECT = 200;

    private MailHeaders() {
    }

    public static String subject(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll("\\s{2,}", " ").strip();
        return s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT - 1) + "…" : s;
    }
}
