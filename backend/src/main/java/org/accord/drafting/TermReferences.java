package org.accord.drafting;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References from clause text to defined terms, written {@code [[term]]}. Matching ignores case
 * and admitted terms count; a reference to a term that is not defined is flagged.
 */
public final class TermReferences {

    public static final Pattern REFERENCE = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,200})]]");

    public record Missing(UUID clauseId, String clauseNumber, String term) {
    }

    private TermReferences() {
    }

    public static List<String> referencedTerms(String body) {
        List<String> terms = new ArrayList<>();
        Matcher m = REFERENCE.matcher(body == null ? "" : body);
        while (m.find()) {
            terms.add(m.group(1).trim());
        }
        return terms;
    }

    /** term (lower case) → entry, including admitted terms. */
    public static Map<String, TermView> index(Collection<TermView> terms) {
        Map<String, TermView> index = new HashMap<>();
        for (TermView t : terms) {
            index.putIfAbsent(key(t.term()), t);
            t.admittedTerms().forEach(a -> index.putIfAbsent(key(a), t));
        }
        return index;
    }

    /** {@link #index} of every term defined anywhere in a clause tree (snapshots may lack terms or children). */
    public static Map<String, TermView> indexTree(List<ClauseNode> tree) {
        List<TermView> terms = new java.util.ArrayList<>();
        collect(tree, terms);
        return index(terms);
    }

    private static void collect(List<ClauseNode> nodes, List<TermView> out) {
        for (ClauseNode n : nodes == null ? List.<ClauseNode>of() : nodes) {
            if (n.terms() != null) {
                out.addAll(n.terms());
            }
            collect(n.children(), out);
        }
    }

    public static List<Missing> missing(List<ClauseNode> tree) {
        List<ClauseNode> all = new ArrayList<>();
        tree.forEach(n -> flatten(n, all));
        Map<String, TermView> index = index(all.stream().flatMap(n -> n.terms().stream()).toList());
        List<Missing> missing = new ArrayList<>();
        for (ClauseNode n : all) {
            for (String term : referencedTerms(n.text())) {
                if (!index.containsKey(key(term))) {
                    missing.add(new Missing(n.id(), n.number(), term));
                }
            }
        }
        return missing;
    }

    static String key(String term) {
        return term.trim().toLowerCase(Locale.ROOT);
    }

    private static void flatten(ClauseNode n, List<ClauseNode> out) {
        out.add(n);
        n.children().forEach(c -> flatten(c, out));
    }
}
