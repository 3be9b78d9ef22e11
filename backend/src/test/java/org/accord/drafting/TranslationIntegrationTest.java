package org.accord.drafting;

import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clause translations (content languages): official and informal, outdated after a revision, who may do what. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class TranslationIntegrationTest {

    @Autowired TranslationService translations;
    @Autowired DraftingService drafting;
    @Autowired RevisionService revisions;
    @Autowired Fixtures fixtures;

    record World(UUID wg, UUID draft, UUID clause, String convenor, String editor, String delegate, String outsider) {
    }

    World world() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 2);
        UUID clause = SystemActor.call("test", () -> drafting.clauseTree(draft).getFirst().id());
        UUID otherWg = fixtures.workingGroup();
        return new World(wg, draft, clause, fixtures.member(wg, WorkingGroupRole.CONVENOR),
                fixtures.member(wg, WorkingGroupRole.EDITOR), fixtures.member(wg, WorkingGroupRole.DELEGATE),
                fixtures.member(otherWg, WorkingGroupRole.EDITOR));
    }

    @Test
    void editorsTranslateInformallyTheConvenorMakesItOfficialAndMembersReadBoth() {
        World w = world();
        ClauseTranslationView ar = fixtures.as(w.editor(), () -> translations.save(w.draft(), w.clause(), "ar",
                new TranslationEdit("البند 1", "يجب على مزوّد AI system أن يُبلغ الأشخاص المتأثرين.", null, null, 0)));
        assertThat(ar.status()).isEqualTo(TranslationStatus.INFORMAL);
        assertThat(ar.language()).isEqualTo("ar");
        assertThat(ar.version()).isEqualTo(1);
        assertThat(ar.sourceRevision()).isEqualTo(1);
        assertThat(ar.outdated()).isFalse();
        assertThat(ar.translator()).startsWith("Test ");

        ClauseTranslationView fr = fixtures.as(w.convenor(), () -> translations.save(w.draft(), w.clause(), "FR",
                new TranslationEdit("Article 1", "Texte 1", TranslationStatus.OFFICIAL, null, 0)));
        assertThat(fr.official()).isTrue();
        assertThat(fr.language()).isEqualTo("fr");

        // A delegate reads them, one language or one clause at a time.
        fixtures.as(w.delegate(), () -> {
            assertThat(translations.translations(w.draft(), "ar")).singleElement()
                    .satisfies(t -> assertThat(t.text()).contains("AI system"));
            assertThat(translations.translationsOfClause(w.draft(), w.clause()))
                    .extracting(ClauseTranslationView::language, ClauseTranslationView::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ar", TranslationStatus.INFORMAL),
                            org.assertj.core.groups.Tuple.tuple("fr", TranslationStatus.OFFICIAL));
            assertThat(translations.translation(w.draft(), w.clause(), "es")).isEmpty();
            assertThat(translations.canTranslate(w.draft())).isFalse();
            return null;
        });
        assertThat(fixtures.as(w.editor(), () -> translations.canMarkOfficial(w.draft()))).isFalse();
        assertThat(fixtures.as(w.convenor(), () -> translations.canMarkOfficial(w.draft()))).isTrue();

        // The convenor adopts the Arabic one: same text, now official, version 2.
        ClauseTranslationView adopted = fixtures.as(w.convenor(), () -> translations.save(w.draft(), w.clause(), "ar",
                new TranslationEdit(ar.title(), ar.text(), TranslationStatus.OFFICIAL, null, 1)));
        assertThat(adopted.official()).isTrue();
        assertThat(adopted.version()).isEqualTo(2);
    }

    @Test
    void aTranslationIsOutdatedOnceTheClauseIsRevisedAndCurrentAgainWhenUpdated() {
        World w = world();
        fixtures.as(w.editor(), () -> translations.save(w.draft(), w.clause(), "es",
                new TranslationEdit("Cláusula 1", "Texto 1", TranslationStatus.INFORMAL, null, 0)));
        fixtures.as(w.editor(), () -> revisions.revise(w.draft(), w.clause(), new ClauseEdit(1, null, "Text 1, revised.", "Revised")));

        ClauseTranslationView es = fixtures.as(w.delegate(), () -> translations.translation(w.draft(), w.clause(), "es").orElseThrow());
        assertThat(es.outdated()).isTrue();
        assertThat(es.sourceRevision()).isEqualTo(1);
        assertThat(es.currentRevision()).isEqualTo(2);

        ClauseTranslationView updated = fixtures.as(w.editor(), () -> translations.save(w.draft(), w.clause(), "es",
                new TranslationEdit("Cláusula 1", "Texto 1, revisado.", TranslationStatus.INFORMAL, 2, es.version())));
        assertThat(updated.outdated()).isFalse();
        assertThat(updated.sourceRevision()).isEqualTo(2);
    }

    @Test
    void permissionsFollowTheWorkingGroupRoles() {
        World w = world();
        assertThatThrownBy(() -> fixtures.as(w.delegate(), () -> translations.save(w.draft(), w.clause(), "fr",
                new TranslationEdit("T", "Texte", null, null, 0)))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("translate");
        assertThatThrownBy(() -> fixtures.as(w.editor(), () -> translations.save(w.draft(), w.clause(), "fr",
                new TranslationEdit("T", "Texte", TranslationStatus.OFFICIAL, null, 0)))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("official");
        assertThatThrownBy(() -> fixtures.as(w.outsider(), () -> translations.translations(w.draft(), "fr")))
                .isInstanceOf(AccessDeniedException.class);
        // The secretariat may do everything; an editor may then not change the official translation.
        SystemActor.call("test", () -> translations.save(w.draft(), w.clause(), "fr",
                new TranslationEdit("Article 1", "Texte officiel", TranslationStatus.OFFICIAL, null, 0)));
        assertThatThrownBy(() -> fixtures.as(w.editor(), () -> translations.save(w.draft(), w.clause(), "fr",
                new TranslationEdit("Article 1", "Texte modifié", TranslationStatus.INFORMAL, null, 1))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is official");
        assertThat(fixtures.as(w.delegate(), () -> translations.translation(w.draft(), w.clause(), "fr").orElseThrow().text()))
                .isEqualTo("Texte officiel");
    }

    @Test
    void badInputIsRefusedWithClearMessages() {
        World w = world();
        fixtures.as(w.editor(), () -> {
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "de", new TranslationEdit("T", "Text", null, null, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Unknown content language \"de\"")
                    .hasMessageContaining("en, fr, es, ar");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr-CA", new TranslationEdit("T", "Text", null, null, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("ISO 639-1");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "en", new TranslationEdit("T", "Text", null, null, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("is written in English");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "  ", null, null, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("French text of clause 1 is empty");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr", new TranslationEdit(" ", "Texte", null, null, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("title of clause 1");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "Texte", null, 7, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no revision 7");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "Texte", null, null, 3)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no French translation");
            assertThatThrownBy(() -> translations.translations(w.draft(), "xx")).isInstanceOf(InvalidInputException.class);

            translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "Texte", null, null, 0));
            translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "Texte 2", null, null, 1));
            // A second translator who opened version 1 does not overwrite version 2.
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "Texte 3", null, null, 1)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("since you opened it")
                    .hasMessageContaining("version 2");
            assertThatThrownBy(() -> translations.save(w.draft(), w.clause(), "fr", new TranslationEdit("Article 1", "Texte 3", null, null, 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("since you opened it");
            return null;
        });
    }
}
