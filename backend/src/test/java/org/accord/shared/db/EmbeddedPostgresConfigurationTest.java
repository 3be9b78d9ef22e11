package org.accord.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps what it acknowledged, and never stops a database a live node is using. */
class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void aKeptDatabaseIsDurableAndALiveNodesServerIsLeftAlone() throws Exception {
        try (EmbeddedPostgres pg = new EmbeddedPostgresConfiguration().embeddedPostgres(dataDir, false, 0)) {
            assertThat(setting(pg, "fsync")).isEqualTo("on");
            assertThat(setting(pg, "synchronous_commit")).isEqualTo("on");
            Path pgData = dataDir.resolve("postgres").toAbsolutePath();
            assertThat(StalePostmaster.runningPostmaster(pgData)).as("its server is found by postmaster.pid").isPresent();
            assertThat(StalePostmaster.stopIfOrphaned(pgData)).as("held by a live node: not touched").isFalse();
            assertThat(setting(pg, "fsync")).isEqualTo("on");
        }
        assertThat(StalePostmaster.runningPostmaster(dataDir.resolve("postgres").toAbsolutePath())).isEmpty();
    }

    private static String setting(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
