package org.accord.publishing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a clause body (the drafting Markdown subset) into blocks: paragraphs, "- " or "1. "
 * lists and pipe tables. Formats that do not go through HTML (NISO STS) build their markup from
 * these blocks; inline text is left as typed, for {@link MarkdownInline}.
 */
final class MarkdownBlocks {

    sealed interface Block permits Paragraph, ListBlock, Table {
    }

    /** Lines joined with single spaces, as Markdown soft breaks render. */
    record Paragraph(String text) implements Block {
    }

    record ListBlock(boolean ordered, List<String> items) implements Block {
    }

    /** {@code header} is empty when the table has no header separator line. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+][ \\t]+(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^ {0,3}\\d{1,9}[.)][ \\t]+(.*)$");
    private static final Pattern TABLE_ROW = Pattern.compile("^ {0,3}\\|.*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^ {0,3}\\|?[ \\t]*:?-{1,}:?[ \\t]*(\\|[ \\t]*:?-{1,}:?[ \\t]*)*\\|?[ \\t]*$");

    private MarkdownBlocks() {
    }

    static List<Block> split(String markdown) {
        List<Block> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
            } else if (BULLET.matcher(line).matches() || ORDERED.matcher(line).matches()) {
                i = list(lines, i, blocks);
            } else if (TABLE_ROW.matcher(line).matches()) {
                i = table(lines, i, blocks);
            } else {
                StringBuilder p = new StringBuilder(line.strip());
                i++;
                while (i < lines.length && !lines[i].isBlank() && !startsBlock(lines[i])) {
                    p.append(' ').append(lines[i].strip());
                    i++;
                }
                blocks.add(new Paragraph(p.toString()));
            }
        }
        return blocks;
    }

    private static boolean startsBlock(String line) {
        return BULLET.matcher(line).matches() || ORDERED.matcher(line).matches() || TABLE_ROW.matcher(line).matches();
    }

    /** Items run until a blank line followed by a non-indented non-item; indented lines continue an item. */
    private static int list(String[] lines, int start, List<Block> out) {
        boolean ordered = ORDERED.matcher(lines[start]).matches();
        Pattern marker = ordered ? ORDERED : BULLET;
        List<String> items = new ArrayList<>();
        StringBuilder item = null;
        int i = start;
        while (i < lines.length) {
            String line = lines[i];
            Matcher m = marker.matcher(line);
            if (m.matches()) {
                if (item != null) {
                    items.add(item.toString());
                }
                item = new StringBuilder(m.group(1).strip());
            } else if (line.isBlank()) {
                int next = i + 1;
                if (next < lines.length && (marker.matcher(lines[next]).matches() || isIndented(lines[next]))) {
                    i++;
                    continue;
                }
                break;
            } else if (isIndented(line) || !startsBlock(line)) {
                item.append(' ').append(line.strip()); // continuation or nested item, kept as text
            } else {
                break;
            }
            i++;
        }
        items.add(item.toString());
        out.add(new ListBlock(ordered, items));
        return i;
    }

    private static boolean isIndented(String line) {
        return line.startsWith("  ") || line.startsWith("\t");
    }

    private static int table(String[] lines, int start, List<Block> out) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of();
        int i = start;
        while (i < lines.length && TABLE_ROW.matcher(lines[i]).matches()) {
            if (i == start + 1 && rows.size() == 1 && TABLE_SEPARATOR.matcher(lines[i]).matches()) {
                header = rows.removeFirst();
            } else {
                rows.add(cells(lines[i]));
            }
            i++;
        }
        out.add(new Table(header, rows));
        return i;
    }

    /** Cells of "| a | b \| c |": pipes escaped with a backslash stay in the cell. */
    static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
