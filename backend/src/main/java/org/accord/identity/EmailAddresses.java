package org.accord.identity;

import org.accord.shared.Problem;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.accord.shared.InvalidInputException;

import java.util.Locale;

/**
 * Checks an email address where it enters the system: one bare address ({@code name@example.org}), strict RFC 822
 * syntax, no display name, no control characters (header injection), a domain with a dot. Framework-free.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The address trimmed and with a lower-case domain; null or blank gives null (no address). */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        String problem = problem(s);
        if (problem != null) {
            throw new InvalidInputException("identity.email.invalid", printable(s), Problem.of(problem));
        }
        int at = s.lastIndexOf('@');
        return s.substring(0, at) + "@" + s.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** True for an address {@link #normalize} accepts. */
    public static boolean isValid(String raw) {
        return raw != null && !raw.isBlank() && problem(raw.strip()) == null;
    }

    /** The key of the reason the address is refused, or null. */
    private static String problem(String s) {
        if (s.length() > 254) {
            return "identity.email.too-long";
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "identity.email.control-character";
        }
        if (s.contains(",") || s.contains(";") || s.contains("<") || s.contains(">") || s.contains(" ")) {
            return "identity.email.one-address";
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return "identity.email.shape";
        }
        if (at > 64) {
            return "identity.email.local-part-too-long";
        }
        String domain = s.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")
                || !domain.matches("[A-Za-z0-9.-]+")) {
            return "identity.email.domain";
        }
        try {
            InternetAddress a = new InternetAddress(s, true);
            a.validate();
            if (a.getPersonal() != null || !s.equals(a.getAddress())) {
                return "identity.email.one-address";
            }
        } catch (AddressException e) {
            return e.getMessage();
        }
        return null;
    }

    private static String printable(String s) {
        String p = s.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 80 ? p.substring(0, 80) + "…" : p;
    }
}
