package org.accord.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The key that signs links in emails: {@code accord.notifications.token-secret} when configured (at least 16
 * characters), else 32 random bytes generated once and stored in the database, so every node signs and checks alike.
 */
@Component
public class LinkKeys {

    public static final String PREFERENCES = "preferences";
    public static final Duration VALIDITY = Duration.ofDays(60);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configured;
    private volatile LinkTokens tokens;

    LinkKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions,
             @Value("${accord.notifications.token-secret:}") String configured) {
        this.jdbc = jdbc;
        // The first use may come from a read-only request (a link opened on a fresh install): write the key apart.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = configured;
        if (!configured.isEmpty() && configured.length() < 16) {
            throw new IllegalStateException("accord.notifications.token-secret must have at least 16 characters");
        }
    }

    public LinkTokens tokens() {
        LinkTokens t = tokens;
        if (t == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new LinkTokens(configured.isEmpty() ? stored() : configured.getBytes(StandardCharsets.UTF_8));
                }
                t = tokens;
            }
        }
        return t;
    }

    public String preferencesToken(UUID userId) {
        return tokens().sign(userId, PREFERENCES, Instant.now().plus(VALIDITY));
    }

    public UUID verifyPreferences(String token) {
        return tokens().verify(token, PREFERENCES, Instant.now()).userId();
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return ownTransaction.execute(status -> {
            jdbc.update("insert into notification_secret (id, secret) values (1, ?) on conflict (id) do nothing", (Object) fresh);
            return jdbc.queryForObject("select secret from notification_secret where id = 1", byte[].class);
        });
    }
}
