package org.accord.commenting.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes comments in the ISO/IEC/CEN/CENELEC commenting template layout, version 2012-03, as
 * xlsx (streamed) or as CSV.
 *
 * <h2>xlsx layout</h2>
 * <pre>
 * row 1  Template for comments and secretariat observations
 * row 2  Date: | &lt;date&gt; |  | Document: | &lt;document&gt; |  | Project: | &lt;project&gt;
 * row 3  MB/NC¹ | Line number | Clause/ Subclause | Paragraph/ Figure/ Table/ | Type of comment² |
 *        Comments | Proposed change | Observations of the secretariat
 * row 4… one row per comment
 * then   a blank row and the two footnotes (¹ MB/NC legend, ² type-of-comment legend)
 * </pre>
 * The column header strings and footnote markers are those of the ISO template 2012-03 as
 * given in the Accord brief (domain.md §2). metanorma/commenter, the reference tool, ships the
 * template only as a binary DOCX and addresses the 8 columns by position (0 = id … 7 =
 * observations), so it has no header strings of its own to follow; its column order, its
 * ge/te/ed codes and its "general/technical/editorial" spelling agree with this layout. Real
 * templates sometimes add hints such as "Line number (e.g. 17)": {@link CommentTemplateReader}
 * accepts those, this writer does not add them.
 *
 * <p>Every value is written as a plain string cell (never a formula, whatever its first
 * character); values starting with = + - or @ additionally get Excel's "quote prefix" style so
 * that editing the cell in Excel keeps it text. No cells are merged, so a file written here and
 * edited in Excel reads back with {@link CommentTemplateReader}.
 *
 * <p>The workbook is streamed with {@link SXSSFWorkbook}: only {@value #WINDOW_ROWS} rows are
 * kept in memory, the rest go to a temporary file that is deleted after writing.
 *
 * <h2>CSV</h2>
 * RFC 4180: a header line with the 8 plain column names ({@link TemplateColumn#label()}), CRLF
 * line ends, fields quoted when they hold a comma, quote, CR or LF. A field starting with
 * = + - @ tab or CR is prefixed with a single quote (') so spreadsheet programs do not run it as
 * a formula (CSV injection).
 *
 * <p>Stateless and thread-safe. Neither method closes the stream it is given.
 */
public final class CommentTemplateWriter {

    public static final String TITLE = "Template for comments and secretariat observations";
    public static final String FOOTNOTE_MB_NC = "\u00B9 MB = Member body / NC = National Committee"
            + " (enter the ISO 3166 two-letter country code, e.g. CN for China;"
            + " comments from the ISO/CS editing unit are identified by **)";
    public static final String FOOTNOTE_TYPE =
            "\u00B2 Type of comment:  ge = general   te = technical   ed = editorial";

    static final int WINDOW_ROWS = 100;
    /** Column widths in characters, in template order. */
    private static final int[] WIDTHS = {14, 9, 12, 16, 10, 60, 60, 40};

    /**
     * Writes the template as xlsx. Rows are pulled from {@code rows} one at a time and flushed
     * to disk in windows of {@value #WINDOW_ROWS}, so thousands of rows use bounded memory.
     *
     * @throws IllegalArgumentException if a value is longer than Excel's cell limit (32,767)
     * @throws UncheckedIOException     if writing fails
     */
    public void writeXlsx(TemplateHeader header, Iterator<TemplateRow> rows, OutputStream out) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        TemplateHeader h = header == null ? TemplateHeader.empty() : header;
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW_ROWS);
        try {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet("Comments");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            int r = 0;
            SXSSFRow title = sheet.createRow(r++);
            text(title, 0, TITLE, styles.title);

            SXSSFRow info = sheet.createRow(r++);
            text(info, 0, "Date:", styles.label);
            text(info, 1, h.date(), styles.plain);
            text(info, 3, "Document:", styles.label);
            text(info, 4, h.document(), styles.plain);
            text(info, 6, "Project:", styles.label);
            text(info, 7, h.project(), styles.plain);

            SXSSFRow head = sheet.createRow(r++);
            head.setHeightInPoints(32);
            for (TemplateColumn col : TemplateColumn.ORDER) {
                SXSSFCell cell = head.createCell(col.ordinal());
                cell.setCellValue(col.header());
                cell.setCellStyle(styles.header);
            }
            sheet.createFreezePane(0, r);
            sheet.setRepeatingRows(new CellRangeAddress(r - 1, r - 1, 0, TemplateColumn.ORDER.size() - 1));

            while (rows.hasNext()) {
                TemplateRow row = rows.next();
                if (row == null) {
                    continue;
                }
                SXSSFRow xr = sheet.createRow(r++);
                String[] cells = row.cells();
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    text(xr, c, v, startsLikeFormula(v) ? styles.dataQuoted : styles.data);
                }
            }

            r++;
            text(sheet.createRow(r++), 0, FOOTNOTE_MB_NC, styles.footnote);
            text(sheet.createRow(r), 0, FOOTNOTE_TYPE, styles.footnote);

            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the commenting template", e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // temp files are already gone; nothing else to release
            }
        }
    }

    /**
     * Writes the comments as CSV (RFC 4180, CRLF, header line first), neutralising values that
     * a spreadsheet would run as formulas.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Iterator<TemplateRow> rows, Writer out) {
        writeCsv(rows, out, false);
    }

    /** Header of the column {@link #writeCsv(Iterator, Writer, boolean)} adds after the template's eight. */
    public static final String LANGUAGE_COLUMN = "Language";

    /**
     * As {@link #writeCsv(Iterator, Writer)}; with {@code withLanguage}, a ninth column "Language" follows the
     * template's eight, holding each comment's ISO 639-1 language code.
     */
    public void writeCsv(Iterator<TemplateRow> rows, Writer out, boolean withLanguage) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        try {
            int width = TemplateColumn.ORDER.size() + (withLanguage ? 1 : 0);
            String[] head = new String[width];
            for (TemplateColumn col : TemplateColumn.ORDER) {
                head[col.ordinal()] = col.label();
            }
            if (withLanguage) {
                head[width - 1] = LANGUAGE_COLUMN;
            }
            csvLine(head, out);
            while (rows.hasNext()) {
                TemplateRow row = rows.next();
                if (row != null) {
                    String[] cells = row.cells();
                    if (withLanguage) {
                        cells = java.util.Arrays.copyOf(cells, width);
                        cells[width - 1] = row.language() == null ? "" : row.language();
                    }
                    csvLine(cells, out);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the comments as CSV", e);
        }
    }

    private static void csvLine(String[] cells, Writer out) throws IOException {
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(csvField(cells[c]));
        }
        out.write("\r\n");
    }

    /** One CSV field: formula-neutralised, then quoted if it needs to be (RFC 4180). */
    static String csvField(String value) {
        return org.accord.shared.CsvCells.cell(value);
    }

    private static boolean startsLikeFormula(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
    }

    private static void text(SXSSFRow row, int col, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (value.length() > max) {
            throw new IllegalArgumentException("A value in row " + (row.getRowNum() + 1)
                    + " is " + value.length() + " characters long; an Excel cell holds at most " + max);
        }
        SXSSFCell cell = row.createCell(col);
        cell.setCellValue(value); // a string cell, never a formula
        cell.setCellStyle(style);
    }

    /** The few cell styles the template needs (a workbook holds a limited number of styles). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle data;
        final CellStyle dataQuoted;
        final CellStyle footnote;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font small = wb.createFont();
            small.setFontHeightInPoints((short) 8);

            title = wb.createCellStyle();
            title.setFont(big);

            label = wb.createCellStyle();
            label.setFont(bold);

            plain = wb.createCellStyle();

            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            borders(header);

            data = wb.createCellStyle();
            data.setWrapText(true);
            data.setVerticalAlignment(VerticalAlignment.TOP);
            borders(data);

            dataQuoted = wb.createCellStyle();
            dataQuoted.cloneStyleFrom(data);
            dataQuoted.setQuotePrefixed(true);

            footnote = wb.createCellStyle();
            footnote.setFont(small);
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
