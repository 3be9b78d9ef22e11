package org.accord.commenting.template;

/**
 * One comment row of the ISO/IEC/CEN/CENELEC commenting template (version 2012-03), in the
 * template's column order.
 *
 * <p>The template's first column "MB/NC" holds a single cell. On export its text is
 * {@code commentId} when that is not blank, else {@code memberBody} (see {@link #mbNcCell()}).
 * On import {@code commentId} is the whole cell text and {@code memberBody} is the text before
 * a trailing "-NNN" number when there is one, else the whole text: "KE-AIH-003" gives
 * commentId "KE-AIH-003", memberBody "KE-AIH"; "US" gives "US" for both.
 *
 * <p>{@code type} is "ge", "te" or "ed". Rows returned by {@link CommentTemplateReader} never
 * hold {@code null} (an empty cell is ""); the writer treats {@code null} as an empty cell.
 *
 * @param memberBody     member body / national committee / organisation code, e.g. "KE-AIH"
 * @param commentId      comment id, e.g. "KE-AIH-003"
 * @param lineNumber     column 2 "Line number"
 * @param clause         column 3 "Clause/Subclause"
 * @param paragraph      column 4 "Paragraph/Figure/Table"
 * @param type           column 5 "Type of comment": ge, te or ed
 * @param comment        column 6 "Comments" (the justification)
 * @param proposedChange column 7 "Proposed change"
 * @param observations   column 8 "Observations of the secretariat"
 * @param language       the language the comment is written in (ISO 639-1), or null when unknown. Not a template
 *                       column: the xlsx template keeps its eight columns; the CSV export adds it after them.
 */
public record TemplateRow(
        String memberBody,
        String commentId,
        String lineNumber,
        String clause,
        String paragraph,
        String type,
        String comment,
        String proposedChange,
        String observations,
        String language) {

    /** A row without a known language (the template itself has no language column). */
    public TemplateRow(String memberBody, String commentId, String lineNumber, String clause, String paragraph, String type,
                       String comment, String proposedChange, String observations) {
        this(memberBody, commentId, lineNumber, clause, paragraph, type, comment, proposedChange, observations, null);
    }

    /** The text of the "MB/NC" cell: the comment id if not blank, else the member body, else "". */
    public String mbNcCell() {
        if (commentId != null && !commentId.isBlank()) {
            return commentId;
        }
        return memberBody == null ? "" : memberBody;
    }

    /** The row's values in the template's column order, the MB/NC cell first; never null. */
    String[] cells() {
        return new String[] {
            mbNcCell(), nz(lineNumber), nz(clause), nz(paragraph), nz(type), nz(comment),
            nz(proposedChange), nz(observations)
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
