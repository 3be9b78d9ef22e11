package org.accord.commenting;

import java.time.Instant;
import java.util.List;

/** A comment with its thread, the history of its disposition and the caller's own support mark. */
public record CommentDetail(CommentView comment, List<Reply> replies, List<Disposition> dispositions, Boolean mySupport,
                            boolean canReply, boolean canDispose, boolean canApply, boolean canSubmit) {

    /** The language the comment is written in (ISO 639-1). */
    public String language() {
        return comment.language();
    }

    public record Reply(String author, String body, Instant at) {
    }

    public record Disposition(Resolution resolution, String observation, String by, Instant at) {
    }
}
