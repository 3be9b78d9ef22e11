package org.accord.commenting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.*;

/** "Support / not support" marks, one per person and comment (ISO online drafting practice). */
@Component
public class CommentSupports {
    private final JdbcClient jdbc;

    CommentSupports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void mark(UUID commentId, UUID userId, Boolean supports) {
        if (supports == null) {
            jdbc.sql("delete from comment_support where comment_id = ? and user_id = ?").params(commentId, userId).update();
            return;
        }
        jdbc.sql("""
                insert into comment_support (comment_id, user_id, supports, at) values (?, ?, ?, ?)
                on conflict (comment_id, user_id) do update set supports = excluded.supports, at = excluded.at""")
                .params(commentId, userId, supports, Timestamp.from(Instant.now())).update();
    }

    /** comment id → [supporting, not supporting]. */
    public Map<UUID, int[]> counts(Collection<UUID> commentIds) {
        Map<UUID, int[]> out = new HashMap<>();
        if (commentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select comment_id, supports, count(*) from comment_support where comment_id = any(?) group by comment_id, supports")
                .param(commentIds.toArray(UUID[]::new))
                .query(rs -> {
                    int[] c = out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[2]);
                    c[rs.getBoolean(2) ? 0 : 1] = rs.getInt(3);
                });
        return out;
    }

    public Optional<Boolean> markOf(UUID commentId, UUID userId) {
        return jdbc.sql("select supports from comment_support where comment_id = ? and user_id = ?")
                .params(commentId, userId).query(Boolean.class).optional();
    }
}
