package org.accord.crosswalk.interchange;

import org.accord.crosswalk.interchange.ProvisionReimport.ExistingProvision;
import org.accord.crosswalk.interchange.ProvisionReimport.Plan;
import org.accord.crosswalk.interchange.ProvisionReimport.Update;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisionReimportTest {

    private static final UUID ART_9 = UUID.randomUUID();
    private static final UUID ART_9_2 = UUID.randomUUID();
    private static final UUID ART_10 = UUID.randomUUID();
    private static final UUID ART_11 = UUID.randomUUID();

    private static final List<ExistingProvision> STORED = List.of(
            new ExistingProvision(ART_9, "art_9", "Art. 9", "Risk management system", null, null),
            new ExistingProvision(ART_9_2, "art_9__para_2", "9(2)", null, "The process shall identify risks.", "art_9"),
            new ExistingProvision(ART_10, "art_10", "Art. 10", "Data governance", "Data shall be relevant.", null),
            new ExistingProvision(ART_11, "art_11", "Art. 11", "Technical documentation", null, null));

    @Test
    void matchesByIdentifierSoExistingIdsAndTheirMappingsSurvive() {
        List<ImportedProvision> newVersion = List.of(
                imported("art_9", null, "Art. 9", "Risk management system", null),
                imported("art_9__para_2", "art_9", "9(2)", null, "The process shall identify and evaluate risks."),
                imported("art_9__para_3", "art_9", "9(3)", null, "Risks are re-assessed yearly."),
                imported("art_10", null, "Article 10", "Data and data governance", "Data shall be relevant."));

        Plan plan = ProvisionReimport.plan(STORED, newVersion);

        assertThat(plan.added()).extracting(ImportedProvision::identifier).containsExactly("art_9__para_3");
        assertThat(plan.updated()).containsExactly(
                new Update(ART_9_2, newVersion.get(1), List.of("text")),
                new Update(ART_10, newVersion.get(3), List.of("number", "heading")));
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.disappeared()).extracting(ExistingProvision::id).containsExactly(ART_11);
    }

    @Test
    void aProvisionMovedToAnotherParentIsAnUpdate() {
        Plan plan = ProvisionReimport.plan(STORED.subList(0, 2),
                List.of(imported("art_9", null, "Art. 9", "Risk management system", null),
                        imported("art_9__para_2", null, "9(2)", null, "The process shall identify risks.")));

        assertThat(plan.updated()).singleElement().satisfies(u -> {
            assertThat(u.existingId()).isEqualTo(ART_9_2);
            assertThat(u.changedFields()).containsExactly("parent");
        });
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.disappeared()).isEmpty();
    }

    @Test
    void anImportRepeatingAnIdentifierIsAProgrammingError() {
        assertThatThrownBy(() -> ProvisionReimport.plan(List.of(), List.of(
                imported("a", null, "1", null, null), imported("a", null, "2", null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }

    private static ImportedProvision imported(String identifier, String parent, String number, String heading,
                                              String text) {
        return new ImportedProvision(identifier, parent, number, heading, text, "en", null, "line 1");
    }
}
