package org.accord.commenting.internal;

import org.accord.commenting.CommentingService;
import org.accord.drafting.ClauseRevised;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** When a clause is revised, its comments' anchors are re-located in the same transaction. */
@Component
class AnchorsFollowRevisions {

    private final CommentingService commenting;

    AnchorsFollowRevisions(CommentingService commenting) {
        this.commenting = commenting;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ClauseRevised event) {
        commenting.reanchor(event.draftId(), event.clauseId());
    }
}
