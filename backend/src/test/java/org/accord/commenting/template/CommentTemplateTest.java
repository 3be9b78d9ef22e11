package org.accord.commenting.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CommentTemplateTest {

    private final CommentTemplateWriter writer = new CommentTemplateWriter();
    private final CommentTemplateReader reader = new CommentTemplateReader();

    private static final TemplateHeader HEADER =
            new TemplateHeader("2026-03-14", "ISO/IEC DIS 42001-2", "AIH — AI harms taxonomy");

    // ------------------------------------------------------------------ round trips

    @Test
    void roundTripKeepsEveryValueVerbatim() throws IOException {
        List<TemplateRow> rows = sampleRows();
        byte[] xlsx = xlsx(HEADER, rows);

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx));

        assertThat(result.errors()).isEmpty();
        assertThat(result.header()).isEqualTo(HEADER);
        assertThat(result.rows()).hasSize(30).containsExactlyElementsOf(rows);
        assertThat(result.rows()).extracting(TemplateRow::comment)
                .contains("تعليق تقني: يجب توضيح المصطلح «الضرر»",
                        "Me whakamārama ake te kupu “kaitiakitanga” mō ngā whānau Māori",
                        "<script>alert('x')</script> & <b>bold</b>",
                        "=SUM(A1:A9)");
    }

    @Test
    void writtenWorkbookFollowsTheTemplateLayoutAndHoldsNoFormulas() throws IOException {
        byte[] xlsx = xlsx(HEADER, sampleRows());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Template for comments and secretariat observations");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Date:");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Document:");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Project:");
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("MB/NC¹", "Line number", "Clause/ Subclause",
                    "Paragraph/ Figure/ Table/", "Type of comment²", "Comments", "Proposed change",
                    "Observations of the secretariat");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("KE-AIH-001");
            assertThat(sheet.getRow(3).getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(1));
            assertThat(sheet.getNumMergedRegions()).isZero();

            Cell sum = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=SUM(")) {
                        sum = cell;
                    }
                }
            }
            assertThat(sum).isNotNull();
            assertThat(sum.getCellType()).isEqualTo(CellType.STRING);
            assertThat(sum.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(sum.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void streamsFiveThousandRowsAndReadsThemBack() throws IOException {
        int n = 5_000;
        Iterator<TemplateRow> lazy = IntStream.rangeClosed(1, n).mapToObj(CommentTemplateTest::numbered).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long sxssfTempsBefore = sxssfTempFiles();

        writer.writeXlsx(HEADER, lazy, out);

        assertThat(sxssfTempFiles()).as("SXSSF temp files are disposed").isLessThanOrEqualTo(sxssfTempsBefore);
        ReadResult result = reader.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(n);
        assertThat(result.rows().get(0)).isEqualTo(numbered(1));
        assertThat(result.rows().get(n - 1)).isEqualTo(numbered(n));
        assertThat(result.rows().get(2_500).lineNumber()).isEqualTo("2501");
    }

    @Test
    void readerLeavesNoTemporaryFileBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countFiles(tmp, "accord-template-");
        reader.read(new ByteArrayInputStream(xlsx(HEADER, sampleRows())));
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("nope".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(TemplateRejectedException.class);
        assertThat(countFiles(tmp, "accord-template-")).isLessThanOrEqualTo(before);
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvIsRfc4180WithCrlfAndNeutralisedFormulas() {
        List<TemplateRow> rows = List.of(
                new TemplateRow("KE", "KE-001", "12", "5.1", "Table 1", "te",
                        "Uses \"quotes\", and commas", "=SUM(A1:A2)", null),
                new TemplateRow("NZ", "", "", "", "", "ed", "line one\nline two", "+1 more", "-2"),
                new TemplateRow(null, null, "", "", "", "ge", "@cmd", "\tTabbed", "\rreturn"),
                new TemplateRow("UG", "UG-7", "", "", "", "ge", "a-b = c", "ok", "جيد"));
        StringWriter out = new StringWriter();

        writer.writeCsv(rows.iterator(), out);

        assertThat(out.toString()).isEqualTo(
                "MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,"
                        + "Proposed change,Observations of the secretariat\r\n"
                        + "KE-001,12,5.1,Table 1,te,\"Uses \"\"quotes\"\", and commas\",'=SUM(A1:A2),\r\n"
                        + "NZ,,,,ed,\"line one\nline two\",'+1 more,'-2\r\n"
                        + ",,,,ge,'@cmd,'\tTabbed,\"'\rreturn\"\r\n"
                        + "UG-7,,,,ge,a-b = c,ok,جيد\r\n");
    }

    // ------------------------------------------------------------------ row errors

    @Test
    void invalidRowsAreListedWithExcelRowNumbersAndValidRowsKept() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet s = wb.createSheet("Comments");
            cells(s, 0, "Template for comments and secretariat observations");
            cells(s, 1, "Date:", "2026-01-20", null, "Document:", "ISO/IEC CD 42005", null, "Project: Accord");
            headerRow(s, 2, 0);
            Row valid = cells(s, 3, "KE-AIH-001", null, "5.1", "Table 2", "ed", "Typo", "Fix it", null);
            valid.createCell(1).setCellValue(12);                                        // numeric line number
            cells(s, 4, "KE-AIH-002", "13", "5.2", "", "xx", "Comment", "", "");          // bad type
            cells(s, 5, "KE-AIH-003", "14", "6", "", "te", "", "Replace 'shall'", "");    // te, no justification
            // row 7 (index 6) left empty
            cells(s, 7, "US-004", "15", "7", "", " Technical ", "Because", "", "");       // normalised to te
            cells(s, 8, "US-005", "16", "7", "", "ed", "", "", "Noted");                  // nothing said
            cells(s, 9, "US-006", "17", "8", "", "ge", "x".repeat(20_001), "", "");      // too long
            cells(s, 10, "**-007", "", "", "", "GENERAL", "", "Add a scope note", "");
            cells(s, 11, "", "", "", "", "", "", "", "");                                 // blank cells only
        });

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx));

        assertThat(result.header()).isEqualTo(new TemplateHeader("2026-01-20", "ISO/IEC CD 42005", "Accord"));
        assertThat(result.rows()).extracting(TemplateRow::commentId, TemplateRow::memberBody,
                        TemplateRow::lineNumber, TemplateRow::type)
                .containsExactly(
                        tuple("KE-AIH-001", "KE-AIH", "12", "ed"),
                        tuple("US-004", "US", "15", "te"),
                        tuple("**-007", "**", "", "ge"));
        assertThat(result.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(
                        tuple(5, "Type of comment"),
                        tuple(6, "Comments"),
                        tuple(9, "Comments"),
                        tuple(10, "Comments"));
        assertThat(result.errors().get(0).problem()).contains("\"xx\"").contains("ge").contains("te").contains("ed");
        assertThat(result.errors().get(1).problem()).isEqualTo("a technical comment needs a justification");
        assertThat(result.errors().get(3).problem()).contains("20,001").contains("20,000");
    }

    @Test
    void headerIsMatchedToleratingCaseSpacingLineBreaksHintsAndFootnoteMarkers() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet s = wb.createSheet("Sheet1");
            cells(s, 0, "Date: 2026-02-02");
            cells(s, 4, null, "mb/nc1", "LINE\nNUMBER (e.g. 17)", "Clause/Subclause (e.g. 3.1)",
                    "Paragraph/\nFigure/\nTable/ (e.g. Table 1)", "Type of\ncomment2", "  COMMENTS ",
                    "Proposed\u00A0change", "Observations of the Secretariat");
            cells(s, 5, null, "FR-01", "3", "4.2", "Note 1", "te", "Ambiguous", "Clarify", "");
            cells(s, 7, null, "¹ MB = Member body / NC = National Committee");
            cells(s, 8, null, "² Type of comment: ge = general te = technical ed = editorial");
        });

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx));

        assertThat(result.errors()).isEmpty();
        assertThat(result.header()).isEqualTo(new TemplateHeader("2026-02-02", null, null));
        assertThat(result.rows()).containsExactly(
                new TemplateRow("FR", "FR-01", "3", "4.2", "Note 1", "te", "Ambiguous", "Clarify", ""));
    }

    @Test
    void templateOnALaterSheetIsFound() throws IOException {
        byte[] xlsx = workbook(wb -> {
            cells(wb.createSheet("Instructions"), 0, "Fill in one row per comment.");
            Sheet s = wb.createSheet("Comments");
            headerRow(s, 0, 0);
            cells(s, 1, "NZ-001", "", "", "", "ed", "", "Use “whānau” consistently", "");
        });

        assertThat(reader.read(new ByteArrayInputStream(xlsx)).rows()).extracting(TemplateRow::proposedChange)
                .containsExactly("Use “whānau” consistently");
    }

    // ------------------------------------------------------------------ whole-file rejections

    @Test
    void wrongColumnsAreRejectedWithExpectedAndFound() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet s = wb.createSheet("Comments");
            cells(s, 0, "ID", "Line", "Clause", "Paragraph", "Type", "Comment", "Proposal", "Observations");
            cells(s, 1, "KE-1", "1", "1", "", "ge", "x", "y", "");
        });

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOf(TemplateRejectedException.class)
                .isInstanceOf(org.accord.shared.InvalidInputException.class)
                .hasMessageContaining("not the 2012-03 commenting template")
                .hasMessageContaining("expected columns \"MB/NC\", \"Line number\", \"Clause/Subclause\"")
                .hasMessageContaining("found \"ID\", \"Line\", \"Clause\", \"Paragraph\", \"Type\"")
                .hasMessageEndingWith("Nothing was imported.");
    }

    @Test
    void columnsInAnotherOrderAreRejected() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet s = wb.createSheet("Comments");
            List<String> labels = new ArrayList<>(TemplateColumn.ORDER.stream().map(TemplateColumn::header).toList());
            java.util.Collections.swap(labels, 5, 6);
            cells(s, 0, labels.toArray(String[]::new));
        });

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessageContaining("expected columns")
                .hasMessageContaining("\"Proposed change\", \"Comments\"");
    }

    @Test
    void mergedCellsInTheCommentTableAreRejected() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet s = wb.createSheet("Comments");
            cells(s, 0, "Template for comments and secretariat observations");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:H1")); // above the table: fine
            headerRow(s, 2, 0);
            cells(s, 3, "KE-001", "1", "5", "", "ge", "Comment", "Change", "");
            cells(s, 4, "KE-002", "2", "5", "", "ge", "Spans two columns", null, "");
            s.addMergedRegion(CellRangeAddress.valueOf("F5:G5"));
        });

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessageContaining("merged cells (F5:G5)")
                .hasMessageEndingWith("Nothing was imported.");
    }

    @Test
    void mergedTitleAboveTheTableIsAccepted() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet s = wb.createSheet("Comments");
            cells(s, 0, "Template for comments and secretariat observations");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:H1"));
            headerRow(s, 1, 0);
            cells(s, 2, "KE-001", "1", "5", "", "ge", "Comment", "Change", "");
        });

        assertThat(reader.read(new ByteArrayInputStream(xlsx)).rows()).hasSize(1);
    }

    @Test
    void nonZipBytesAreRejected() {
        byte[] text = "MB/NC,Line number,Clause\r\nKE-1,1,2\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(text)))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessage("The file is not an .xlsx spreadsheet (it is not a zip archive). Nothing was imported.");

        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(ole2)))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessageContaining(".xls");

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessage("The file is empty. Nothing was imported.");
    }

    @Test
    void zipThatIsNotASpreadsheetIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessage("The file is not a readable .xlsx spreadsheet. Nothing was imported.");
    }

    @Test
    void zipBombIsRejected() throws IOException {
        byte[] bomb = zipBombXlsx(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb)))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessageContaining("looks like a zip bomb")
                .hasMessageEndingWith("Nothing was imported.");
    }

    @Test
    void filesOverTenMegabytesAreRejectedWithoutReadingThemWhole() {
        CountingEndlessZipLikeStream endless = new CountingEndlessZipLikeStream();

        assertThatThrownBy(() -> reader.read(endless))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessage("The file is larger than 10 MB. Nothing was imported.");
        assertThat(endless.served).isGreaterThan(10L * 1024 * 1024)
                .isLessThanOrEqualTo(10L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void exactlyTenMegabytesIsNotRefusedForItsSize() {
        byte[] tenMb = new byte[10 * 1024 * 1024];
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(tenMb)))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessageContaining("not a zip archive");
    }

    @Test
    void moreThanTwentyThousandCommentRowsAreRejected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(HEADER, IntStream.rangeClosed(1, 20_001).mapToObj(CommentTemplateTest::numbered).iterator(), out);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(TemplateRejectedException.class)
                .hasMessageContaining("more than 20,000 comment rows")
                .hasMessageEndingWith("Nothing was imported.");
    }

    @Test
    void typeNormalisation() {
        assertThat(Stream.of("ge", "TE", " Ed ", "General", "TECHNICAL", "editorial", "", "gen", "te.")
                .map(CommentTemplateReader::normaliseType))
                .containsExactly("ge", "te", "ed", "ge", "te", "ed", null, null, null);
    }

    // ------------------------------------------------------------------ fixtures

    private static List<TemplateRow> sampleRows() {
        List<TemplateRow> rows = new ArrayList<>();
        String[] special = {
            "تعليق تقني: يجب توضيح المصطلح «الضرر»",
            "Me whakamārama ake te kupu “kaitiakitanga” mō ngā whānau Māori",
            "<script>alert('x')</script> & <b>bold</b>",
            "=SUM(A1:A9)",
            "+44 20 7946 0000",
            "-1 is not a valid risk level",
            "@everyone please check",
            "First line\nSecond line\n\nFourth line",
            "Tabs\tinside, commas, and \"quotes\"",
            "Emoji 🤖 and 中文 and Ελληνικά",
        };
        String[] types = {"ge", "te", "ed"};
        for (int i = 1; i <= 30; i++) {
            String body = i % 3 == 0 ? "NZ" : "KE-AIH";
            String id = body + "-" + String.format("%03d", i);
            String comment = i <= special.length ? special[i - 1] : "Comment number " + i;
            rows.add(new TemplateRow(body, id, String.valueOf(10 + i), "5." + i, i % 2 == 0 ? "Table " + i : "",
                    types[i % 3], comment, i % 4 == 0 ? "" : "Proposed change " + i,
                    i % 5 == 0 ? "Accepted in principle — see 5." + i : ""));
        }
        return rows;
    }

    private static TemplateRow numbered(int i) {
        return new TemplateRow("KE-AIH", "KE-AIH-" + i, String.valueOf(i), "4." + (i % 17), "",
                i % 2 == 0 ? "te" : "ed", "Comment " + i + " — whānau", "Change " + i, "");
    }

    private byte[] xlsx(TemplateHeader header, List<TemplateRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(header, rows.iterator(), out);
        return out.toByteArray();
    }

    private interface WorkbookBuilder {
        void build(XSSFWorkbook wb);
    }

    private static byte[] workbook(WorkbookBuilder builder) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Writes string cells; null leaves the cell out. */
    private static Row cells(Sheet sheet, int rowIndex, String... values) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }

    private static void headerRow(Sheet sheet, int rowIndex, int firstColumn) {
        String[] values = new String[firstColumn + TemplateColumn.ORDER.size()];
        for (TemplateColumn col : TemplateColumn.ORDER) {
            values[firstColumn + col.ordinal()] = col.header();
        }
        cells(sheet, rowIndex, values);
    }

    /** A minimal xlsx whose worksheet XML inflates to {@code inflatedBytes} bytes of blanks. */
    private static byte[] zipBombXlsx(long inflatedBytes) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"Comments\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < inflatedBytes; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Starts like a zip and never ends; counts how much was handed out. */
    private static final class CountingEndlessZipLikeStream extends InputStream {
        long served;

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                long pos = served + i;
                b[off + i] = (byte) (pos == 0 ? 'P' : pos == 1 ? 'K' : pos == 2 ? 3 : pos == 3 ? 4 : 0);
            }
            served += len;
            return len;
        }
    }

    private static long sxssfTempFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        return Files.isDirectory(dir) ? countFiles(dir, "poi-sxssf") : 0;
    }

    private static long countFiles(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
