package org.accord.ui;

import org.accord.crosswalk.AdoptionDecision;
import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.InstrumentStatus;
import org.accord.crosswalk.InstrumentType;
import org.accord.crosswalk.JurisdictionKind;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;

import java.util.Locale;

/**
 * How relationships look in the crosswalk: a set symbol plus words, and a colour class (never colour alone). The
 * words of NIST IR 8477's relationships and of the other crosswalk values come from {@code i18n/crosswalk}; the set
 * symbols are the same in every language.
 */
final class CrosswalkLabels {

    private CrosswalkLabels() {
    }

    static String symbol(Relationship r) {
        return switch (r) {
            case EQUAL -> "=";
            case SUBSET_OF -> "⊂";
            case SUPERSET_OF -> "⊃";
            case INTERSECTS_WITH -> "∩";
            case NO_RELATIONSHIP -> "∅";
        };
    }

    static String cssClass(Relationship r) {
        return "rel-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The relationship's words ("subset of"), in the page's language. */
    static String relationship(Relationship r) {
        return switch (r) {
            case EQUAL -> UiText.t("crosswalk.relationship.equal");
            case SUBSET_OF -> UiText.t("crosswalk.relationship.subset-of");
            case SUPERSET_OF -> UiText.t("crosswalk.relationship.superset-of");
            case INTERSECTS_WITH -> UiText.t("crosswalk.relationship.intersects-with");
            case NO_RELATIONSHIP -> UiText.t("crosswalk.relationship.no-relationship");
        };
    }

    static String status(ReviewStatus s) {
        return switch (s) {
            case DRAFT -> UiText.t("crosswalk.review.draft");
            case REVIEWED -> UiText.t("crosswalk.review.reviewed");
            case APPROVED -> UiText.t("crosswalk.review.approved");
        };
    }

    static String rationale(Rationale r) {
        return switch (r) {
            case SYNTACTIC -> UiText.t("crosswalk.rationale.syntactic");
            case SEMANTIC -> UiText.t("crosswalk.rationale.semantic");
            case FUNCTIONAL -> UiText.t("crosswalk.rationale.functional");
        };
    }

    /** The rationale with what it means, for choosing one. */
    static String rationaleChoice(Rationale r) {
        return switch (r) {
            case SYNTACTIC -> UiText.t("crosswalk.rationale.syntactic.choice");
            case SEMANTIC -> UiText.t("crosswalk.rationale.semantic.choice");
            case FUNCTIONAL -> UiText.t("crosswalk.rationale.functional.choice");
        };
    }

    static String provenance(Provenance p) {
        return switch (p) {
            case HUMAN -> UiText.t("crosswalk.provenance.human");
            case AUTOMATION -> UiText.t("crosswalk.provenance.automation");
            case HYBRID -> UiText.t("crosswalk.provenance.hybrid");
        };
    }

    static String nature(BindingNature n) {
        return switch (n) {
            case BINDING_LAW -> UiText.t("crosswalk.nature.binding-law");
            case TREATY -> UiText.t("crosswalk.nature.treaty");
            case MULTILATERAL_INSTRUMENT -> UiText.t("crosswalk.nature.multilateral-instrument");
            case SOFT_LAW -> UiText.t("crosswalk.nature.soft-law");
            case INDUSTRY_LED -> UiText.t("crosswalk.nature.industry-led");
            case SECTOR_SPECIFIC -> UiText.t("crosswalk.nature.sector-specific");
        };
    }

    static String instrumentStatus(InstrumentStatus s) {
        return switch (s) {
            case PROPOSED -> UiText.t("crosswalk.instrument-status.proposed");
            case ADOPTED -> UiText.t("crosswalk.instrument-status.adopted");
            case IN_FORCE -> UiText.t("crosswalk.instrument-status.in-force");
            case REPEALED -> UiText.t("crosswalk.instrument-status.repealed");
            case WITHDRAWN -> UiText.t("crosswalk.instrument-status.withdrawn");
        };
    }

    static String type(InstrumentType t) {
        return switch (t) {
            case LAW -> UiText.t("crosswalk.instrument-type.law");
            case REGULATION -> UiText.t("crosswalk.instrument-type.regulation");
            case TREATY -> UiText.t("crosswalk.instrument-type.treaty");
            case FRAMEWORK -> UiText.t("crosswalk.instrument-type.framework");
            case GUIDELINE -> UiText.t("crosswalk.instrument-type.guideline");
            case STANDARD -> UiText.t("crosswalk.instrument-type.standard");
        };
    }

    static String jurisdictionKind(JurisdictionKind k) {
        return switch (k) {
            case COUNTRY -> UiText.t("crosswalk.jurisdiction-kind.country");
            case SUBNATIONAL -> UiText.t("crosswalk.jurisdiction-kind.subnational");
            case REGION -> UiText.t("crosswalk.jurisdiction-kind.region");
            case INTERNATIONAL -> UiText.t("crosswalk.jurisdiction-kind.international");
        };
    }

    static String decision(AdoptionDecision d) {
        return switch (d) {
            case ADOPT -> UiText.t("crosswalk.decision.adopt");
            case ADAPT -> UiText.t("crosswalk.decision.adapt");
            case OMIT -> UiText.t("crosswalk.decision.omit");
        };
    }
}
