package org.accord.balloting.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a published tally with a recomputed one, as JSON values: maps key by key, lists item by item, numbers by
 * value (so {@code 12}, {@code 12.0} and {@code 12.00} are equal), everything else by equality.
 */
public final class TallyComparison {

    private TallyComparison() {
    }

    /** The differences, each naming its path (e.g. {@code tally.options.yes: published 12, recomputed 13}); empty if equal. */
    public static List<String> differences(Map<String, Object> published, Map<String, Object> recomputed) {
        List<String> out = new ArrayList<>();
        compare("tally", published, recomputed, out);
        return out;
    }

    private static void compare(String path, Object published, Object recomputed, List<String> out) {
        if (published instanceof Map<?, ?> p && recomputed instanceof Map<?, ?> r) {
            Set<Object> keys = new LinkedHashSet<>(p.keySet());
            keys.addAll(r.keySet());
            for (Object key : keys) {
                String at = path + "." + key;
                if (!r.containsKey(key)) {
                    out.add(at + ": published " + show(p.get(key)) + ", missing from the recomputed tally");
                } else if (!p.containsKey(key)) {
                    out.add(at + ": recomputed " + show(r.get(key)) + ", missing from the published tally");
                } else {
                    compare(at, p.get(key), r.get(key), out);
                }
            }
        } else if (published instanceof List<?> p && recomputed instanceof List<?> r) {
            if (p.size() != r.size()) {
                out.add(path + ": published " + p.size() + " items, recomputed " + r.size());
            }
            for (int i = 0; i < Math.min(p.size(), r.size()); i++) {
                compare(path + "[" + i + "]", p.get(i), r.get(i), out);
            }
        } else if (published instanceof Number p && recomputed instanceof Number r) {
            BigDecimal a = decimal(p);
            BigDecimal b = decimal(r);
            boolean same = a != null && b != null ? a.compareTo(b) == 0 : Objects.equals(p.toString(), r.toString());
            if (!same) {
                out.add(path + ": published " + show(p) + ", recomputed " + show(r));
            }
        } else if (!Objects.equals(published, recomputed)) {
            out.add(path + ": published " + show(published) + ", recomputed " + show(recomputed));
        }
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(n.toString()) : null;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String show(Object value) {
        String s = value instanceof String str ? "\"" + str + "\"" : String.valueOf(value);
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
