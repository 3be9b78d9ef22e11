package org.accord.balloting;

import org.accord.balloting.tally.RuleSpec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A ballot round to open: on a frozen version of a draft ({@code draftId} + {@code versionLabel}) or on a motion.
 * {@code weights}: per seated member (PER_MEMBER weighting; default 1). {@code chambers}: stakeholder group code →
 * chamber for chamber weighting (default: economic for industry and SMEs, social for civil society and Indigenous
 * peoples, environmental for the rest). {@code participationQuotas}: constituency attribute (e.g. {@code group:SME},
 * {@code global-majority}) → minimum votes cast. {@code opensAt} null = now. {@code custom}: with preset CUSTOM, the
 * thresholds {@code approvalAtLeast}, {@code negativeAtMost}, {@code quorumAtLeast} (e.g. "2/3", "55%").
 */
public record NewBallot(UUID workingGroupId, UUID draftId, String versionLabel, String motion, String title,
                        RuleSpec.Preset preset, RuleSpec.Weighting weighting, Map<UUID, BigDecimal> weights,
                        Map<String, String> chambers, Map<String, Integer> participationQuotas, Boolean secret,
                        Instant opensAt, Instant closesAt, Map<String, String> custom) {

    public NewBallot(UUID workingGroupId, UUID draftId, String versionLabel, String motion, String title,
                     RuleSpec.Preset preset, RuleSpec.Weighting weighting, Map<UUID, BigDecimal> weights,
                     Map<String, String> chambers, Map<String, Integer> participationQuotas, Boolean secret,
                     Instant opensAt, Instant closesAt) {
        this(workingGroupId, draftId, versionLabel, motion, title, preset, weighting, weights, chambers,
                participationQuotas, secret, opensAt, closesAt, null);
    }
}
