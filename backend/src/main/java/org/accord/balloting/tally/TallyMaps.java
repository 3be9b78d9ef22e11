package org.accord.balloting.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published form of a tally: plain maps, lists and strings (ratios as exact "n/d"), identical whether computed
 * by the platform at the close or by the verifier from the export.
 */
public final class TallyMaps {

    private TallyMaps() {
    }

    public static Map<String, Object> of(TallyResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", r.rule());
        out.put("outcome", r.outcome().name());
        List<Object> criteria = new ArrayList<>();
        for (CriterionResult c : r.criteria()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("passed", c.passed());
            m.put("numerator", exact(c.numerator()));
            m.put("denominator", exact(c.denominator()));
            m.put("text", c.text());
            criteria.add(m);
        }
        out.put("criteria", criteria);
        out.put("totals", totals(r.overall()));
        List<Object> chambers = new ArrayList<>();
        for (ChamberBreakdown c : r.chambers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("chamber", c.chamber());
            m.put("totals", totals(c.totals()));
            chambers.add(m);
        }
        out.put("chambers", chambers);
        List<Object> constituencies = new ArrayList<>();
        for (ConstituencyCount c : r.constituencies()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("constituency", c.constituency());
            m.put("members", c.members());
            m.put("votesCast", c.votesCast());
            constituencies.add(m);
        }
        out.put("constituencies", constituencies);
        return out;
    }

    private static Map<String, Object> totals(Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("positive", amount(t.positive()));
        m.put("negative", amount(t.negative()));
        m.put("negativeNotCounted", amount(t.negativeNotCounted()));
        m.put("abstain", amount(t.abstain()));
        m.put("absent", amount(t.absent()));
        m.put("recused", amount(t.recused()));
        return m;
    }

    private static Map<String, Object> amount(Amount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", a.count());
        m.put("weight", exact(a.weight()));
        return m;
    }

    private static String exact(Ratio r) {
        return r == null ? null : r.numerator() + "/" + r.denominator();
    }
}
