package org.accord.identity.internal;

import org.accord.identity.LoginBackoffPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Failed sign-ins per user name, in the database so that every app node sees the same count. */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginBackoffPolicy policy;
    private final Clock clock;

    public LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.policy = LoginBackoffPolicy.DEFAULT;
        this.clock = clock;
    }

    /** Failed attempts on record for a user name: none for most sign-ins, which then cost no write. */
    public record Status(boolean recorded, boolean locked) {
    }

    @Transactional(readOnly = true)
    public Status status(String username) {
        return jdbc.sql("select locked_until from login_throttle where username_key = ?")
                .param(key(username))
                .query((rs, i) -> {
                    Timestamp until = rs.getTimestamp(1);
                    return new Status(true, until != null && until.toInstant().isAfter(clock.instant()));
                })
                .optional()
                .orElse(new Status(false, false));
    }


    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into login_throttle (username_key, failures, last_failure) values (?, 1, ?)
                        on conflict (username_key) do update set failures = login_throttle.failures + 1, last_failure = excluded.last_failure
                        returning failures""")
                .params(key(username), Timestamp.from(now))
                .query(Integer.class)
                .single();
        jdbc.sql("update login_throttle set locked_until = ? where username_key = ?")
                .params(Timestamp.from(policy.lockedUntil(now, failures)), key(username))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String username) {
        jdbc.sql("delete from login_throttle where username_key = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
    }
}
