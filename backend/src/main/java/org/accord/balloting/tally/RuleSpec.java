package org.accord.balloting.tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a ballot round counts, in a form that is published with the round and rebuilt by the verifier from the export
 * alone: a preset, a weighting, and participation quotas (constituency → minimum votes cast).
 */
public record RuleSpec(Preset preset, Weighting weighting, Map<String, Integer> participationQuotas,
                       Map<String, String> custom) {

    /** Keys of {@link #custom()} for the CUSTOM preset; values are shares such as "2/3", "0.55" or "55%". */
    public static final List<String> CUSTOM_KEYS = List.of("approvalAtLeast", "negativeAtMost", "quorumAtLeast");

    public RuleSpec(Preset preset, Weighting weighting, Map<String, Integer> participationQuotas) {
        this(preset, weighting, participationQuotas, null);
    }

    public enum Preset {
        ISO_DIS, ISO_FDIS, ISO_CD, ISO_NP, CEN, CENELEC, FSC, IETF,
        /** Composed from {@link #CUSTOM_KEYS}: approval share, negative share, quorum. */
        CUSTOM;

        Rule rule() {
            return switch (this) {
                case CUSTOM -> throw new IllegalStateException("a custom rule is built from its thresholds");
                case ISO_DIS -> Rule.ISO_DIS;
                case ISO_FDIS -> Rule.ISO_FDIS;
                case ISO_CD -> Rule.ISO_CD;
                case ISO_NP -> Rule.ISO_NP;
                case CEN -> Rule.CEN;
                case CENELEC -> Rule.CENELEC;
                case FSC -> Rule.FSC;
                case IETF -> Rule.IETF;
            };
        }
    }

    /** PRESET: the preset's own weighting. */
    public enum Weighting {
        PRESET, ONE_MEMBER_ONE_VOTE, PER_MEMBER, FSC_CHAMBERS
    }

    public RuleSpec {
        if (preset == null) {
            throw new IllegalArgumentException("Choose a rule preset: " + List.of(Preset.values()));
        }
        weighting = weighting == null ? Weighting.PRESET : weighting;
        Map<String, Integer> q = new TreeMap<>();
        if (participationQuotas != null) {
            participationQuotas.forEach((k, v) -> {
                if (k == null || k.isBlank()) {
                    throw new IllegalArgumentException("A participation quota needs a constituency");
                }
                if (v == null || v < 1) {
                    throw new IllegalArgumentException("Participation quota for " + k + " must be at least 1 vote, was " + v);
                }
                q.put(k, v);
            });
        }
        participationQuotas = java.util.Collections.unmodifiableMap(q);
        Map<String, String> c = new TreeMap<>();
        if (custom != null) {
            custom.forEach((k, v) -> {
                if (!CUSTOM_KEYS.contains(k)) {
                    throw new IllegalArgumentException("Unknown custom criterion '" + k + "'; use " + CUSTOM_KEYS);
                }
                if (v != null && !v.isBlank()) {
                    Ratio r;
                    try {
                        r = Ratio.parse(v.trim());
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(k + ": '" + v + "' is not a share like 2/3, 0.55 or 55%");
                    }
                    Criterion.requireThreshold(r, k);
                    c.put(k, v.trim());
                }
            });
        }
        if (preset == Preset.CUSTOM && c.isEmpty()) {
            throw new IllegalArgumentException("A custom rule needs at least one of " + CUSTOM_KEYS);
        }
        if (preset != Preset.CUSTOM && !c.isEmpty()) {
            throw new IllegalArgumentException("Custom thresholds only go with the CUSTOM preset");
        }
        custom = java.util.Collections.unmodifiableMap(c);
    }

    public Rule toRule() {
        Rule rule = preset == Preset.CUSTOM ? customRule() : preset.rule();
        rule = switch (weighting) {
            case PRESET -> rule;
            case ONE_MEMBER_ONE_VOTE -> rule.withWeighting(WeightingScheme.oneMemberOneVote());
            case PER_MEMBER -> rule.withWeighting(WeightingScheme.perMember());
            case FSC_CHAMBERS -> rule.withWeighting(WeightingScheme.fsc());
        };
        for (var q : participationQuotas.entrySet()) {
            rule = rule.and(Criterion.participationQuota(q.getKey(), q.getValue()));
        }
        return rule;
    }

    private Rule customRule() {
        Criterion.Measure m = effectiveWeighting() == Weighting.ONE_MEMBER_ONE_VOTE ? Criterion.Measure.COUNT
                : Criterion.Measure.WEIGHT;
        Rule.Builder b = Rule.builder("Custom");
        if (custom.containsKey("quorumAtLeast")) {
            b.criterion(Criterion.quorum(VoterScope.ALL, m, Criterion.Comparison.AT_LEAST, Ratio.parse(custom.get("quorumAtLeast"))));
        }
        if (custom.containsKey("approvalAtLeast")) {
            b.criterion(Criterion.approvalShare(VoterScope.ALL, m, Criterion.Comparison.AT_LEAST,
                    Ratio.parse(custom.get("approvalAtLeast"))));
        }
        if (custom.containsKey("negativeAtMost")) {
            b.criterion(Criterion.negativeShare(VoterScope.ALL, m, Criterion.Comparison.AT_MOST,
                    Ratio.parse(custom.get("negativeAtMost"))));
        }
        return b.build();
    }

    /** Effective weighting: PRESET resolved to what the preset uses. */
    public Weighting effectiveWeighting() {
        if (weighting != Weighting.PRESET) {
            return weighting;
        }
        return switch (preset) {
            case CEN, CENELEC -> Weighting.PER_MEMBER;
            case FSC -> Weighting.FSC_CHAMBERS;
            default -> Weighting.ONE_MEMBER_ONE_VOTE;
        };
    }

    public Map<String, Object> toParameters() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preset", preset.name());
        out.put("weighting", weighting.name());
        out.put("participationQuotas", new LinkedHashMap<>(participationQuotas));
        if (!custom.isEmpty()) {
            out.put("custom", new LinkedHashMap<>(custom));
        }
        return out;
    }

    /** Reads what {@link #toParameters()} wrote; a clear error for anything else. */
    public static RuleSpec fromParameters(Map<String, Object> p) {
        if (p == null || !(p.get("preset") instanceof String preset)) {
            throw new IllegalArgumentException("ruleParameters.preset is missing");
        }
        Weighting w = p.get("weighting") instanceof String s ? Weighting.valueOf(s) : Weighting.PRESET;
        Map<String, Integer> quotas = new TreeMap<>();
        if (p.get("participationQuotas") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> quotas.put(String.valueOf(k), ((Number) v).intValue()));
        }
        Map<String, String> custom = new TreeMap<>();
        if (p.get("custom") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
        }
        return new RuleSpec(Preset.valueOf(preset), w, quotas, custom);
    }
}
