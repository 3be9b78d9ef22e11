package org.accord.crosswalk.oscal;

import org.accord.shared.Problem;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.*;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.shared.InvalidInputException;
import org.accord.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Mappings as CSV in the columns of NIST's OLIR / set-theory relationship mapping (STRM) spreadsheets: the draft is
 * the focal document, each instrument a reference document. Reading accepts STRM's own column names and any
 * spelling {@link Relationship#parse} knows, and is all or nothing.
 */
public final class OlirCsv {

    /** The columns written, in order; reading finds them by any of their names, in any order. */
    private enum Column {
        CLAUSE(true, "Focal Document Element", "FDE #"),
        INSTRUMENT(true, "Reference Document"),
        PROVISION(true, "Reference Document Element", "RDE #"),
        RELATIONSHIP(true, "Relationship", "Set Theory Relationship Type", "STRM Relationship"),
        RATIONALE(true, "Rationale", "STRM Rationale"),
        STRENGTH(false, "Strength of Relationship", "Strength"),
        EXPLANATION(false, "Explanation", "Notes"),
        PROVENANCE(false, "Provenance"),
        STATUS(false, "Review Status"),
        AUTHOR(false, "Author"),
        CLAUSE_REVISION(false, "Clause Revision");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String header() {
            return names.getFirst();
        }
    }

    private OlirCsv() {
    }

    /** RFC 4180 CSV with a header row. */
    public static String write(List<MappingRecord> records) {
        StringBuilder out = new StringBuilder();
        String[] headers = Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(headers).get().print(out)) {
            for (MappingRecord r : records) {
                printer.printRecord(defuse(r.clauseRef()), defuse(r.instrumentCode()), defuse(r.provisionRef()),
                        r.relationship().label(), r.rationale().oscal(), orEmpty(r.strength()),
                        defuse(r.explanation()), r.provenance().oscal(), r.status().label(), defuse(r.author()),
                        orEmpty(r.clauseRevision()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Reads UTF-8 CSV whose first row names the columns (case, spaces and a parenthesised note such as
     * "(optional)" do not matter). Every row that cannot be read becomes one "line N: …" detail of the error.
     */
    public static List<MappingRecord> read(byte[] csv) {
        String text = decode(csv);
        List<Problem> errors = new ArrayList<>();
        List<MappingRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            Iterator<CSVRecord> rows = parser.iterator();
            CSVRecord header;
            try {
                if (!rows.hasNext()) {
                    throw new InvalidInputException("shared.file.empty");
                }
                header = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // broken quoting in the first row (a fuzz test found this escaping as a 500)
                throw new InvalidInputException(Problem.of("crosswalk.olir.header-not-csv"), List.of(Problem.of("crosswalk.line-problem", 1, String.valueOf(e.getMessage()))));
            }
            Map<Column, Integer> columns = columns(header);
            long linesRead = parser.getCurrentLineNumber();
            while (true) {
                long line = linesRead + 1;
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // broken quoting: the parser cannot find where the row ends, so nothing after it can be trusted
                    errors.add(Problem.of("crosswalk.line-problem", line, String.valueOf(e.getMessage())));
                    break;
                }
                linesRead = parser.getCurrentLineNumber();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                try {
                    records.add(record(row, columns));
                } catch (IllegalArgumentException e) {
                    errors.add(Problem.of("crosswalk.line-problem", line, e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.of("crosswalk.olir.rows-refused", errors.size()), Details.capped(errors));
        }
        return List.copyOf(records);
    }

    private static Map<Column, Integer> columns(CSVRecord header) {
        Map<String, Column> byName = new HashMap<>();
        for (Column c : Column.values()) {
            c.names.forEach(n -> byName.put(key(n), c));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = byName.get(key(header.get(i)));
            if (c != null && columns.putIfAbsent(c, i) != null) {
                problems.add(Problem.of("crosswalk.olir.column-twice", c.header()));
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                problems.add(Problem.of("crosswalk.olir.column-missing", c.header()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.of("crosswalk.olir.header-columns"), problems);
        }
        return columns;
    }

    /** "Strength of Relationship (optional)" and "strength of relationship" are the same column. */
    private static String key(String header) {
        return header.replaceAll("\\(.*?\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static MappingRecord record(CSVRecord row, Map<Column, Integer> columns) {
        Relationship relationship = Relationship.parse(cell(row, columns, Column.RELATIONSHIP));
        Integer strength = integer(row, columns, Column.STRENGTH);
        if (strength != null) {
            relationship.requireStrength(strength);
        }
        return new MappingRecord(required(row, columns, Column.CLAUSE), null,
                required(row, columns, Column.INSTRUMENT), required(row, columns, Column.PROVISION), relationship,
                Rationale.parse(cell(row, columns, Column.RATIONALE)), strength,
                blankToNull(cell(row, columns, Column.EXPLANATION)),
                Provenance.parse(cell(row, columns, Column.PROVENANCE)),
                ReviewStatus.parse(cell(row, columns, Column.STATUS)), blankToNull(cell(row, columns, Column.AUTHOR)),
                integer(row, columns, Column.CLAUSE_REVISION), null);
    }

    private static String cell(CSVRecord row, Map<Column, Integer> columns, Column column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? "" : SpreadsheetText.restore(row.get(i).strip()).strip();
    }

    private static String defuse(String value) {
        return value == null ? "" : SpreadsheetText.defuse(value);
    }

    private static String required(CSVRecord row, Map<Column, Integer> columns, Column column) {
        String value = cell(row, columns, column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column.header() + " is empty");
        }
        return value;
    }

    private static Integer integer(CSVRecord row, Map<Column, Integer> columns, Column column) {
        String value = cell(row, columns, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column.header() + " must be a whole number, was '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    /** Strict UTF-8: a spreadsheet saved in another encoding would otherwise import garbled text silently. */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(Problem.of("crosswalk.csv.not-utf8"), List.of(Problem.of("crosswalk.csv.not-utf8-line", line)));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's byte order mark
    }
}
