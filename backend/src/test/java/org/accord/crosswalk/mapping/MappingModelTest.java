package org.accord.crosswalk.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.crosswalk.mapping.Relationship.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingModelTest {

    @ParameterizedTest
    @CsvSource({
            "equal, EQUAL", "equal-to, EQUAL", "Equivalent To, EQUAL", "equivalent-to, EQUAL",
            "subset of, SUBSET_OF", "subset-of, SUBSET_OF", "SUPERSET_OF, SUPERSET_OF",
            "intersects-with, INTERSECTS_WITH", "no relationship, NO_RELATIONSHIP",
            "not related to, NO_RELATIONSHIP", "no-relationship, NO_RELATIONSHIP", "not_related, NO_RELATIONSHIP"})
    void spellingsFromDifferentSourcesAreNormalised(String text, Relationship expected) {
        assertThat(Relationship.parse(text)).isEqualTo(expected);
    }

    @Test
    void unknownSpellingsAndBadStrengthsAreRefusedClearly() {
        assertThatThrownBy(() -> Relationship.parse("similar")).hasMessageContaining("'similar'");
        assertThatThrownBy(() -> Rationale.parse("legal")).hasMessageContaining("syntactic, semantic or functional");
        assertThatThrownBy(() -> SUBSET_OF.requireStrength(11)).hasMessageContaining("0 to 10");
        assertThatThrownBy(() -> EQUAL.requireStrength(7)).hasMessageContaining("strength 10");
        assertThat(NO_RELATIONSHIP.requireStrength(null)).isZero();
        assertThat(SUBSET_OF.requireStrength(7)).isEqualTo(7);
    }

    @Test
    void oscalSeparatesEqualToFromEquivalentTo() {
        assertThat(EQUAL.oscal(Rationale.SYNTACTIC)).isEqualTo("equal-to");
        assertThat(EQUAL.oscal(Rationale.SEMANTIC)).isEqualTo("equivalent-to");
        assertThat(INTERSECTS_WITH.oscal(Rationale.FUNCTIONAL)).isEqualTo("intersects-with");
    }

    @Test
    void gapReportOnAHandMadeCrosswalk() {
        List<String> clauses = List.of("4", "5.1", "5.2", "6.2", "7");
        List<String> provisions = List.of("Art9", "Art10", "Art13", "Art14");
        GapReport r = GapReport.of(clauses, provisions, List.of(
                new GapReport.Link("5.1", "Art9", SUBSET_OF),
                new GapReport.Link("5.2", "Art10", INTERSECTS_WITH),
                new GapReport.Link("6.2", "Art13", NO_RELATIONSHIP),
                new GapReport.Link("6.2", "Art14", INTERSECTS_WITH),
                new GapReport.Link("6.2", "Art14", EQUAL),
                new GapReport.Link("7", "Other-law-§1", EQUAL)));
        assertThat(r.unmappedClauses()).containsExactly("4", "7");
        assertThat(r.weaklyMappedClauses()).containsExactly("5.2");
        assertThat(r.uncoveredProvisions()).containsExactly("Art13");
    }
}
