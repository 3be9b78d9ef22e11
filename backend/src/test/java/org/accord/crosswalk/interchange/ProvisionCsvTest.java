package org.accord.crosswalk.interchange;

import org.accord.crosswalk.interchange.ProvisionCsv.ColumnMapping;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProvisionCsvTest {

    private static final ColumnMapping ID_PARENT_TEXT = new ColumnMapping("id", "parent", null, null, "text", null);

    /** As Excel saves "CSV UTF-8" in a European locale: BOM, semicolons, CRLF, quoted cells with ; " and newlines. */
    private static final String EUROPEAN_EXCEL = """
            \uFEFFProvision ID;Parent;No.;Title;Provision text;Lang\r
            art_9;;Art. 9;Risk management system;"A risk management system shall be established; it is\r
            kept up to date, ""continuously"", and documented.";en\r
            art_9__para_2;art_9;9(2);;"The process shall:\r
            (a) identify risks,\r
            (b) evaluate them.";en\r
            \r
            art_10;;Art. 10;Data and data governance;  Training data shall be relevant.  ;en\r
            """;

    @Test
    void previewFindsTheDelimiterAndGuessesTheColumns() {
        ProvisionCsv.Preview preview = ProvisionCsv.preview(utf8(EUROPEAN_EXCEL), 2);

        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.headers()).containsExactly("Provision ID", "Parent", "No.", "Title", "Provision text", "Lang");
        assertThat(preview.totalRows()).isEqualTo(3);
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(1).get(4)).isEqualTo("The process shall:\r\n(a) identify risks,\r\n(b) evaluate them.");
        assertThat(preview.suggestedMapping()).isEqualTo(new ColumnMapping("Provision ID", "Parent", "No.", "Title",
                "Provision text", "Lang"));
    }

    @Test
    void previewOfATabSeparatedFileWithFewGuessableColumns() {
        ProvisionCsv.Preview preview = ProvisionCsv.preview(utf8("eId\tarticle\tcaption\tremarks\nA1\t1\tScope\t\n"), 10);

        assertThat(preview.delimiter()).isEqualTo('\t');
        assertThat(preview.suggestedMapping()).isEqualTo(new ColumnMapping("eId", null, "article", "caption", null, null));
        assertThat(preview.rows()).containsExactly(List.of("A1", "1", "Scope", ""));
    }

    @Test
    void parsesQuotedSemicolonsQuotesAndNewlinesAndTrimsValues() {
        List<ImportedProvision> provisions = ProvisionCsv.parse(utf8(EUROPEAN_EXCEL),
                ProvisionCsv.preview(utf8(EUROPEAN_EXCEL), 0).suggestedMapping());

        assertThat(provisions).extracting(ImportedProvision::identifier)
                .containsExactly("art_9", "art_9__para_2", "art_10");
        ImportedProvision art9 = provisions.get(0);
        assertThat(art9.number()).isEqualTo("Art. 9");
        assertThat(art9.heading()).isEqualTo("Risk management system");
        assertThat(art9.text()).isEqualTo("A risk management system shall be established; it is\r\n"
                + "kept up to date, \"continuously\", and documented.");
        assertThat(art9.parentIdentifier()).isNull();
        assertThat(art9.language()).isEqualTo("en");
        assertThat(art9.kind()).isNull();
        assertThat(provisions.get(1).parentIdentifier()).isEqualTo("art_9");
        assertThat(provisions.get(1).heading()).isNull();
        assertThat(provisions.get(2).text()).isEqualTo("Training data shall be relevant.");
        // Physical lines: the quoted cells of the rows before span two and three lines, and line 7 is blank.
        assertThat(provisions).extracting(ImportedProvision::source).containsExactly("line 2", "line 4", "line 8");
    }

    @Test
    void numberIsTheIdentifierWhenNoColumnHoldsIt() {
        List<ImportedProvision> provisions = ProvisionCsv.parse(utf8("id,text\n6-1-1702,Developer duty\n"),
                new ColumnMapping("id", null, null, null, "text", null));

        assertThat(provisions).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo("6-1-1702");
            assertThat(p.text()).isEqualTo("Developer duty");
        });
    }

    @Test
    void errorsAfterAMultiLineFieldNameThePhysicalLine() {
        String csv = """
                id,parent,text
                s1,,"Section one,
                spanning three
                lines"
                s2,s1,Two
                s1,,"Again one"
                """;
        InvalidInputException e = refused(csv, ID_PARENT_TEXT);

        assertThat(e.getMessage()).isEqualTo("Nothing was imported: the file has 1 problem.");
        assertThat(e.details()).containsExactly("line 6: identifier 's1' is also used at line 2.");
    }

    @Test
    void aLatin1FileIsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "id,text\r\nart_1,Scope\r\nart_2,Donn\u00e9es et gouvernance\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ProvisionCsv.preview(latin1, 5)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The file is not UTF-8 text: invalid byte at line 3. Save it as CSV UTF-8 and try again.");
        assertThatThrownBy(() -> ProvisionCsv.parse(latin1, ID_PARENT_TEXT))
                .hasMessageStartingWith("The file is not UTF-8 text: invalid byte at line 3.");
    }

    @Test
    void aFileWithoutTheIdentifierColumnIsRefusedListingItsHeaders() {
        String csv = "Article,Heading,Text\n9,Risk management,Shall be established\n";
        ColumnMapping guessed = ProvisionCsv.preview(utf8(csv), 1).suggestedMapping();

        assertThat(guessed.identifier()).isNull();
        assertThatThrownBy(() -> ProvisionCsv.parse(utf8(csv), guessed))
                .hasMessageStartingWith("The file has no identifier column (headers: Article, Heading, Text)");
        assertThatThrownBy(() -> ProvisionCsv.parse(utf8(csv), new ColumnMapping("id", null, "Article", null, null, null)))
                .hasMessage("The file has no identifier column 'id' (headers: Article, Heading, Text).");
    }

    @Test
    void aMappedColumnMissingFromTheFileIsNamed() {
        InvalidInputException e = refused("id,text\na,b\n", new ColumnMapping("id", "parent", null, "Title", "text", null));

        assertThat(e.getMessage()).isEqualTo("The chosen columns do not match the file (headers: id, text).");
        assertThat(e.details()).containsExactly(
                "The column 'parent' chosen as parent is not in the file.",
                "The column 'Title' chosen as heading is not in the file.");
    }

    @Test
    void everyRowProblemIsListedAtOnce() {
        String csv = """
                id,parent,text
                a,,First
                ,a,No id
                b,a,"Too",many,fields
                c,zzz,Unknown parent
                a,,Duplicate
                """;
        InvalidInputException e = refused(csv, ID_PARENT_TEXT);

        assertThat(e.details()).containsExactly(
                "line 3: the identifier ('id') is blank.",
                "line 4: 5 fields, but the header has 3 (is a delimiter inside a value missing its quotes?).",
                "line 6: identifier 'a' is also used at line 2.");
        // Parents are only looked at once the rows themselves are sound: a refused row may be the missing parent.
        InvalidInputException tree = refused(csv.replace(",a,No id\n", "d,a,Fine\n").replace("\"Too\",many,fields", "Ok"),
                ID_PARENT_TEXT);
        assertThat(tree.details()).containsExactly(
                "line 6: identifier 'a' is also used at line 2.",
                "line 5: parent 'zzz' is not in the file.");
    }

    @Test
    void aSystematicMistakeListsFiftyProblemsAndCountsTheRest() {
        String csv = "id,parent,text\n" + ",,Row without id\n".repeat(70);
        InvalidInputException e = refused(csv, ID_PARENT_TEXT);

        assertThat(e.getMessage()).isEqualTo("Nothing was imported: the file has 70 problems.");
        assertThat(e.details()).hasSize(51).startsWith("line 2: the identifier ('id') is blank.")
                .endsWith("… and 20 more.");
    }

    @Test
    void parentsAfterTheirChildrenAreMovedUpAndFileOrderIsKeptOtherwise() {
        String csv = """
                id,parent,text
                art_9__para_1__point_a,art_9__para_1,Point a
                art_8,,Article 8
                art_9__para_1,art_9,Paragraph 1
                art_9,,Article 9
                art_10,,Article 10
                art_9__para_2,art_9,Paragraph 2
                """;
        List<ImportedProvision> provisions = ProvisionCsv.parse(utf8(csv), ID_PARENT_TEXT);

        assertThat(provisions).extracting(ImportedProvision::identifier).containsExactly(
                "art_9", "art_9__para_1", "art_9__para_1__point_a", "art_8", "art_10", "art_9__para_2");
    }

    @Test
    void aLoopInTheParentChainIsRefused() {
        String csv = """
                id,parent,text
                root,,Top
                a,c,A
                b,a,B
                c,b,C
                self,self,Own parent
                """;
        InvalidInputException e = refused(csv, ID_PARENT_TEXT);

        assertThat(e.details()).containsExactly(
                "line 3: the parent chain goes round in a loop: a → c → b → a.",
                "line 6: the parent chain goes round in a loop: self → self.");
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineItOpens() {
        assertThatThrownBy(() -> ProvisionCsv.parse(utf8("id,text\na,fine\nb,\"never closed\nc,more\n"), ID_PARENT_TEXT))
                .hasMessage("The file is not valid CSV: line 3: a quoted value is never closed (a \" is missing).");
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertThatThrownBy(() -> ProvisionCsv.preview(utf8("\uFEFF \r\n"), 5)).hasMessage("The file is empty.");
        assertThatThrownBy(() -> ProvisionCsv.parse(utf8("id,text\n\n"),
                new ColumnMapping("id", null, null, null, "text", null)))
                .hasMessage("The file has column names but no provisions.");
    }

    @Test
    void twoThousandGeneratedRowsWithParentsListedLast() {
        StringBuilder csv = new StringBuilder("id,parent,number,text\n");
        int articles = 400;
        for (int a = 1; a <= articles; a++) {
            for (int p = 1; p <= 5; p++) {
                csv.append("art_%d__para_%d,art_%d,%d(%d),\"Paragraph %d of article %d, with a comma\"\n"
                        .formatted(a, p, a, a, p, p, a));
            }
        }
        for (int a = 1; a <= articles; a++) {
            csv.append("art_%d,,Art. %d,Article %d\n".formatted(a, a, a));
        }
        List<ImportedProvision> provisions = ProvisionCsv.parse(utf8(csv.toString()),
                new ColumnMapping("id", "parent", "number", null, "text", null));

        assertThat(provisions).hasSize(articles * 6);
        assertThat(provisions.subList(0, 7)).extracting(ImportedProvision::identifier).containsExactly(
                "art_1", "art_1__para_1", "art_1__para_2", "art_1__para_3", "art_1__para_4", "art_1__para_5", "art_2");
        assertThat(provisions.get(1).source()).isEqualTo("line 2");
        assertThat(provisions.get(0).source()).isEqualTo("line " + (2 + articles * 5));
    }

    private static InvalidInputException refused(String csv, ColumnMapping mapping) {
        return catchThrowableOfType(InvalidInputException.class, () -> ProvisionCsv.parse(utf8(csv), mapping));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
