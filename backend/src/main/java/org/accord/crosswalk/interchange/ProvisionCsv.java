package org.accord.crosswalk.interchange;

import org.accord.shared.Problem;
import org.accord.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Provisions from a CSV file with a header line: first a {@link #preview} so the secretariat can say which column is
 * which, then {@link #parse} with that {@link ColumnMapping}. Errors name the physical line of the file (header = line
 * 1), also after quoted fields that span several lines.
 */
public final class ProvisionCsv {
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** Header names of the columns holding each field; only {@code identifier} is required. */
    public record ColumnMapping(String identifier, String parent, String number, String heading, String text,
                                String language) {
    }

    /**
     * What the file looks like: its column names, the first rows as written, how many rows there are and a guess at
     * which column is which.
     */
    public record Preview(List<String> headers, char delimiter, List<List<String>> rows, int totalRows,
                          ColumnMapping suggestedMapping) {
    }

    private ProvisionCsv() {
    }

    public static Preview preview(byte[] content, int maxRows) {
        Sheet sheet = Sheet.read(content);
        List<List<String>> first = sheet.rows.stream().limit(Math.max(0, maxRows)).map(Row::values).toList();
        return new Preview(sheet.headers, sheet.delimiter, first, sheet.rows.size(), suggest(sheet.headers));
    }

    public static List<ImportedProvision> parse(byte[] content, ColumnMapping mapping) {
        Sheet sheet = Sheet.read(content);
        Columns columns = Columns.resolve(sheet.headers, mapping);
        if (sheet.rows.isEmpty()) {
            throw new InvalidInputException("crosswalk.csv.no-rows");
        }
        ImportProblems problems = new ImportProblems();
        List<ImportedProvision> inFileOrder = new ArrayList<>(sheet.rows.size());
        for (Row row : sheet.rows) {
            String source = "line " + row.line;
            if (row.values.size() != sheet.headers.size()) {
                problems.add(source, Problem.of("crosswalk.csv.field-count", row.values.size(), sheet.headers.size()));
                continue;
            }
            String identifier = row.value(columns.identifier);
            if (identifier == null) {
                problems.add(source, Problem.of("crosswalk.csv.identifier-blank", mapping.identifier().strip()));
                continue;
            }
            String number = row.value(columns.number);
            inFileOrder.add(new ImportedProvision(identifier, row.value(columns.parent),
                    number == null ? identifier : number, row.value(columns.heading), row.value(columns.text),
                    row.value(columns.language), null, source));
        }
        List<ImportedProvision> ordered = ProvisionTree.parentsFirst(inFileOrder, problems);
        problems.throwIfAny();
        return ordered;
    }

    /** Guesses from common header names; each column is suggested for one field at most. */
    private static ColumnMapping suggest(List<String> headers) {
        List<String> free = new ArrayList<>(headers);
        String identifier = take(free, "id", "identifier", "eid", "provisionid", "ref", "reference");
        String parent = take(free, "parent", "parentid", "parentidentifier", "parentref");
        String number = take(free, "number", "no", "num", "nr", "article");
        String heading = take(free, "heading", "title", "caption");
        String text = take(free, "text", "content", "body", "provisiontext");
        String language = take(free, "language", "lang");
        return new ColumnMapping(identifier, parent, number, heading, text, language);
    }

    private static String take(List<String> free, String... names) {
        Set<String> wanted = Set.of(names);
        for (Iterator<String> it = free.iterator(); it.hasNext(); ) {
            String header = it.next();
            if (wanted.contains(header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
                it.remove();
                return header;
            }
        }
        return null;
    }

    private record Row(int line, List<String> values) {
        /** Trimmed; blank and unmapped columns give null. */
        String value(int column) {
            if (column < 0) {
                return null;
            }
            String v = values.get(column).strip();
            return v.isEmpty() ? null : v;
        }
    }

    /** Column positions of the mapped fields, -1 when unmapped. */
    private record Columns(int identifier, int parent, int number, int heading, int text, int language) {

        static Columns resolve(List<String> headers, ColumnMapping mapping) {
            String listed = "(headers: " + shown(headers) + ")";
            if (mapping == null || blank(mapping.identifier())) {
                throw new InvalidInputException("crosswalk.csv.no-identifier-column", shown(headers));
            }
            Map<String, Integer> position = new HashMap<>();
            Map<String, Integer> occurrences = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                position.putIfAbsent(headers.get(i), i);
                occurrences.merge(headers.get(i), 1, Integer::sum);
            }
            Map<String, String> chosen = new LinkedHashMap<>();
            chosen.put("identifier", mapping.identifier());
            chosen.put("parent", mapping.parent());
            chosen.put("number", mapping.number());
            chosen.put("heading", mapping.heading());
            chosen.put("text", mapping.text());
            chosen.put("language", mapping.language());
            List<Problem> problems = new ArrayList<>();
            Map<String, Integer> columns = new HashMap<>();
            chosen.forEach((field, header) -> {
                if (blank(header)) {
                    columns.put(field, -1);
                } else if (!position.containsKey(header.strip())) {
                    problems.add(Problem.of("crosswalk.csv.column-absent", header.strip(), field));
                } else if (occurrences.get(header.strip()) > 1) {
                    problems.add(Problem.of("crosswalk.csv.column-twice", header.strip(), field));
                } else {
                    columns.put(field, position.get(header.strip()));
                }
            });
            if (!problems.isEmpty()) {
                String message = columns.containsKey("identifier")
                        ? "The chosen columns do not match the file " + listed + "."
                        : "The file has no identifier column '" + mapping.identifier().strip() + "' " + listed + ".";
                throw new InvalidInputException(columns.containsKey("identifier") ? Problem.of("crosswalk.csv.columns-mismatch", shown(headers)) : Problem.of("crosswalk.csv.identifier-column-missing", mapping.identifier().strip(), shown(headers)), problems);
            }
            return new Columns(columns.get("identifier"), columns.get("parent"), columns.get("number"),
                    columns.get("heading"), columns.get("text"), columns.get("language"));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** The decoded file: header and non-blank rows, each with the physical line it starts on. */
    private record Sheet(List<String> headers, char delimiter, List<Row> rows) {

        static Sheet read(byte[] content) {
            String text = decodeUtf8(content);
            if (text.isBlank()) {
                throw new InvalidInputException("crosswalk.csv.empty");
            }
            char delimiter = delimiter(text);
            LineStarts lines = new LineStarts(text);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    // Blank lines are skipped below instead, because the parser's own skipping shifts record positions.
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            List<String> headers = null;
            List<Row> rows = new ArrayList<>();
            try (CSVParser parser = format.parse(new StringReader(text))) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    // A record that fails to parse starts on the line after the previous record ended.
                    long failingLine = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException e) {
                        throw notCsv(failingLine, e);
                    }
                    List<String> values = record.toList();
                    if (headers == null) {
                        headers = values.stream().map(String::strip).toList();
                        if (headers.stream().allMatch(String::isEmpty)) {
                            throw new InvalidInputException("crosswalk.csv.header-blank");
                        }
                    } else if (!values.stream().allMatch(String::isBlank)) {
                        rows.add(new Row(lines.lineAt(record.getCharacterPosition()), values));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading from a String does not fail
            }
            return new Sheet(headers, delimiter, rows);
        }

        private static InvalidInputException notCsv(long line, UncheckedIOException e) {
            String cause = String.valueOf(e.getCause().getMessage());
            String problem = cause.contains("EOF")
                    ? "a quoted value is never closed (a \" is missing)."
                    : "a quoted value is followed by other characters before the next delimiter.";
            return new InvalidInputException("crosswalk.csv.invalid", line, Problem.of(cause.contains("EOF") ? "crosswalk.csv.unclosed-quote" : "crosswalk.csv.after-quote"));
        }

        /** The delimiter used most often in the header line, outside quotes; a comma when there is none. */
        private static char delimiter(String text) {
            int[] counts = new int[DELIMITERS.length];
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    for (int d = 0; d < DELIMITERS.length; d++) {
                        counts[d] += c == DELIMITERS[d] ? 1 : 0;
                    }
                }
            }
            int best = 0;
            for (int d = 1; d < DELIMITERS.length; d++) {
                best = counts[d] > counts[best] ? d : best;
            }
            return DELIMITERS[best];
        }
    }

    /** Headers as a message may quote them: a 50 MB "header" line must not come back as a 50 MB message. */
    static String shown(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String h : headers.subList(0, Math.min(headers.size(), 20))) {
            String clean = h.replaceAll("\\p{Cntrl}", "");
            out.add(clean.length() > 40 ? clean.substring(0, 39) + "…" : clean);
        }
        return String.join(", ", out) + (headers.size() > 20 ? ", … (" + headers.size() + " columns)" : "");
    }

    /** Strict UTF-8, because guessing another encoding silently turns "é" into "Ã©" in stored provisions. */
    private static String decodeUtf8(byte[] content) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new InvalidInputException("crosswalk.csv.binary");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // The decoder stops at the first bad byte; everything before it is valid UTF-8.
            String before = new String(content, 0, bytes.position(), StandardCharsets.UTF_8);
            throw new InvalidInputException("crosswalk.csv.invalid-byte", new LineStarts(before).lineAt(before.length()));
        }
    }

    /** Physical line numbers of character positions; a line ends at \n, \r\n or a lone \r. */
    private static final class LineStarts {
        private final long[] starts;

        LineStarts(String text) {
            long[] found = new long[16];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, n);
        }

        int lineAt(long position) {
            int i = Arrays.binarySearch(starts, position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
