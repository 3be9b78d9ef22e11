package org.accord.audit.internal;

import org.accord.audit.AuditHashing;
import org.accord.audit.AuditRecord;
import org.accord.identity.AccordUser;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditTrail;
import org.accord.shared.security.SystemActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Appends a row to the chain inside the caller's transaction. The single chain-head row is locked
 * ({@code select ... for update}) until that transaction ends, so concurrent writers take turns and every row's
 * {@code previous_hash} is the hash of the row committed before it; a rolled-back change leaves neither row nor
 * head change behind.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry e) {
        Map<String, Object> head = jdbc.queryForMap("select seq, head_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue() + 1;
        String previous = ((String) head.get("head_hash")).trim();
        Actor actor = actor();
        AuditRecord r = new AuditRecord(seq, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.id(), actor.name(),
                e.workingGroupId(), e.draftId(), e.kind().name(), e.subjectType(), e.subjectId(), e.subjectLabel(),
                e.before(), e.after(), previous, null);
        String hash = AuditHashing.hashOf(r);
        jdbc.update("""
                insert into audit_log (seq, occurred_at, actor_id, actor_name, working_group_id, draft_id, kind,
                                       subject_type, subject_id, subject_label, before_state, after_state,
                                       previous_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""",
                seq, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.actorId(), r.actorName(), r.workingGroupId(), r.draftId(),
                r.kind(), r.subjectType(), r.subjectId(), r.subjectLabel(), json(r.before()), json(r.after()),
                previous, hash);
        jdbc.update("update audit_chain_head set seq = ?, head_hash = ? where id = 1", seq, hash);
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
        return new Actor(SystemActor.ID, auth == null || auth.getName() == null ? "system" : cut(auth.getName()));
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }
}
