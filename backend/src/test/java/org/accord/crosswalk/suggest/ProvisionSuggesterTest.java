package org.accord.crosswalk.suggest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisionSuggesterTest {

    static final UUID EU = UUID.randomUUID();
    static final UUID CO = UUID.randomUUID();

    static final ProvisionText OVERSIGHT = new ProvisionText(UUID.randomUUID(), EU, "Art. 14", "Human oversight",
            "High-risk AI systems are designed so that natural persons can oversee them effectively while in use.");
    static final ProvisionText LOGGING = new ProvisionText(UUID.randomUUID(), EU, "Art. 12", "Record-keeping",
            "Systems allow events to be logged automatically so that their operation can be traced.");
    static final ProvisionText NOTICE = new ProvisionText(UUID.randomUUID(), CO, "6-1-1703(4)", "Notice, explanation and appeal",
            "Consumers are told when a high-risk system makes a consequential decision and can appeal for human review.");
    static final ProvisionText DATA = new ProvisionText(UUID.randomUUID(), CO, "X", "Data governance",
            "Training data sets are examined for possible biases.");

    final ProvisionSuggester suggester = new ProvisionSuggester(null);

    @AfterEach
    void close() {
        suggester.close();
    }

    private List<UUID> ids(String title, String text) {
        return ids(title, text, Set.of(), Set.of());
    }

    private List<UUID> ids(String title, String text, Set<UUID> exclude, Set<UUID> instruments) {
        return suggester.suggest(title, text, 10, exclude, instruments).stream().map(Suggestion::provisionId).toList();
    }

    @Test
    void anEmptyIndexSuggestsNothing() {
        assertThat(suggester.size()).isZero();
        assertThat(suggester.suggest("Human oversight", "People oversee the system.", 5, Set.of(), Set.of())).isEmpty();
    }

    @Test
    void ranksTheProvisionAboutTheSameTopicFirst() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING, NOTICE, DATA));
        assertThat(suggester.size()).isEqualTo(4);

        List<Suggestion> found = suggester.suggest("Human oversight",
                "The organisation shall design human oversight measures so that people can oversee the AI system.",
                5, Set.of(), Set.of());
        assertThat(found).first().extracting(Suggestion::provisionId).isEqualTo(OVERSIGHT.id());
        assertThat(found).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(ids("Record-keeping", "Keep records so that decisions can be traced afterwards."))
                .first().isEqualTo(LOGGING.id());
    }

    @Test
    void respectsTheLimit() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING, NOTICE, DATA));
        assertThat(suggester.suggest("system", "high-risk system", 1, Set.of(), Set.of())).hasSize(1);
        assertThat(suggester.suggest("system", "high-risk system", 0, Set.of(), Set.of())).isEmpty();
    }

    @Test
    void aClauseWithNoTermInCommonGetsNoSuggestions() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING));
        assertThat(ids("Scope", "Zebra quantum")).isEmpty();
        assertThat(ids("", "")).isEmpty();
        assertThat(ids(null, null)).isEmpty();
    }

    @Test
    void upsertAddsAndReplacesById() {
        suggester.upsert(List.of(OVERSIGHT, LOGGING));
        assertThat(suggester.size()).isEqualTo(2);

        ProvisionText renamed = new ProvisionText(LOGGING.id(), EU, "Art. 12", "Archiving",
                "Operators archive ledgers of every inference.");
        suggester.upsert(List.of(renamed, NOTICE));
        assertThat(suggester.size()).isEqualTo(3);
        assertThat(ids("Ledgers", "archive ledgers")).containsExactly(LOGGING.id());
        assertThat(ids("Traced", "logged automatically traced")).doesNotContain(LOGGING.id());
    }

    @Test
    void removeDeletesById() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING, NOTICE));
        suggester.remove(List.of(LOGGING.id(), UUID.randomUUID()));
        assertThat(suggester.size()).isEqualTo(2);
        assertThat(ids("Record-keeping", "events logged and traced")).doesNotContain(LOGGING.id());
        suggester.remove(List.of());
        assertThat(suggester.size()).isEqualTo(2);
    }

    @Test
    void replaceAllDropsWhatWasThere() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING));
        suggester.replaceAll(List.of(NOTICE));
        assertThat(suggester.size()).isEqualTo(1);
        assertThat(ids("Human oversight", "oversee")).doesNotContain(OVERSIGHT.id());
        suggester.replaceAll(List.of());
        assertThat(suggester.size()).isZero();
    }

    @Test
    void excludesProvisionsAlreadyMapped() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING, NOTICE, DATA));
        assertThat(ids("Human oversight", "human review of high-risk systems", Set.of(OVERSIGHT.id()), Set.of()))
                .isNotEmpty().doesNotContain(OVERSIGHT.id());
    }

    @Test
    void searchesOnlyTheChosenInstruments() {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING, NOTICE, DATA));
        List<UUID> colorado = ids("Human oversight", "human review of high-risk systems", Set.of(), Set.of(CO));
        assertThat(colorado).isNotEmpty().allMatch(id -> id.equals(NOTICE.id()) || id.equals(DATA.id()));
        assertThat(ids("Human oversight", "human review of high-risk systems", Set.of(), Set.of(EU, CO)))
                .contains(OVERSIGHT.id(), NOTICE.id());
        assertThat(ids("Human oversight", "oversee", Set.of(), Set.of(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aProvisionWithoutTextIsFoundByItsHeading() {
        ProvisionText headingOnly = new ProvisionText(UUID.randomUUID(), EU, "Art. 72", "Post-market monitoring", null);
        suggester.replaceAll(List.of(headingOnly, OVERSIGHT));
        assertThat(ids("Monitoring", "Monitor each system after it is placed on the market.")).first()
                .isEqualTo(headingOnly.id());
        ProvisionText blank = new ProvisionText(UUID.randomUUID(), EU, "Art. 0", null, null);
        suggester.upsert(List.of(blank));
        assertThat(suggester.size()).isEqualTo(3);
    }

    @Test
    void aProvisionNeedsAnIdAndAnInstrument() {
        assertThatThrownBy(() -> new ProvisionText(null, EU, "1", "h", "t")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ProvisionText(UUID.randomUUID(), null, "1", "h", "t"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOnDiskIndexSurvivesReopening(@TempDir Path dir) {
        try (ProvisionSuggester onDisk = new ProvisionSuggester(dir.resolve("provisions"))) {
            onDisk.replaceAll(List.of(OVERSIGHT, LOGGING));
        }
        try (ProvisionSuggester reopened = new ProvisionSuggester(dir.resolve("provisions"))) {
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.suggest("Human oversight", "oversee", 5, Set.of(), Set.of()))
                    .first().extracting(Suggestion::provisionId).isEqualTo(OVERSIGHT.id());
        }
    }

    @Test
    void searchesWhileAnotherThreadWrites() throws Exception {
        suggester.replaceAll(List.of(OVERSIGHT, LOGGING, NOTICE, DATA));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    suggester.upsert(List.of(new ProvisionText(UUID.randomUUID(), CO, "n" + i, "Oversight " + i,
                            "Extra human oversight text " + i)));
                }
            }));
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        // The original provision is never touched, so it must always be found.
                        assertThat(ids("Record-keeping", "events logged automatically")).contains(LOGGING.id());
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(suggester.size()).isEqualTo(54);
    }
}
