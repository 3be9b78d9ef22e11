package org.accord.identity.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Run-time settings in the database, so every node sees the same value. */
@Component
public class PlatformSettings {

    private final JdbcTemplate jdbc;

    PlatformSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        List<String> v = jdbc.queryForList("select value from platform_setting where name = ?", String.class, name);
        return v.stream().findFirst();
    }

    public void put(String name, String value, UUID by) {
        jdbc.update("""
                insert into platform_setting (name, value, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""", name, value, Timestamp.from(Instant.now()), by);
    }
}
