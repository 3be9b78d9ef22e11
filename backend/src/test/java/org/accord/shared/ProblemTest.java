package org.accord.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How a problem reads in each language, and what a reader sees when a translation is missing. */
class ProblemTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String GAPPY = "i18n/problems-fallback-test";

    @Test
    void aKeyMissingInFrenchReadsInEnglishNeverAsTheKeyOrBlank() {
        assertThat(Problem.of("test.both", "ISO 1", 3).message(GAPPY, FRENCH)).isEqualTo("Le projet ISO 1 a 3 articles");
        assertThat(Problem.of("test.english-only", "x").message(GAPPY, FRENCH)).isEqualTo("Only in English: x");
        assertThat(Problem.of("test.blank-in-french").message(GAPPY, FRENCH)).isEqualTo("Blank in French");
    }

    @Test
    void aKeyNoBundleHasStillGivesASentenceThatNamesIt() {
        String text = Problem.of("drafting.no-such-key").message(FRENCH);
        assertThat(text).isNotBlank().isNotEqualTo("drafting.no-such-key").contains("drafting.no-such-key");
    }

    @Test
    void anUnsupportedLanguageReadsEnglish() {
        assertThat(Problem.of("drafting.version.exists", "CD 1").message(Locale.GERMAN)).isEqualTo("Version CD 1 exists already");
        assertThat(Problem.of("drafting.version.exists", "CD 1").message(Locale.forLanguageTag("fr-CA")))
                .isEqualTo("La version CD 1 existe déjà");
    }

    @Test
    void theExceptionKeepsAnEnglishMessageAndRendersItselfPerLanguage() {
        InvalidInputException e = new InvalidInputException("drafting.translation.text-empty", Locale.forLanguageTag("es"), "2");
        assertThat(e.getMessage()).isEqualTo("The Spanish text of clause 2 is empty: write the translation");
        assertThat(e.message(FRENCH)).isEqualTo("Le texte en espagnol de l'article 2 est vide : écrivez la traduction");
        assertThat(e.message(SPANISH)).isEqualTo("El texto en español de la cláusula 2 está vacío: escriba la traducción");
        assertThat(e.message(ARABIC)).startsWith("النص باللغة الإسبانية للبند");
    }

    @Test
    void numbersFollowTheLanguageAndPluralsTheCount() {
        assertThat(Problem.of("crosswalk.import.problems", 1).english()).isEqualTo("Nothing was imported: the file has 1 problem.");
        assertThat(Problem.of("crosswalk.import.problems", 1200).english()).isEqualTo("Nothing was imported: the file has 1,200 problems.");
        assertThat(Problem.of("crosswalk.import.problems", 1200).message(FRENCH)).containsPattern("1\\p{Zs}200 problèmes");
    }

    @Test
    void arabicIsolatesEmbeddedLatinIdentifiers() {
        String text = Problem.of("drafting.version.exists", "CD 1").message(ARABIC);
        assertThat(text).isEqualTo("الإصدار \u2068CD 1\u2069 موجود بالفعل");
        assertThat(Problem.of("drafting.version.exists", "CD 1").message(FRENCH)).doesNotContain("\u2068");
    }

    @Test
    void detailsAreLocalisedWhereTheyAreOursAndShownAsIsOtherwise() {
        InvalidInputException e = new InvalidInputException(Problem.of("membership.ranking.not-saved"),
                List.of(Problem.of("membership.ranking.twice", "A-7"), "$.x: a parser's own words"));
        assertThat(e.details()).containsExactly("Application A-7 is listed twice", "$.x: a parser's own words");
        assertThat(e.details(FRENCH)).containsExactly("La candidature A-7 figure deux fois", "$.x: a parser's own words");
    }

    @Test
    void aRefusedValueWrappedByAServiceStillReadsInTheReadersLanguage() {
        InvalidInputException e = new InvalidInputException("shared.as-given", new InvalidValueException("crosswalk.strength.range", 12));
        assertThat(e.getMessage()).isEqualTo("Strength must be from 0 to 10, was 12");
        assertThat(e.message(FRENCH)).isEqualTo("La force va de 0 à 10 ; elle valait 12");
        assertThat(new InvalidInputException("shared.as-given", new IllegalStateException("a parser's words")).message(FRENCH))
                .isEqualTo("a parser's words");
    }

    @Test
    void notFoundAndNotAllowedAreLocalisedToo() {
        NotFoundException missing = new NotFoundException("Comment period", "42");
        assertThat(missing.getMessage()).isEqualTo("Comment period 42 not found");
        assertThat(missing.message(SPANISH)).isEqualTo("No se encontró el período de comentarios 42");
        NotAllowedException refused = new NotAllowedException("shared.not-a-member");
        assertThat(refused.getMessage()).isEqualTo("Not a member of this working group");
        assertThat(refused.message(FRENCH)).isEqualTo("Vous n'êtes pas membre de ce groupe de travail");
    }
}
