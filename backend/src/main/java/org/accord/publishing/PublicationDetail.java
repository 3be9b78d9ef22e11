package org.accord.publishing;

import java.util.List;
import java.util.UUID;

/** Everything a reader needs to defend the text: how it was agreed, what changed, how it maps to law, the files. */
public record PublicationDetail(PublicationSummary summary, String publishedBy, UUID ballotId, String ballotSummary,
                                String overrideRationale, List<FormatInfo> formats, List<CommentReportRow> comments,
                                List<ChangeLogEntry> changes, List<CrosswalkRow> crosswalk,
                                List<org.accord.membership.participation.ParticipationReport> participation) {

    public record FormatInfo(String format, String mediaType, long size, String sha256) {
    }

    /** One comment of the comment-resolution report, with its disposition. */
    public record CommentReportRow(String commentId, String clauseRef, String memberBody, String type,
                                   String justification, String proposedChange, String resolution, String observation) {
    }

    /** A change since the previous edition: a clause added, deleted, changed or moved, or a comment applied. */
    public record ChangeLogEntry(String kind, UUID clauseId, String number, String text) {
    }

    /** One mapping of the crosswalk as of publication. */
    public record CrosswalkRow(UUID clauseId, String clause, String instrument, String jurisdiction, String provision,
                               String relationship, Integer strength, String status) {
    }
}
