package org.accord.drafting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** When each person last opened each draft, for "what changed since my last visit". */
@Component
public class DraftVisits {
    private final JdbcClient jdbc;

    DraftVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a visit now and returns the previous one, if any. */
    public Optional<Instant> visit(UUID userId, UUID draftId, Instant now) {
        Optional<Instant> previous = jdbc.sql("select last_seen_at from draft_visit where user_id = ? and draft_id = ?")
                .params(userId, draftId).query(Timestamp.class).optional().map(Timestamp::toInstant);
        jdbc.sql("""
                insert into draft_visit (user_id, draft_id, last_seen_at) values (?, ?, ?)
                on conflict (user_id, draft_id) do update set last_seen_at = excluded.last_seen_at""")
                .params(userId, draftId, Timestamp.from(now)).update();
        return previous;
    }
}
