package org.accord.commenting.template;

import org.accord.shared.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a filled-in ISO/IEC/CEN/CENELEC commenting template (version 2012-03) from an xlsx file.
 *
 * <h2>Whole-file checks</h2>
 * The file is refused with a {@link TemplateRejectedException} ("… Nothing was imported.") when
 * it is empty or larger than {@value #MAX_FILE_BYTES} bytes (counted while reading, whatever
 * the upload claimed); is not a zip (an old .xls or a password-protected file is named as such);
 * is not an OOXML spreadsheet; looks like a zip bomb (POI's {@link ZipSecureFile} limits: minimum
 * inflate ratio {@value #MIN_INFLATE_RATIO}, at most {@value #MAX_ENTRY_BYTES} bytes per
 * entry); has no row whose cells match the 8 template columns in order; has merged cells in the
 * comment table (header row and data rows, the 8 columns); or has more than
 * {@value #MAX_DATA_ROWS} comment rows.
 *
 * <h2>Header row matching</h2>
 * The first sheet holding the header row is used; the header row must be among the first
 * {@value #HEADER_SEARCH_ROWS} rows and may start in any column. Cells are compared after
 * Unicode NFKC normalisation and lower-casing, ignoring whitespace and line breaks, footnote
 * markers (¹ ², digits, *), hints in brackets such as "(e.g. 17)" and a trailing "/" or ":".
 * So "MB/NC¹", "MB/NC1" and "mb/nc" all match, "Paragraph/ Figure/ Table/" matches
 * "Paragraph/Figure/Table".
 *
 * <h2>Rows</h2>
 * Values are read as displayed text (POI {@link DataFormatter}, so the number 12 reads "12") and
 * stripped of surrounding whitespace. Completely empty rows and the template's footnote rows
 * (a lone "¹ MB = …" / "² Type of comment: …" / "NOTE …" cell in the first column) are skipped.
 * Each other row below the header is either returned or listed in {@link ReadResult#errors()}:
 * a type of comment that is not ge, te or ed ("general", "technical", "editorial" in any case
 * are accepted and normalised); a "te" comment without a justification in Comments; neither
 * Comments nor Proposed change filled; a cell longer than {@value #MAX_CELL_CHARS} characters.
 * Row numbers in errors are the 1-based row numbers Excel shows.
 *
 * <h2>Safety</h2>
 * The upload is copied to a private temporary file (deleted afterwards) and the sheet is
 * streamed with SAX, so memory stays bounded by the row limits rather than by a DOM of the
 * file. XML is parsed with POI's hardened parsers ({@link XMLHelper}: no DTDs, no external
 * entities). The zip limits are set on POI's global {@link ZipSecureFile} settings, only ever
 * tightened, never loosened, so other POI users in the process keep any stricter limit.
 *
 * <p>Stateless and thread-safe. {@link #read} does not close the stream it is given.
 */
public final class CommentTemplateReader {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DATA_ROWS = 20_000;
    public static final int MAX_CELL_CHARS = 20_000;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final int HEADER_SEARCH_ROWS = 100;

    private static final Pattern MB_NC_NUMBER = Pattern.compile("^(.+?)\\s*-\\s*\\d+$");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(date|document|project(?:\\s*no\\.?)?)\\s*:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?i)^(?:[\\u00B9\\u00B2\\u00B3].*|\\d\\s*(?:mb\\s*=|type of comment\\s*:).*|note\\b.*)$",
            Pattern.DOTALL);
    private static final List<String> EXPECTED = TemplateColumn.ORDER.stream()
            .map(c -> normaliseHeader(c.label())).toList();

    private final long maxFileBytes;
    private final int maxDataRows;

    public CommentTemplateReader() {
        this(MAX_FILE_BYTES, MAX_DATA_ROWS);
    }

    /** For tests: smaller limits. */
    CommentTemplateReader(long maxFileBytes, int maxDataRows) {
        this.maxFileBytes = maxFileBytes;
        this.maxDataRows = maxDataRows;
    }

    /**
     * Reads the template.
     *
     * @throws TemplateRejectedException if the file as a whole cannot be used
     * @throws UncheckedIOException      if {@code xlsx} itself fails or no temporary file can be made
     */
    public ReadResult read(InputStream xlsx) {
        Objects.requireNonNull(xlsx, "xlsx");
        Path tmp;
        try {
            tmp = Files.createTempFile("accord-template-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file for the upload", e);
        }
        try {
            long size = copyBounded(xlsx, tmp);
            if (size == 0) {
                throw rejected("commenting.template.empty");
            }
            checkSignature(tmp);
            tightenZipLimits();
            return parse(tmp);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                tmp.toFile().deleteOnExit();
            }
        }
    }

    // ------------------------------------------------------------------ file level

    private long copyBounded(InputStream in, Path tmp) {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(tmp)) {
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > maxFileBytes) {
                    throw rejected("commenting.template.too-large", describeBytes(maxFileBytes));
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return total;
    }

    private static void checkSignature(Path tmp) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(tmp)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw rejected("commenting.template.old-or-protected");
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw rejected("commenting.template.not-zip");
        }
    }

    private static void tightenZipLimits() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    private ReadResult parse(Path tmp) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ);
            checkIsSpreadsheet(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            if (styles == null) {
                styles = new StylesTable();
            }
            SheetScan first = null;
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                SheetScan scan = new SheetScan(maxDataRows);
                try (InputStream sheet = sheets.next()) {
                    scanSheet(sheet, scan, styles, strings);
                }
                if (scan.headerRow >= 0) {
                    return scan.result();
                }
                if (first == null) {
                    first = scan;
                }
            }
            throw rejected(first == null ? "commenting.template.wrong-columns-no-sheet" : "commenting.template.wrong-columns",
                    quoted(TemplateColumn.ORDER.stream().map(TemplateColumn::label).toList()), first == null ? "" : first.foundDescription());
        } catch (TemplateRejectedException e) {
            throw e;
        } catch (Exception e) {
            TemplateRejectedException inner = find(e, TemplateRejectedException.class);
            if (inner != null) {
                throw inner;
            }
            if (looksLikeZipBomb(e)) {
                throw rejected("commenting.template.zip-bomb");
            }
            if (find(e, SAXException.class) != null) {
                throw rejected("commenting.template.damaged");
            }
            throw rejected("commenting.template.unreadable");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static void checkIsSpreadsheet(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection rels =
                pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels == null || rels.size() == 0) {
            return; // strict OOXML and the like: let XSSFReader decide
        }
        PackageRelationship rel = rels.getRelationship(0);
        PackagePart part = pkg.getPart(rel);
        String type = part == null ? "" : part.getContentType();
        if (!type.contains("spreadsheetml.sheet.main") && !type.contains("spreadsheetml.template.main")
                && !type.contains("ms-excel.sheet.macroEnabled.main")) {
            throw rejected("commenting.template.other-office");
        }
    }

    private static void scanSheet(InputStream sheet, SheetScan scan, StylesTable styles,
            SharedStrings strings) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        DataFormatter formatter = new DataFormatter(Locale.US);
        xml.setContentHandler(new MergeAwareHandler(styles, strings, scan, formatter));
        try {
            xml.parse(new InputSource(sheet));
        } catch (SAXException | RuntimeException e) {
            if (!(e instanceof StopSheet) && find(e, StopSheet.class) == null) {
                throw e;
            }
        }
    }

    private static boolean looksLikeZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SAXException sax && sax.getException() != null && type.isInstance(sax.getException())) {
                return type.cast(sax.getException());
            }
        }
        return null;
    }

    static TemplateRejectedException rejected(String why, Object... args) {
        return new TemplateRejectedException(why, args);
    }

    private static String describeBytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        return bytes + " bytes";
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ header matching

    /** Header cell text reduced to what the template comparison looks at. */
    static String normaliseHeader(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\(\\s*e\\.?\\s*g\\.?[^)]*\\)", "");
        t = t.replaceAll("[\\s\\p{Z}\\d*\\u00B9\\u00B2\\u00B3]+", "");
        while (!t.isEmpty() && (t.endsWith("/") || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    // ------------------------------------------------------------------ sheet scanning

    /** Ends the SAX parse of a sheet early (header not found where it could be). */
    private static final class StopSheet extends RuntimeException {
        StopSheet() {
            super(null, null, false, false);
        }
    }

    /** The SAX sheet handler, also collecting the sheet's merged cell regions. */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        private final SheetScan scan;

        MergeAwareHandler(StylesTable styles, SharedStrings strings, SheetScan scan, DataFormatter formatter) {
            super(styles, null, strings, scan, formatter, false);
            this.scan = scan;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("mergeCell".equals(localName)) {
                String ref = attributes.getValue("ref");
                if (ref != null && !ref.isBlank()) {
                    try {
                        scan.merged.add(CellRangeAddress.valueOf(ref.trim()));
                    } catch (RuntimeException e) {
                        throw new SAXException("bad merged cell reference " + ref, e);
                    }
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** State of one sheet's scan: header detection, header fields, rows and errors. */
    private static final class SheetScan implements XSSFSheetXMLHandler.SheetContentsHandler {
        private static final int COLS = TemplateColumn.ORDER.size();

        final int maxDataRows;
        final List<CellRangeAddress> merged = new ArrayList<>();
        final List<TemplateRow> rows = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();

        int headerRow = -1;
        int offset;
        int lastDataRow = -1;
        int dataRows;
        String date;
        String document;
        String project;
        List<String> candidate = List.of();

        private final TreeMap<Integer, String> current = new TreeMap<>();
        private int nextCol;

        SheetScan(int maxDataRows) {
            this.maxDataRows = maxDataRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (headerRow < 0 && rowNum >= HEADER_SEARCH_ROWS) {
                throw new StopSheet();
            }
            current.clear();
            nextCol = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextCol : new CellAddress(ref).getColumn();
            nextCol = col + 1;
            if (value != null && !value.isEmpty()) {
                current.put(col, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            if (headerRow < 0) {
                beforeHeader(rowNum);
            } else {
                dataRow(rowNum);
            }
        }

        private void beforeHeader(int rowNum) {
            for (Map.Entry<Integer, String> e : current.entrySet()) {
                if (EXPECTED.get(0).equals(normaliseHeader(e.getValue())) && matchesHeader(e.getKey())) {
                    headerRow = rowNum;
                    offset = e.getKey();
                    return;
                }
            }
            readLabels();
            long filled = current.values().stream().filter(v -> !v.isBlank()).count();
            if (filled > candidate.size()) {
                candidate = new ArrayList<>(current.values().stream().filter(v -> !v.isBlank()).toList());
            }
        }

        private boolean matchesHeader(int start) {
            for (int i = 0; i < COLS; i++) {
                if (!EXPECTED.get(i).equals(normaliseHeader(current.get(start + i)))) {
                    return false;
                }
            }
            return true;
        }

        private void readLabels() {
            for (Map.Entry<Integer, String> e : current.entrySet()) {
                Matcher m = LABEL.matcher(e.getValue().strip());
                if (!m.matches()) {
                    continue;
                }
                String value = m.group(2).strip();
                if (value.isEmpty()) {
                    Map.Entry<Integer, String> next = current.higherEntry(e.getKey());
                    value = next == null || LABEL.matcher(next.getValue().strip()).matches()
                            ? "" : next.getValue().strip();
                }
                String v = value.isEmpty() ? null : value;
                String key = m.group(1).toLowerCase(Locale.ROOT);
                if (key.startsWith("date") && date == null) {
                    date = v;
                } else if (key.startsWith("document") && document == null) {
                    document = v;
                } else if (key.startsWith("project") && project == null) {
                    project = v;
                }
            }
        }

        private void dataRow(int rowNum) {
            String[] v = new String[COLS];
            boolean empty = true;
            for (int i = 0; i < COLS; i++) {
                String s = current.get(offset + i);
                v[i] = s == null ? "" : s.strip();
                empty &= v[i].isEmpty();
            }
            if (empty || isFootnote(v)) {
                return;
            }
            dataRows++;
            if (dataRows > maxDataRows) {
                throw rejected("commenting.template.too-many-rows", maxDataRows);
            }
            lastDataRow = rowNum;
            validate(rowNum + 1, v);
        }

        private static boolean isFootnote(String[] v) {
            for (int i = 1; i < v.length; i++) {
                if (!v[i].isEmpty()) {
                    return false;
                }
            }
            return FOOTNOTE.matcher(v[0]).matches();
        }

        private void validate(int excelRow, String[] v) {
            int before = errors.size();
            for (TemplateColumn col : TemplateColumn.ORDER) {
                int len = v[col.ordinal()].length();
                if (len > MAX_CELL_CHARS) {
                    error(excelRow, col, Problem.of("commenting.template.row.too-long", len, MAX_CELL_CHARS));
                }
            }
            String type = normaliseType(v[TemplateColumn.TYPE.ordinal()]);
            if (type == null) {
                String raw = v[TemplateColumn.TYPE.ordinal()];
                error(excelRow, TemplateColumn.TYPE, raw.isEmpty() ? Problem.of("commenting.template.row.type-missing")
                        : Problem.of("commenting.template.row.type-unknown", shorten(raw)));
            }
            boolean noComment = v[TemplateColumn.COMMENTS.ordinal()].isEmpty();
            boolean noChange = v[TemplateColumn.PROPOSED_CHANGE.ordinal()].isEmpty();
            if ("te".equals(type) && noComment) {
                error(excelRow, TemplateColumn.COMMENTS, Problem.of("commenting.template.row.justification"));
            } else if (noComment && noChange) {
                error(excelRow, TemplateColumn.COMMENTS, Problem.of("commenting.template.row.empty"));
            }
            if (errors.size() > before) {
                return;
            }
            String mbNc = v[TemplateColumn.MB_NC.ordinal()];
            Matcher m = MB_NC_NUMBER.matcher(mbNc);
            String memberBody = m.matches() ? m.group(1).strip() : mbNc;
            rows.add(new TemplateRow(memberBody, mbNc, v[1], v[2], v[3], type, v[5], v[6], v[7]));
        }

        private void error(int excelRow, TemplateColumn col, Problem problem) {
            errors.add(new RowError(excelRow, col.label(), problem));
        }

        ReadResult result() {
            if (headerRow >= 0) {
                int last = Math.max(headerRow, lastDataRow);
                List<String> bad = merged.stream()
                        .filter(r -> r.getLastRow() >= headerRow && r.getFirstRow() <= last
                                && r.getLastColumn() >= offset && r.getFirstColumn() < offset + COLS)
                        .map(CellRangeAddress::formatAsString)
                        .toList();
                if (!bad.isEmpty()) {
                    throw rejected("commenting.template.merged-cells", String.join(", ", bad.subList(0,
                            Math.min(5, bad.size()))) + (bad.size() > 5 ? ", …" : ""));
                }
            }
            return new ReadResult(new TemplateHeader(date, document, project), rows, errors);
        }

        String foundDescription() {
            if (candidate.isEmpty()) {
                return "an empty sheet";
            }
            List<String> shown = candidate.stream().limit(12)
                    .map(s -> shorten(s.replaceAll("\\s+", " ").strip())).toList();
            return quoted(shown) + (candidate.size() > 12 ? ", …" : "");
        }
    }

    /** "ge"/"te"/"ed" for the codes or the spelled-out words in any case; null otherwise. */
    static String normaliseType(String raw) {
        String t = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "ge", "general" -> "ge";
            case "te", "technical" -> "te";
            case "ed", "editorial" -> "ed";
            default -> null;
        };
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
