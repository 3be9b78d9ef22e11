package org.accord.drafting.io;

import org.accord.shared.Problem;
import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseText;
import org.accord.drafting.NewTerm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft from the Markdown format that {@link MarkdownExporter} writes:
 * <ul>
 * <li>an optional first level-1 heading without a number is the title, optionally followed by
 * {@code Reference: …} and {@code Language: …} lines;</li>
 * <li>clause headings start with their number and their level is depth + 1 ({@code ## 1 Scope},
 * {@code ### 1.1 General}); annexes are {@code ## Annex A (informative) Title} with sub-clauses
 * {@code ### A.1 …}. Numbers must run in order (1, 2, 3 … then A, B …; n.1, n.2 … under n); they are
 * checked, not kept, as numbers are derived from position;</li>
 * <li>a paragraph starting with {@code NOTE} or {@code EXAMPLE} (optionally numbered, {@code NOTE 1})
 * becomes a NOTE/EXAMPLE child of the clause;</li>
 * <li>a clause titled "Terms and definitions" is a TERMS clause: its numbered sub-headings are term
 * entries ({@code ### 3.1 AI system}) with optional {@code Admitted: a; b}, the definition, optional
 * {@code Note 1 to entry: …} and {@code [SOURCE: …]}.</li>
 * </ul>
 * Everything else inside a clause (HTML, unnumbered headings, code, odd Markdown) is kept as text in
 * its body. Text before the first clause other than title and metadata is an error, as is any
 * number out of order; the whole import fails, nothing is half-imported.
 */
public final class MarkdownImporter {

    static final String FORMAT = "Markdown";
    static final int MAX_INPUT_CHARS = 20 * 1024 * 1024;

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#+)[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern NUMBERED =
            Pattern.compile("^(\\d+(?:\\.\\d+)*|[A-Z]{1,3}(?:\\.\\d+)+)\\.?(?:[ \\t]+(.*))?$");
    private static final Pattern ANNEX = Pattern.compile(
            "^(?i:annex)[ \\t]+([A-Z]{1,3})(?:[ \\t]*\\((?i:(normative|informative))\\))?(?:[ \\t]+(.*)|[ \\t]*)$");
    private static final Pattern META = Pattern.compile("^(?i)(reference|language)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^(NOTE|EXAMPLE)(?=[ \\t]|$)(.*)$");
    private static final Pattern LABEL_NUMBER = Pattern.compile("^\\d{1,3}(?:[ \\t]{2,}|\\t|$)");
    private static final Pattern ADMITTED = Pattern.compile("^(?i)admitted[ \\t]*:[ \\t]*(.*)$");
    private static final Pattern NOTE_TO_ENTRY = Pattern.compile("^(?i)note[ \\t]+\\d+[ \\t]+to[ \\t]+entry[ \\t]*:[ \\t]*(.*)$");
    private static final Pattern SOURCE = Pattern.compile("^(?i)\\[source[ \\t]*:[ \\t]*(.*?)[ \\t]*]?[ \\t]*$");

    public ImportedDraft parse(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw error(1, "document", Problem.of("drafting.import.empty"));
        }
        if (markdown.length() > MAX_INPUT_CHARS) {
            throw error(1, "document", Problem.of("drafting.import.larger-than-20mb"));
        }
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new Reader(text.split("\n", -1)).read();
    }

    private static DraftImportException error(int line, String where, Problem problem) {
        return new DraftImportException(FORMAT, line, where, problem);
    }

    private record Line(int no, String text, boolean fenced) {
    }

    private static final class Term {
        final String number;
        final String term;
        final int line;
        final String where;
        final List<Line> lines = new ArrayList<>();

        Term(String number, String term, int line, String where) {
            this.number = number;
            this.term = term;
            this.line = line;
            this.where = where;
        }
    }

    private static final class Clause {
        final int depth;
        final String number;
        final ClauseKind kind;
        final AnnexType annexType;
        final String title;
        final int line;
        final String where;
        final List<Line> lines = new ArrayList<>();
        final List<ImportedClause> sections = new ArrayList<>();
        final List<NewTerm> terms = new ArrayList<>();
        int termCount;
        Term currentTerm;

        Clause(int depth, String number, ClauseKind kind, AnnexType annexType, String title, int line, String where) {
            this.depth = depth;
            this.number = number;
            this.kind = kind;
            this.annexType = annexType;
            this.title = title;
            this.line = line;
            this.where = where;
        }
    }

    private static final class Reader {
        private final String[] lines;
        private final Deque<Clause> stack = new ArrayDeque<>();
        private final List<ImportedClause> roots = new ArrayList<>();
        private String title;
        private String reference;
        private String language;
        private boolean metaSeen;
        private int topCount;
        private int annexCount;

        Reader(String[] lines) {
            this.lines = lines;
        }

        ImportedDraft read() {
            boolean inFence = false;
            char fenceChar = 0;
            int fenceLength = 0;
            int fenceLine = 0;
            for (int i = 0; i < lines.length; i++) {
                String raw = lines[i];
                int no = i + 1;
                if (inFence) {
                    if (closesFence(raw, fenceChar, fenceLength)) {
                        inFence = false;
                    }
                    text(new Line(no, raw, true));
                    continue;
                }
                Matcher fence = FENCE.matcher(raw);
                if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
                    inFence = true;
                    fenceChar = fence.group(1).charAt(0);
                    fenceLength = fence.group(1).length();
                    fenceLine = no;
                    text(new Line(no, raw, true));
                    continue;
                }
                Matcher h = HEADING.matcher(raw);
                if (h.matches() && heading(h.group(1).length(), h.group(2).strip(), raw, no)) {
                    continue;
                }
                text(new Line(no, raw, false));
            }
            if (inFence) {
                throw error(fenceLine, truncate(lines[fenceLine - 1]), Problem.of("drafting.import.md.unclosed-code"));
            }
            while (!stack.isEmpty()) {
                close();
            }
            if (roots.isEmpty()) {
                throw error(1, "document", Problem.of("drafting.import.md.no-headings"));
            }
            return new ImportedDraft(title, reference, language, roots);
        }

        private static boolean closesFence(String raw, char fenceChar, int fenceLength) {
            String s = raw.strip();
            return s.length() >= fenceLength && raw.length() - raw.stripLeading().length() <= 3
                    && s.chars().allMatch(c -> c == fenceChar);
        }

        /** Returns false when the heading is not structural and is to be kept as text. */
        private boolean heading(int level, String content, String raw, int no) {
            Matcher annex = ANNEX.matcher(content);
            if (annex.matches()) {
                annex(level, annex, content, no);
                return true;
            }
            Matcher numbered = NUMBERED.matcher(content);
            if (numbered.matches()) {
                String rest = numbered.group(2) == null ? "" : numbered.group(2).strip();
                numbered(level, numbered.group(1), rest, content, no);
                return true;
            }
            if (stack.isEmpty() && level == 1 && title == null && !metaSeen) {
                title = content;
                return true;
            }
            return false;
        }

        private void annex(int level, Matcher m, String where, int no) {
            if (level != 2) {
                throw error(no, where, Problem.of("drafting.import.md.annex-level", level));
            }
            while (!stack.isEmpty()) {
                close();
            }
            String expected = ClauseKinds.annexLetter(annexCount);
            if (!m.group(1).equals(expected)) {
                throw error(no, where, Problem.of("drafting.import.md.annex-order", expected, m.group(1)));
            }
            annexCount++;
            AnnexType type = m.group(2) != null && m.group(2).equalsIgnoreCase("normative")
                    ? AnnexType.NORMATIVE : AnnexType.INFORMATIVE;
            String annexTitle = m.group(3) == null ? "" : m.group(3).strip();
            stack.push(new Clause(1, expected, ClauseKind.ANNEX, type, annexTitle, no, where));
        }

        private void numbered(int level, String number, String heading, String where, int no) {
            int depth = level - 1;
            if (depth < 1) {
                throw error(no, where, Problem.of("drafting.import.md.level-one"));
            }
            Clause top = stack.peek();
            if (top != null && top.kind == ClauseKind.TERMS && depth == top.depth + 1) {
                term(top, number, heading, where, no);
                return;
            }
            if (top != null && top.kind == ClauseKind.TERMS && depth > top.depth + 1 && top.termCount > 0) {
                throw error(no, where, Problem.of("drafting.import.md.term-sub-clause", level));
            }
            if (depth > stack.size() + 1) {
                throw error(no, where, Problem.of("drafting.import.md.too-deep", level, stack.size() + 2, "#".repeat(stack.size() + 2)));
            }
            while (stack.size() > depth - 1) {
                close();
            }
            Clause parent = stack.peek();
            String expected;
            if (parent == null) {
                if (annexCount > 0) {
                    throw error(no, where, Problem.of("drafting.import.md.numbered-after-annex", ClauseKinds.annexLetter(annexCount), number));
                }
                expected = Integer.toString(topCount + 1);
            } else {
                expected = parent.number + "." + (parent.sections.size() + 1);
            }
            if (!number.equals(expected)) {
                throw error(no, where, Problem.of("drafting.import.md.number-order", expected, number));
            }
            if (parent == null) {
                topCount++;
            }
            ClauseKind kind = ClauseKinds.isTermsTitle(heading) ? ClauseKind.TERMS
                    : ClauseKinds.sectionKind(parent == null ? null : parent.kind,
                    parent == null ? null : parent.annexType, false, heading);
            stack.push(new Clause(depth, number, kind, null, heading, no, where));
        }

        private void term(Clause terms, String number, String heading, String where, int no) {
            String expected = terms.number + "." + (terms.termCount + 1);
            if (!number.equals(expected)) {
                throw error(no, where, Problem.of("drafting.import.md.number-order", expected, number));
            }
            if (heading.isBlank()) {
                throw error(no, where, Problem.of("drafting.import.md.term-without-term", number));
            }
            finishTerm(terms);
            terms.termCount++;
            terms.currentTerm = new Term(number, heading, no, where);
        }

        private void text(Line line) {
            Clause top = stack.peek();
            if (top == null) {
                String s = line.text().strip();
                if (s.isEmpty()) {
                    return;
                }
                Matcher meta = META.matcher(s);
                if (!line.fenced() && meta.matches()) {
                    metaSeen = true;
                    String value = meta.group(2).strip();
                    if (meta.group(1).toLowerCase(Locale.ROOT).equals("reference")) {
                        reference = value.isEmpty() ? null : value;
                    } else {
                        language = value.isEmpty() ? null : value;
                    }
                    return;
                }
                throw error(line.no(), truncate(s), Problem.of("drafting.import.md.text-before-clauses"));
            }
            if (top.currentTerm != null) {
                top.currentTerm.lines.add(line);
            } else {
                top.lines.add(line);
            }
        }

        private void close() {
            Clause c = stack.pop();
            finishTerm(c);
            List<ImportedClause> labelled = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (List<Line> block : blocks(c.lines)) {
                Line first = block.getFirst();
                Matcher m = first.fenced() ? null : LABELLED.matcher(first.text());
                String blockText = join(block, 1);
                if (m != null && m.matches()) {
                    String rest = m.group(2).strip();
                    Matcher n = LABEL_NUMBER.matcher(rest);
                    String head = n.find() ? rest.substring(n.end()).strip() : rest;
                    String more = join(block, 1 + 1);
                    String note = head.isEmpty() ? more : more.isEmpty() ? head : head + "\n" + more;
                    ClauseKind kind = ClauseKind.valueOf(m.group(1));
                    checkLength(note, first.no(), c.where + " / " + kind.name());
                    labelled.add(new ImportedClause(kind, null, "", note, List.of(), List.of()));
                } else {
                    parts.add(blockText);
                }
            }
            String body = String.join("\n\n", parts);
            checkLength(body, c.line, c.where);
            List<ImportedClause> children = new ArrayList<>(labelled);
            children.addAll(c.sections);
            ImportedClause clause = new ImportedClause(c.kind, c.annexType, c.title, body,
                    c.kind == ClauseKind.TERMS ? c.terms : List.of(), children);
            Clause parent = stack.peek();
            if (parent == null) {
                roots.add(clause);
            } else {
                parent.sections.add(clause);
            }
        }

        private void finishTerm(Clause c) {
            Term t = c.currentTerm;
            if (t == null) {
                return;
            }
            c.currentTerm = null;
            StringBuilder definition = new StringBuilder();
            StringBuilder note = new StringBuilder();
            String source = null;
            List<String> admitted = new ArrayList<>();
            StringBuilder target = definition;
            boolean paragraphBreak = false;
            for (Line line : t.lines) {
                String s = line.text();
                if (!line.fenced()) {
                    if (s.isBlank()) {
                        paragraphBreak = true;
                        continue;
                    }
                    Matcher m;
                    if ((m = ADMITTED.matcher(s.strip())).matches()) {
                        for (String a : m.group(1).split(";")) {
                            if (!a.isBlank()) {
                                admitted.add(a.strip());
                            }
                        }
                        paragraphBreak = false;
                        continue;
                    }
                    if ((m = NOTE_TO_ENTRY.matcher(s.strip())).matches()) {
                        if (note.isEmpty()) {
                            note.append(m.group(1).strip());
                        } else {
                            note.append("\n\n").append(s.strip());
                        }
                        target = note;
                        paragraphBreak = false;
                        continue;
                    }
                    if ((m = SOURCE.matcher(s.strip())).matches()) {
                        source = m.group(1).strip();
                        paragraphBreak = false;
                        continue;
                    }
                }
                boolean empty = target.isEmpty();
                if (!empty) {
                    target.append(paragraphBreak ? "\n\n" : "\n");
                }
                target.append(empty ? s.stripLeading() : s);
                paragraphBreak = false;
            }
            String def = definition.toString().strip();
            if (def.isEmpty()) {
                throw error(t.line, t.where, Problem.of("drafting.import.md.no-definition", t.number, t.term));
            }
            checkLength(def, t.line, t.where);
            String n = note.toString().strip();
            c.terms.add(new NewTerm(t.term, List.copyOf(admitted), def, n.isEmpty() ? null : n,
                    source == null || source.isEmpty() ? null : source));
        }

        /** Blank-line separated blocks; blank lines inside code fences do not separate. */
        private static List<List<Line>> blocks(List<Line> lines) {
            List<List<Line>> blocks = new ArrayList<>();
            List<Line> current = new ArrayList<>();
            for (Line line : lines) {
                if (!line.fenced() && line.text().isBlank()) {
                    if (!current.isEmpty()) {
                        blocks.add(current);
                        current = new ArrayList<>();
                    }
                } else {
                    current.add(line);
                }
            }
            if (!current.isEmpty()) {
                blocks.add(current);
            }
            return blocks;
        }

        /** The block's lines from the from-th (1-based), joined, without trailing white space. */
        private static String join(List<Line> block, int from) {
            if (from > block.size()) {
                return "";
            }
            return String.join("\n", block.subList(from - 1, block.size()).stream().map(Line::text).toList())
                    .stripTrailing();
        }

        private static void checkLength(String text, int line, String where) {
            if (text.length() > ClauseText.MAX_BODY_CHARS) {
                throw error(line, where, Problem.of("drafting.import.clause-too-long", String.valueOf(text.length()), String.valueOf(ClauseText.MAX_BODY_CHARS)));
            }
        }

        private static String truncate(String s) {
            String t = s.strip();
            return t.length() > 60 ? t.substring(0, 57) + "…" : t;
        }
    }
}
