package org.accord.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile text corpus ({@code hostile/xss.txt}), shared by backend and browser tests (the frontend reads it
 * from the backend test jar).
 */
public final class HostileCorpus {

    private static final List<String> XSS = load("/hostile/xss.txt");

    private HostileCorpus() {
    }

    /** Every payload, decoded: NUL, lone surrogates and bidi overrides included. */
    public static List<String> xss() {
        return XSS;
    }

    /** Payloads a database text column can hold as typed (PostgreSQL refuses NUL, UTF-8 cannot carry lone surrogates). */
    public static List<String> storable() {
        return XSS.stream().filter(p -> p.equals(normalise(p))).toList();
    }

    /** What the platform keeps of a payload: NUL and unpaired surrogates dropped (see TextInput). */
    public static String normalise(String s) {
        return org.accord.shared.TextInput.clean(s);
    }

    static List<String> load(String resource) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                if (line.startsWith("@repeat ")) {
                    String[] parts = line.split(" ", 3);
                    int length = Integer.parseInt(parts[1]);
                    StringBuilder sb = new StringBuilder(length);
                    while (sb.length() < length) {
                        sb.append(parts[2]).append(' ');
                    }
                    out.add(sb.substring(0, length));
                } else {
                    out.add(decode(line));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (line.startsWith("\\u", i) && i + 6 <= line.length()
                    && line.substring(i + 2, i + 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                sb.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (line.startsWith("\\r", i)) {
                sb.append('\r');
                i++;
            } else if (line.startsWith("\\n", i)) {
                sb.append('\n');
                i++;
            } else {
                sb.append(line.charAt(i));
            }
        }
        return sb.toString();
    }
}
