package org.accord.shared;

/**
 * Text as the platform keeps it. PostgreSQL cannot store NUL in text and UTF-8 cannot carry an unpaired surrogate
 * (the driver would turn it into "?"), so both are dropped: they are invisible and carry no meaning.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The text without NUL characters and unpaired surrogates; the same instance when there are none. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep;
            boolean pair = false;
            if (Character.isHighSurrogate(c)) {
                keep = pair = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            } else {
                keep = c != 0 && !Character.isLowSurrogate(c);
            }
            if (!keep && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && sb != null) {
                sb.append(c);
                if (pair) {
                    sb.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }
}
