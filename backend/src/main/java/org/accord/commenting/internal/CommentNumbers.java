package org.accord.commenting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Hands out comment numbers per draft and originator (KE-001, KE-002 …). A transaction-scoped
 * advisory lock serialises concurrent filings by the same originator, so two never get one number.
 */
@Component
public class CommentNumbers {
    private final JdbcClient jdbc;

    CommentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction that inserts the comment. */
    public int next(UUID draftId, String originatorCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(draftId + "/" + originatorCode)
                .query((rs, i) -> 1).list();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from draft_comment where draft_id = ? and originator_code = ?")
                .params(draftId, originatorCode).query(Integer.class).single();
    }
}
