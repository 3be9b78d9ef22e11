package org.accord.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import org.accord.audit.AuditHashing;
import org.accord.audit.AuditRecord;
import org.accord.identity.AccordUser;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditTrail;
import org.accord.shared.security.SystemActor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records entries in the caller's transaction. Each entry is captured at once (actor, time) and written just before
 * that transaction commits: the pending entity changes are flushed first, then the single chain-head row is locked
 * ({@code select ... for update}), the rows appended and the head moved. Concurrent writers therefore take turns only
 * for the moment of their commit, rows form one gap-free chain in commit order, a failed write fails the commit (so a
 * committed change always has its rows) and a rolled-back change writes nothing.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSERT = """
            insert into audit_log (seq, occurred_at, actor_id, actor_name, working_group_id, draft_id, kind,
                                   subject_type, subject_id, subject_label, before_state, after_state,
                                   previous_hash, entry_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""";

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagers;
    private final Clock clock = Clock.systemUTC();

    JdbcAuditTrail(JdbcTemplate jdbc, EntityManagerFactory entityManagers) {
        this.jdbc = jdbc;
        this.entityManagers = entityManagers;
    }

    @Override
    public void record(AuditEntry e) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An audit entry is recorded inside the read-write transaction of its change");
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        Actor actor = actor();
        AuditRecord row = new AuditRecord(0, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.id(), actor.name(),
                e.workingGroupId(), e.draftId(), e.kind().name(), e.subjectType(), e.subjectId(), e.subjectLabel(),
                e.before(), e.after(), null, null);
        if (pending.appended) {
            append(List.of(row)); // recorded by another before-commit step that ran after ours
        } else {
            pending.rows.add(row);
        }
    }

    /** The entries of one transaction, appended to the chain in its before-commit phase, after everything else. */
    private final class Pending implements TransactionSynchronization, Ordered {
        final List<AuditRecord> rows = new ArrayList<>();
        boolean appended;

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (TransactionSynchronizationManager.getResource(entityManagers) instanceof EntityManagerHolder held) {
                held.getEntityManager().flush(); // row locks of the change come before the chain head's, never after
            }
            append(rows);
            appended = true;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditTrail.this);
        }
    }

    private void append(List<AuditRecord> captured) {
        if (captured.isEmpty()) {
            return;
        }
        Map<String, Object> head = jdbc.queryForMap("select seq, head_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue();
        String previous = ((String) head.get("head_hash")).trim();
        List<Object[]> batch = new ArrayList<>(captured.size());
        for (AuditRecord c : captured) {
            seq++;
            AuditRecord r = new AuditRecord(seq, c.occurredAt(), c.actorId(), c.actorName(), c.workingGroupId(),
                    c.draftId(), c.kind(), c.subjectType(), c.subjectId(), c.subjectLabel(), c.before(), c.after(),
                    previous, null);
            String hash = AuditHashing.hashOf(r);
            batch.add(new Object[] {seq, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.actorId(), r.actorName(),
                    r.workingGroupId(), r.draftId(), r.kind(), r.subjectType(), r.subjectId(), r.subjectLabel(),
                    json(r.before()), json(r.after()), previous, hash});
            previous = hash;
        }
        jdbc.batchUpdate(INSERT, batch);
        jdbc.update("update audit_chain_head set seq = ?, head_hash = ? where id = 1", seq, previous);
    }

    private static String json(Map<String, String> state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }

    private record Actor(UUID id, String name) {
    }

    // system work (seed data, schedulers) runs as SystemActor: the nil UUID with its "system:<purpose>" name
    private static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccordUser u) {
            return new Actor(u.userId(), u.getUsername());
        }
        String name = auth == null || auth.getName() == null ? "system" : auth.getName();
        return new Actor(SystemActor.ID, name.length() <= 200 ? name : name.substring(0, 200));
    }
}
