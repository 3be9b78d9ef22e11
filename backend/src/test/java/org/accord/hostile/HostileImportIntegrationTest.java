package org.accord.hostile;

import org.accord.commenting.CommentingService;
import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.CrosswalkInterchange;
import org.accord.crosswalk.CrosswalkService;
import org.accord.crosswalk.InstrumentStatus;
import org.accord.crosswalk.InstrumentType;
import org.accord.crosswalk.JurisdictionKind;
import org.accord.crosswalk.NewInstrument;
import org.accord.crosswalk.NewProvision;
import org.accord.crosswalk.interchange.AkomaNtoso;
import org.accord.crosswalk.interchange.ProvisionCsv;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.drafting.VersionService;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.SeatPlanSpec;
import org.accord.membership.SeatService;
import org.accord.membership.seats.CountingRule;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every malicious file through the services the upload screens and the REST API call, as the secretariat: each is
 * refused with an {@link InvalidInputException} and the row count of every table is the same after as before.
 */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class HostileImportIntegrationTest {

    /** Written by background work, not by imports. */
    private static final Set<String> BACKGROUND_TABLES = Set.of("flyway_schema_history", "search_outbox", "search_entry",
            "search_reindex");

    @Autowired JdbcTemplate jdbc;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired CommentingService commenting;
    @Autowired CrosswalkService crosswalk;
    @Autowired CrosswalkInterchange interchange;
    @Autowired SeatService seats;
    @Autowired IdentityService identity;
    @Autowired Fixtures fixtures;

    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema ="
                + " current_schema() and table_type = 'BASE TABLE'", String.class);
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            if (!BACKGROUND_TABLES.contains(t)) {
                counts.put(t, jdbc.queryForObject("select count(*) from \"" + t + "\"", Long.class));
            }
        }
        return counts;
    }

    @Test
    void everyRefusedImportLeavesEveryTableAsItWas() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 0);
        String member = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        String secretariat = fixtures.unique("sec").toLowerCase();
        String code = fixtures.unique("HOS");
        UUID instrument = SystemActor.call("test", () -> {
            identity.createUser(new NewUser(secretariat, "Secretariat", secretariat + "@example.org", "accord-demo",
                    Set.of(PlatformRole.SECRETARIAT)));
            UUID clause = drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Scope", "Applies."));
            drafting.addClause(draft, clause, new NewClause(ClauseKind.NORMATIVE, null, "General", "Providers shall."));
            versions.freeze(draft, "CD 1", null);
            commenting.openPeriod(draft, "CD 1", Instant.now().plus(Duration.ofDays(5)), false, null);
            UUID id = crosswalk.createInstrument(new NewInstrument(code, "HS", JurisdictionKind.SUBNATIONAL, "Hostile",
                    "Act " + code, code, InstrumentType.LAW, BindingNature.BINDING_LAW, InstrumentStatus.IN_FORCE, null,
                    null, null, null, null, null, "https://example.org/" + code, "en"));
            crosswalk.addProvision(id, null, NewProvision.of("Art. 1", "Records", "Keep records.", null));
            return id;
        });
        fixtures.as(secretariat, () -> seats.saveSeatPlan(wg, new SeatPlanSpec(3, CountingRule.COUNT_TOWARD_ALL, 24,
                null, true, false, null, null, List.of(), null)));

        Map<String, Consumer<byte[]>> importers = new LinkedHashMap<>();
        importers.put("NISO STS draft", b -> drafting.importDraft(wg, DraftingService.ImportFormat.STS, b, "HOSTILE-S", null));
        importers.put("Markdown draft", b -> drafting.importDraft(wg, DraftingService.ImportFormat.MARKDOWN, b, "HOSTILE-M", null));
        importers.put("comment template xlsx", b -> commenting.importXlsx(draft, new ByteArrayInputStream(b), true));
        importers.put("provision CSV", b -> crosswalk.importProvisions(instrument,
                ProvisionCsv.parse(b, ProvisionCsv.preview(b, 0).suggestedMapping()), null, share -> { }));
        importers.put("Akoma Ntoso", b -> {
            AkomaNtoso.Parsed parsed = AkomaNtoso.parse(b);
            crosswalk.importProvisions(instrument, parsed.provisions(), parsed.workIri(), share -> { });
        });
        importers.put("OSCAL mapping collection", b -> interchange.importOscal(draft, b));
        importers.put("OLIR CSV", b -> interchange.importOlir(draft, b));
        importers.put("seat applications CSV", b -> seats.importApplications(wg, new String(b, StandardCharsets.UTF_8)));

        String seatHeader = "username,organisation,country,groups,rank,statement";
        Map<String, Map<String, byte[]>> extra = Map.of(
                "provision CSV", Map.of("valid row, then a duplicate id",
                        "id,number,heading,text\nA1,1,Fine,Fine\nA1,2,Dup,Dup\n".getBytes(StandardCharsets.UTF_8)),
                "OLIR CSV", Map.of("valid row, then a bad one", ("Clause,Instrument,Provision,Relationship,Rationale\n"
                        + "1," + code + ",Art. 1,equal,semantic\n1," + code + ",Art. 1,nonsense,semantic\n")
                        .getBytes(StandardCharsets.UTF_8)),
                "seat applications CSV", Map.of(
                        "valid row, then an unknown user", (seatHeader + "\n" + member + ",,KE,SME,1,Fine\nnobody,,KE,SME,2,x\n")
                                .getBytes(StandardCharsets.UTF_8),
                        "50 MB single field", HostileFiles.hugeLine(seatHeader, HostileFilesTest.HUGE_LINE),
                        "300k rows", HostileFiles.manyRows(seatHeader, member + ",,KE,SME,1,x", 300_000),
                        "hostile statement, then a bad rank", (seatHeader + "\n" + member + ",,KE,SME,1,\"<script>alert(1)</script>\"\n"
                                + member + ",,KE,SME,x,y\n").getBytes(StandardCharsets.UTF_8)));

        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (var importer : importers.entrySet()) {
            Map<String, byte[]> files = new LinkedHashMap<>(HostileFiles.common());
            if (!importer.getKey().equals("seat applications CSV")) {
                files.putAll(HostileFilesTest.specific(importer.getKey()));
            }
            files.putAll(extra.getOrDefault(importer.getKey(), Map.of()));
            for (var file : files.entrySet()) {
                tried++;
                Map<String, Long> before = rowCounts();
                Throwable thrown = catchThrowable(() -> fixtures.as(secretariat, () -> {
                    importer.getValue().accept(file.getValue());
                    return null;
                }));
                Map<String, Long> after = rowCounts();
                String what = importer.getKey() + " ← " + file.getKey();
                if (!(thrown instanceof InvalidInputException) || thrown.getMessage() == null || thrown.getMessage().isBlank()) {
                    failures.add(what + ": " + (thrown == null ? "accepted" : thrown));
                }
                if (!before.equals(after)) {
                    failures.add(what + ": tables changed " + diff(before, after));
                }
            }
        }
        assertThat(failures).as("%d files tried", tried).isEmpty();
        System.out.println("HostileImportIntegrationTest: " + tried + " files × importers refused, database unchanged");
    }

    private static Map<String, String> diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> d = new TreeMap<>();
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                d.put(t, before.get(t) + " → " + n);
            }
        });
        return d;
    }
}
