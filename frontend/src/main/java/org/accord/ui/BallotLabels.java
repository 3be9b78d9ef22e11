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
            case ISO_DIS -> UiText.t("balloting.preset.iso-dis");
            case ISO_FDIS -> UiText.t("balloting.preset.iso-fdis");
            case ISO_CD -> UiText.t("balloting.preset.iso-cd");
            case ISO_NP -> UiText.t("balloting.preset.iso-np");
            case CEN -> UiText.t("balloting.preset.cen");
            case CENELEC -> UiText.t("balloting.preset.cenelec");
            case FSC -> UiText.t("balloting.preset.fsc");
            case IETF -> UiText.t("balloting.preset.ietf");
            case CUSTOM -> UiText.t("balloting.preset.custom");
        };
    }

    /** Short name for lists: "ISO DIS". */
    static String presetShort(String preset) {
        try {
            String label = preset(RuleSpec.Preset.valueOf(preset));
            int colon = label.indexOf(':');
            return colon < 0 ? label : label.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return preset;
        }
    }

    static String weighting(RuleSpec.Weighting w) {
        return switch (w) {
            case PRESET -> UiText.t("balloting.weighting.preset");
            case ONE_MEMBER_ONE_VOTE -> UiText.t("balloting.weighting.one-member-one-vote");
            case PER_MEMBER -> UiText.t("balloting.weighting.per-member");
            case FSC_CHAMBERS -> UiText.t("balloting.weighting.fsc-chambers");
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
            case APPROVE -> UiText.t("balloting.position.approve");
            case APPROVE_WITH_COMMENTS -> UiText.t("balloting.position.approve-with-comments");
            case DISAPPROVE -> UiText.t("balloting.position.disapprove");
            case ABSTAIN -> UiText.t("balloting.position.abstain");
            case YES -> UiText.t("balloting.position.yes");
            case NO_OBJECTION -> UiText.t("balloting.position.no-objection");
            case DISCUSS -> UiText.t("balloting.position.discuss");
            case RECUSE -> UiText.t("balloting.position.recuse");
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
            case "PASSED" -> UiText.t("balloting.outcome.passed");
            case "FAILED" -> UiText.t("balloting.outcome.failed");
            case "NOT_VALID" -> UiText.t("balloting.outcome.not-valid");
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
            return UiText.t("balloting.status.closed");
        }
        if (now.isBefore(b.opensAt())) {
            return UiText.t("balloting.status.opens", LocalAndUtc.text(b.opensAt()));
        }
        return now.isBefore(b.closesAt()) ? UiText.t("balloting.status.open") : UiText.t("balloting.status.ended");
    }

    static String subject(BallotSummary b, Map<UUID, DraftSummary> drafts) {
        if (b.draftId() == null) {
            return UiText.t("balloting.subject.motion", b.motion());
        }
        DraftSummary d = drafts.get(b.draftId());
        return d == null ? UiText.t("balloting.subject.version-of-a-draft", b.versionLabel())
                : UiText.t("balloting.subject.version-of", b.versionLabel(), d.reference());
    }

    /** Opening and close in UTC, then in the reader's time zone and language. */
    static Span window(BallotSummary b) {
        return LocalAndUtc.window(b.opensAt(), b.closesAt());
    }

    /** A count in the UI language's digits and grouping. */
    static String number(long n) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Locale l = AccordI18n.supported(ui == null ? null : ui.getLocale());
        return java.text.NumberFormat.getIntegerInstance(l).format(n);
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
