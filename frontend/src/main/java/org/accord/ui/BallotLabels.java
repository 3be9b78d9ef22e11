package org.accord.ui;

import com.vaadin.flow.component.html.Span;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.tally.Position;
import org.accord.balloting.tally.RuleSpec;
import org.accord.drafting.DraftSummary;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Wording for ballots shared by the list and the round: presets, positions, outcomes, status. */
final class BallotLabels {

    private BallotLabels() {
    }

    static String preset(RuleSpec.Preset p) {
        return switch (p) {
            case ISO_DIS -> "ISO DIS: ≥ 2/3 of P-members voting approve and ≤ 1/4 of votes cast negative";
            case ISO_FDIS -> "ISO FDIS: ≥ 2/3 of P-members voting approve and ≤ 1/4 of votes cast negative";
            case ISO_CD -> "ISO CD: ≥ 2/3 of P-members voting approve (the \"in case of doubt\" rule)";
            case ISO_NP -> "ISO NP: > 1/2 of P-members voting approve and ≥ 5 P-members commit to take part";
            case CEN -> "CEN: ≥ 55 % of votes cast are yes and the yes votes carry ≥ 65 % of the weight";
            case CENELEC -> "CENELEC: ≥ 71 % of the weighted votes cast are yes";
            case FSC -> "FSC General Assembly: quorum and majority in each chamber, ≥ 2/3 of the power present yes";
            case IETF -> "IETF IESG: at least one Yes, no Discuss, Yes + No Objection ≥ 2/3 of active members";
            case CUSTOM -> "Custom: approval share, negative share and quorum you set";
        };
    }

    /** Short name for lists: "ISO DIS". */
    static String presetShort(String preset) {
        try {
            String label = preset(RuleSpec.Preset.valueOf(preset));
            return label.substring(0, label.indexOf(':'));
        } catch (IllegalArgumentException e) {
            return preset;
        }
    }

    static String weighting(RuleSpec.Weighting w) {
        return switch (w) {
            case PRESET -> "The preset's own weighting";
            case ONE_MEMBER_ONE_VOTE -> "One member, one vote";
            case PER_MEMBER -> "Weight per member (1 each unless set through the API)";
            case FSC_CHAMBERS -> "FSC chambers: economic, social and environmental carry equal power";
        };
    }

    static String weighting(String w) {
        try {
            return weighting(RuleSpec.Weighting.valueOf(w));
        } catch (IllegalArgumentException e) {
            return w;
        }
    }

    static String position(Position p) {
        return switch (p) {
            case APPROVE -> "Approve";
            case APPROVE_WITH_COMMENTS -> "Approve with comments";
            case DISAPPROVE -> "Disapprove";
            case ABSTAIN -> "Abstain";
            case YES -> "Yes";
            case NO_OBJECTION -> "No objection";
            case DISCUSS -> "Discuss (blocks the ballot)";
            case RECUSE -> "Recuse";
        };
    }

    static String position(String choice) {
        if (choice == null) {
            return "";
        }
        try {
            return position(Position.valueOf(choice));
        } catch (IllegalArgumentException e) {
            return choice;
        }
    }

    /** Outcome in words with a sign, so it never rests on colour alone. */
    static String outcome(String outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "PASSED" -> "✓ Approved";
            case "FAILED" -> "✗ Not approved";
            case "NOT_VALID" -> "✗ Not valid";
            default -> outcome;
        };
    }

    static Span outcomeBadge(String outcome) {
        Span s = new Span(outcome(outcome));
        s.addClassNames("badge", "PASSED".equals(outcome) ? "ok" : "bad");
        return s;
    }

    static String status(BallotSummary b, Instant now) {
        if ("CLOSED".equals(b.status())) {
            return "Closed";
        }
        if (now.isBefore(b.opensAt())) {
            return "Opens " + UiText.utc(b.opensAt());
        }
        return now.isBefore(b.closesAt()) ? "Open for voting" : "Voting ended, awaiting the close";
    }

    static String subject(BallotSummary b, Map<UUID, DraftSummary> drafts) {
        if (b.draftId() == null) {
            return "Motion: " + b.motion();
        }
        DraftSummary d = drafts.get(b.draftId());
        return b.versionLabel() + " of " + (d == null ? "a draft" : d.reference());
    }

    static String window(BallotSummary b) {
        return UiText.utc(b.opensAt()) + " to " + UiText.utc(b.closesAt());
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** Whether votes carry unequal weights (show weights and power). */
    static boolean weighted(BallotSummary b) {
        RuleSpec.Weighting w = RuleSpec.Weighting.valueOf(b.weighting());
        if (w != RuleSpec.Weighting.PRESET) {
            return w != RuleSpec.Weighting.ONE_MEMBER_ONE_VOTE;
        }
        return switch (RuleSpec.Preset.valueOf(b.preset())) {
            case CEN, CENELEC, FSC -> true;
            default -> false;
        };
    }

    /** The positions a voter may take under the round's rule. */
    static java.util.Set<org.accord.balloting.tally.Position> positions(BallotSummary b) {
        return RuleSpec.Preset.valueOf(b.preset()) == RuleSpec.Preset.IETF
                ? org.accord.balloting.tally.Position.IETF_POSITIONS : org.accord.balloting.tally.Position.ISO_POSITIONS;
    }
}
