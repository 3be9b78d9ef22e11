package org.accord.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured the app runs its own
 * PostgreSQL (zonky binaries from Maven Central), keeping its files under {@code accord.data-dir}
 * so that data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasourceCondition.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    /** The same as {@code spring.datasource.hikari.connection-timeout} for an external server. */
    static final long CONNECTION_TIMEOUT_MS = 5_000;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${accord.data-dir:./data}") Path dataDir,
                                      @Value("${accord.embedded-db.delete-on-close:false}") boolean deleteOnClose,
                                      @Value("${accord.embedded-db.port:0}") int port) throws IOException {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        Path binaries = dataDir.resolve("pg-runtime").toAbsolutePath();
        Files.createDirectories(pgData);
        Files.createDirectories(binaries);
        boolean fresh = !Files.exists(pgData.resolve("PG_VERSION"));
        log.info("Starting embedded PostgreSQL in {} ({})", pgData, fresh ? "new database" : "existing database");
        if (!fresh) {
            StalePostmaster.stopIfOrphaned(pgData);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(deleteOnClose)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("max_connections", "200");
        if (!deleteOnClose) {
            // The library is made for tests and runs with fsync off and asynchronous commits: a crash of the machine
            // could then lose acknowledged votes or corrupt the database. A kept database gets PostgreSQL's defaults.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            builder.setPort(port); // a fixed port, e.g. for pg_dump (RELIABILITY.md)
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("accord-embedded");
        // Database gone: a request waits at most this long for a connection, then gets a 503 (not a hang).
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return new HikariDataSource(config);
    }
}
