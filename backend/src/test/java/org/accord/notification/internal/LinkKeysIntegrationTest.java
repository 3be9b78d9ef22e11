package org.accord.notification.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the authorization matrix: on a fresh install the first link opened (a read-only request) had to store the
 * generated signing key and failed with a 500.
 */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class LinkKeysIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theGeneratedKeyIsStoredEvenWhenFirstNeededInAReadOnlyTransaction() {
        List<byte[]> kept = jdbc.queryForList("select secret from notification_secret where id = 1", byte[].class);
        jdbc.update("delete from notification_secret");
        try {
            LinkKeys fresh = new LinkKeys(jdbc, transactions, "");
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            UUID user = UUID.randomUUID();
            UUID verified = readOnly.execute(s -> fresh.verifyPreferences(fresh.preferencesToken(user)));

            assertThat(verified).isEqualTo(user);
            assertThat(jdbc.queryForObject("select count(*) from notification_secret", Integer.class)).isEqualTo(1);
        } finally {
            jdbc.update("delete from notification_secret");
            kept.forEach(k -> jdbc.update("insert into notification_secret (id, secret) values (1, ?)", (Object) k));
        }
    }
}
