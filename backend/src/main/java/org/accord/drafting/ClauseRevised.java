package org.accord.drafting;

import java.util.UUID;

/** Published after a clause revision is committed; views showing the draft refresh that clause. */
public record ClauseRevised(UUID draftId, UUID clauseId, int revisionNo, UUID authorId, String authorName, boolean merged) {
}
