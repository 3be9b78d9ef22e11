package org.accord.crosswalk.internal;

import org.accord.crosswalk.MappingsNeedReview;
import org.accord.drafting.ClauseRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A mapping records the clause revision it was made against, so "clause changed since" is derived when shown; this
 * announces it at the revision, so the mappings' authors can be told (inside the revision's transaction).
 */
@Component
class MappingsFollowRevisions {

    private final CrosswalkMappings mappings;
    private final ApplicationEventPublisher events;

    MappingsFollowRevisions(CrosswalkMappings mappings, ApplicationEventPublisher events) {
        this.mappings = mappings;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ClauseRevised e) {
        List<CrosswalkMapping> stale = mappings.findByClauseId(e.clauseId()).stream()
                .filter(m -> m.getClauseRevision() < e.revisionNo()).toList();
        if (!stale.isEmpty()) {
            events.publishEvent(new MappingsNeedReview(e.draftId(), e.clauseId(), e.revisionNo(),
                    stale.stream().map(CrosswalkMapping::getId).collect(Collectors.toSet()),
                    stale.stream().map(CrosswalkMapping::getAuthorId).filter(java.util.Objects::nonNull)
                            .collect(Collectors.toSet())));
        }
    }
}
