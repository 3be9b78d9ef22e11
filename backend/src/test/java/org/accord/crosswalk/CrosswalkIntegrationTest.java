package org.accord.crosswalk;

import org.accord.crosswalk.interchange.AkomaNtoso;
import org.accord.crosswalk.interchange.ProvisionCsv;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.drafting.ClauseEdit;
import org.accord.drafting.DraftingService;
import org.accord.drafting.RevisionService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crosswalks through the public services on PostgreSQL: mapping rules, views, imports, interchange and bad input. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class CrosswalkIntegrationTest {

    @Autowired CrosswalkService crosswalk;
    @Autowired MappingService mappings;
    @Autowired CrosswalkInterchange interchange;
    @Autowired org.accord.search.SearchService search;
    @Autowired DraftingService drafting;
    @Autowired RevisionService revisions;
    @Autowired Fixtures fixtures;

    UUID wg;
    UUID draft;
    List<UUID> clauses;
    String jurisdiction;
    String code;
    UUID instrument;
    List<UUID> provisions;

    @BeforeEach
    void world() {
        wg = fixtures.workingGroup();
        draft = fixtures.draft(wg, 4);
        StringBuilder letters = new StringBuilder("Z");
        new Random().ints(5, 0, 26).forEach(i -> letters.append((char) ('A' + i)));
        jurisdiction = letters + "-T";
        code = fixtures.unique("INS");
        SystemActor.run("test", () -> {
            clauses = new ArrayList<>(drafting.clauseNumbers(draft).keySet());
            instrument = crosswalk.createInstrument(instrument(code, InstrumentStatus.IN_FORCE));
            provisions = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                provisions.add(crosswalk.addProvision(instrument, null,
                        NewProvision.of("Art. " + i, "Heading " + i, "Providers shall keep records " + i, null)));
            }
        });
    }

    private NewInstrument instrument(String code, InstrumentStatus status) {
        return new NewInstrument(code, jurisdiction, JurisdictionKind.SUBNATIONAL, "Test land", "Test act " + code, code,
                InstrumentType.LAW, BindingNature.BINDING_LAW, status, null, null, null, null, null, null,
                "https://example.org/" + code, "en");
    }

    private MappingSaved map(int clause, int provision, Relationship r, Integer strength) {
        return SystemActor.call("test", () -> mappings.save(draft, new NewMapping(clauses.get(clause - 1),
                provisions.get(provision - 1), r, Rationale.SEMANTIC, strength, "why " + clause, Provenance.HUMAN,
                ReviewStatus.DRAFT, null)));
    }

    @Test
    void gapReportOnAHandMadeCrosswalk() {
        map(1, 1, Relationship.EQUAL, 10);
        map(2, 2, Relationship.INTERSECTS_WITH, 3);
        map(3, 3, Relationship.NO_RELATIONSHIP, 0);
        CrosswalkGaps gaps = SystemActor.call("test", () -> mappings.gaps(draft, jurisdiction));
        assertThat(gaps.unmapped()).extracting(ClauseRef::number).containsExactly("3", "4");
        assertThat(gaps.weak()).extracting(ClauseRef::number).containsExactly("2");
        assertThat(gaps.uncovered()).extracting(ProvisionRef::number).containsExactly("Art. 3");
        assertThat(gaps.clauseCount()).isEqualTo(4);
        // the same report by instrument code
        assertThat(SystemActor.call("test", () -> mappings.gaps(draft, code)).unmapped()).hasSize(2);
        assertThatThrownBy(() -> SystemActor.run("test", () -> mappings.gaps(draft, "NOWHERE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("known jurisdictions");
    }

    @Test
    void matrixShowsTheStrongestRelationshipPerInstrumentAndFiltersByBindingNature() {
        map(1, 1, Relationship.SUBSET_OF, 5);
        map(1, 2, Relationship.SUPERSET_OF, 6);
        map(2, 3, Relationship.INTERSECTS_WITH, 8);
        CrosswalkMatrix m = SystemActor.call("test", () -> mappings.matrix(draft, Set.of(BindingNature.BINDING_LAW)));
        int col = indexOf(m, code);
        assertThat(m.rows().get(0).cells().get(col).strongest()).isEqualTo(Relationship.SUPERSET_OF);
        assertThat(m.rows().get(0).cells().get(col).mappings()).isEqualTo(2);
        assertThat(m.rows().get(1).cells().get(col).strongest()).isEqualTo(Relationship.INTERSECTS_WITH);
        assertThat(m.rows().get(2).cells().get(col)).isNull();
        CrosswalkMatrix soft = SystemActor.call("test", () -> mappings.matrix(draft, Set.of(BindingNature.SOFT_LAW)));
        assertThat(soft.columns()).extracting(CrosswalkMatrix.Column::code).doesNotContain(code);
    }

    private static int indexOf(CrosswalkMatrix m, String code) {
        for (int i = 0; i < m.columns().size(); i++) {
            if (m.columns().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in matrix");
    }

    @Test
    void strengthAndRelationshipMustAgreeAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> map(1, 1, Relationship.EQUAL, 7)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("strength 10");
        assertThatThrownBy(() -> map(1, 1, Relationship.SUBSET_OF, 11)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0 to 10");
        map(1, 1, Relationship.SUBSET_OF, 7);
        assertThatThrownBy(() -> map(1, 1, Relationship.SUBSET_OF, 7)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already mapped");
    }

    @Test
    void mappingToAWithdrawnInstrumentWarns() {
        UUID provision = SystemActor.call("test", () -> {
            UUID withdrawn = crosswalk.createInstrument(instrument(fixtures.unique("OLD"), InstrumentStatus.WITHDRAWN));
            return crosswalk.addProvision(withdrawn, null, NewProvision.of("§ 1", "Old rule", null, "A summary"));
        });
        MappingSaved saved = SystemActor.call("test", () -> mappings.save(draft, new NewMapping(clauses.get(0), provision,
                Relationship.INTERSECTS_WITH, Rationale.FUNCTIONAL, 4, null, Provenance.HUMAN, ReviewStatus.DRAFT, null)));
        assertThat(saved.warnings()).singleElement().asString().contains("withdrawn");
    }

    @Test
    void aMappingIsFlaggedWhenItsClauseChangesAndReviewClearsTheFlag() {
        String editor = fixtures.member(wg, WorkingGroupRole.EDITOR);
        MappingSaved saved = fixtures.as(editor, () -> mappings.save(draft, new NewMapping(clauses.get(0),
                provisions.get(0), Relationship.SUBSET_OF, Rationale.SEMANTIC, 7, null, Provenance.HUMAN,
                ReviewStatus.DRAFT, null)));
        assertThat(saved.mapping().clauseChanged()).isFalse();
        fixtures.as(editor, () -> revisions.revise(draft, clauses.get(0), new ClauseEdit(1, null, "Changed text", "edit")));
        MappingView flagged = fixtures.as(editor, () -> mappings.mappingsOfClause(draft, clauses.get(0))).getFirst();
        assertThat(flagged.clauseChanged()).isTrue();
        MappingView reviewed = fixtures.as(editor, () -> mappings.review(draft, flagged.id(), ReviewStatus.REVIEWED, flagged.version()));
        assertThat(reviewed.clauseChanged()).isFalse();
        // an editor reviews but does not approve; a delegate does not map at all
        assertThatThrownBy(() -> fixtures.as(editor, () -> mappings.review(draft, reviewed.id(), ReviewStatus.APPROVED, reviewed.version())))
                .isInstanceOf(AccessDeniedException.class);
        String delegate = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        assertThatThrownBy(() -> fixtures.as(delegate, () -> mappings.save(draft, new NewMapping(clauses.get(1),
                provisions.get(0), Relationship.EQUAL, Rationale.SYNTACTIC, 10, null, Provenance.HUMAN,
                ReviewStatus.DRAFT, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oscalRoundTripGivesTheSameMappings() {
        map(1, 1, Relationship.EQUAL, 10);
        map(2, 2, Relationship.SUBSET_OF, 6);
        map(3, 3, Relationship.NO_RELATIONSHIP, 0);
        Map<String, String> before = snapshot();
        String json = SystemActor.call("test", () -> interchange.exportOscal(draft));
        assertThat(json).contains("\"mapping-collection\"").contains("\"equivalent-to\"").contains("\"subset-of\"");
        SystemActor.run("test", () -> mappings.mappings(draft).forEach(m -> mappings.delete(draft, m.id())));
        CrosswalkInterchange.MappingImport r = SystemActor.call("test", () ->
                interchange.importOscal(draft, json.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.created()).isEqualTo(3);
        assertThat(snapshot()).isEqualTo(before);
        // importing the same file again changes nothing; the OLIR CSV round-trips too
        assertThat(SystemActor.call("test", () -> interchange.importOscal(draft, json.getBytes(StandardCharsets.UTF_8))).unchanged()).isEqualTo(3);
        String csv = SystemActor.call("test", () -> interchange.exportOlir(draft));
        assertThat(SystemActor.call("test", () -> interchange.importOlir(draft, csv.getBytes(StandardCharsets.UTF_8))).unchanged()).isEqualTo(3);
    }

    private Map<String, String> snapshot() {
        return SystemActor.call("test", () -> mappings.mappings(draft).stream().collect(Collectors.toMap(
                m -> m.clause().number() + "→" + m.provision().number(),
                m -> m.relationship() + "/" + m.rationale() + "/" + m.strength() + "/" + m.explanation() + "/"
                        + m.provenance() + "/" + m.status())));
    }

    @Test
    void invalidOscalIsRefusedWholeAndUnknownReferencesAreNamed() {
        assertThatThrownBy(() -> SystemActor.run("test", () -> interchange.importOscal(draft,
                "{\"mapping-collection\": {\"uuid\": \"x\"}}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid OSCAL mapping collection");
        String csv = "Focal Document Element,Reference Document,Reference Document Element,Relationship,Rationale\r\n"
                + "1," + code + ",Art. 1,equivalent-to,semantic\r\n"
                + "9," + code + ",Art. 1,subset of,semantic\r\n"
                + "2," + code + ",Art. 99,not_related,semantic\r\n";
        assertThatThrownBy(() -> SystemActor.run("test", () -> interchange.importOlir(draft, csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).anyMatch(d -> d.contains("no clause 9"))
                        .anyMatch(d -> d.contains("Art. 99")));
        assertThat(SystemActor.call("test", () -> mappings.mappings(draft))).isEmpty();
    }

    @Test
    void reimportUpdatesByIdentifierKeepsMappingsAndReportsWhatDisappeared() {
        UUID target = SystemActor.call("test", () -> crosswalk.createInstrument(instrument(fixtures.unique("CSV"), InstrumentStatus.ADOPTED)));
        String first = "id,parent,heading,text\n"
                + "s1,,Scope,\"Applies to providers, deployers and \"\"importers\"\"\nof AI systems.\"\n"
                + "s1-a,s1,Exclusions,Military uses.\n"
                + "s2,,Records,Keep logs.\n";
        ProvisionImport r1 = SystemActor.call("test", () -> crosswalk.importProvisions(target,
                ProvisionCsv.parse(first.getBytes(StandardCharsets.UTF_8), new ProvisionCsv.ColumnMapping("id", "parent", null, "heading", "text", null)),
                null, share -> { }));
        assertThat(r1.added()).isEqualTo(3);
        List<ProvisionView> tree = SystemActor.call("test", () -> crosswalk.provisions(target, false));
        assertThat(tree).extracting(ProvisionView::depth).containsExactly(0, 1, 0);
        assertThat(tree.getFirst().text()).contains("\"importers\"\nof AI");
        UUID records = tree.get(2).id();
        UUID exclusions = tree.get(1).id();
        SystemActor.run("test", () -> mappings.save(draft, new NewMapping(clauses.get(0), records, Relationship.SUBSET_OF,
                Rationale.SEMANTIC, 7, null, Provenance.HUMAN, ReviewStatus.DRAFT, null)));
        SystemActor.run("test", () -> mappings.save(draft, new NewMapping(clauses.get(1), exclusions,
                Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 2, null, Provenance.HUMAN, ReviewStatus.DRAFT, null)));

        String second = "id,parent,heading,text\n"
                + "s1,,Scope,\"Applies to providers, deployers and \"\"importers\"\"\nof AI systems.\"\n"
                + "s2,,Record-keeping,Keep logs for ten years.\n"
                + "s3,,Penalties,Fines.\n";
        ProvisionImport r2 = SystemActor.call("test", () -> crosswalk.importProvisions(target,
                ProvisionCsv.parse(second.getBytes(StandardCharsets.UTF_8), new ProvisionCsv.ColumnMapping("id", "parent", null, "heading", "text", null)),
                null, share -> { }));
        assertThat(r2.added()).isEqualTo(1);
        assertThat(r2.updated()).isEqualTo(1);
        assertThat(r2.unchanged()).isEqualTo(1);
        assertThat(r2.disappeared()).containsExactly("s1-a Exclusions");
        assertThat(r2.mappingsOnDisappeared()).isEqualTo(1);
        List<ProvisionView> after = SystemActor.call("test", () -> crosswalk.provisions(target, false));
        assertThat(after).extracting(ProvisionView::identifier).containsExactly("s1", "s2", "s3");
        // the mapping follows the provision by identifier: same row, new heading
        MappingView kept = SystemActor.call("test", () -> mappings.mappingsOfClause(draft, clauses.get(0))).getFirst();
        assertThat(kept.provision().id()).isEqualTo(records);
        assertThat(kept.provision().heading()).isEqualTo("Record-keeping");
    }

    @Test
    void badProvisionFilesImportNothing() {
        UUID target = SystemActor.call("test", () -> crosswalk.createInstrument(instrument(fixtures.unique("BAD"), InstrumentStatus.ADOPTED)));
        String duplicates = "id,heading\na,One\nb,Two\na,Three\n";
        assertThatThrownBy(() -> ProvisionCsv.parse(duplicates.getBytes(StandardCharsets.UTF_8),
                ProvisionCsv.preview(duplicates.getBytes(StandardCharsets.UTF_8), 0).suggestedMapping()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).anyMatch(d -> d.contains("line 4")));
        byte[] latin1 = "id,heading\na,Société\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ProvisionCsv.preview(latin1, 5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>"
                + "<article eId=\"art_1\"><num>&x;</num></article></body></act></akomaNtoso>";
        assertThatThrownBy(() -> AkomaNtoso.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE");
        assertThat(SystemActor.call("test", () -> crosswalk.provisions(target, true))).isEmpty();
        assertThatThrownBy(() -> SystemActor.run("test", () -> crosswalk.importProvisions(target, List.of(), null, s -> { })))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deviationsNeedBindingLawOfTheirJurisdictionAndAdoptionNeedsReasons() {
        UUID id = SystemActor.call("test", () -> mappings.recordDeviation(draft, new NewDeviation(clauses.get(0), jurisdiction,
                provisions.get(0), "Records are kept for ten years, not five.")));
        assertThat(SystemActor.call("test", () -> mappings.deviations(draft))).singleElement()
                .satisfies(d -> {
                    assertThat(d.id()).isEqualTo(id);
                    assertThat(d.provision().number()).isEqualTo("Art. 1");
                });
        assertThatThrownBy(() -> SystemActor.run("test", () -> mappings.recordDeviation(draft, new NewDeviation(clauses.get(0),
                "EU", provisions.get(0), "x")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("not to jurisdiction EU");
        assertThatThrownBy(() -> SystemActor.run("test", () -> mappings.decideAdoption(draft, jurisdiction, clauses.get(0),
                AdoptionDecision.OMIT, " "))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Say why");
        SystemActor.run("test", () -> mappings.decideAdoption(draft, jurisdiction, clauses.get(0), AdoptionDecision.ADAPT,
                "Ten-year retention"));
        AdoptionProfile p = SystemActor.call("test", () -> mappings.adoptionProfile(draft, jurisdiction));
        assertThat(p.lines().getFirst().decision()).isEqualTo(AdoptionDecision.ADAPT);
        assertThat(p.lines().getFirst().deviations()).isEqualTo(1);
        assertThat(p.lines().get(1).decision()).isNull();
    }

    @Test
    void suggestionsRankSimilarProvisionsAndAcceptingMakesAnAutomationDraft() {
        // Words of their own, so provisions other tests leave in the shared database cannot outrank it.
        String topic = "Zymurgy " + code.replaceAll("[^A-Za-z0-9]", "");
        String editor = fixtures.member(wg, WorkingGroupRole.EDITOR);
        fixtures.as(editor, () -> revisions.revise(draft, clauses.get(1), new ClauseEdit(1, topic,
                "Fermentation records of the " + topic + " process shall be kept.", "edit")));
        UUID similar = SystemActor.call("test", () -> crosswalk.addProvision(instrument, null, NewProvision.of("Art. 4",
                topic, "Keeping records of fermentation in " + topic, null)));
        SystemActor.run("test", search::catchUp); // suggestions come from the search index, fed through the outbox
        List<SuggestedProvision> found = SystemActor.call("test", () -> mappings.suggestions(draft, clauses.get(1), 5));
        assertThat(found).extracting(s -> s.provision().id()).contains(similar);
        MappingSaved accepted = SystemActor.call("test", () -> mappings.acceptSuggestion(draft, clauses.get(1), similar));
        assertThat(accepted.mapping().provenance()).isEqualTo(Provenance.AUTOMATION);
        assertThat(accepted.mapping().status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(SystemActor.call("test", () -> mappings.suggestions(draft, clauses.get(1), 5)))
                .extracting(s -> s.provision().id()).doesNotContain(similar);
        MappingView reviewed = SystemActor.call("test", () -> mappings.review(draft, accepted.mapping().id(),
                ReviewStatus.REVIEWED, accepted.mapping().version()));
        assertThat(reviewed.provenance()).isEqualTo(Provenance.HYBRID);
    }

    @Test
    void akomaNtosoImportBuildsTheTreeAndLearnsTheWorkIri() throws Exception {
        UUID target = SystemActor.call("test", () -> crosswalk.createInstrument(instrument(fixtures.unique("AKN"), InstrumentStatus.ADOPTED)));
        byte[] xml;
        try (var in = getClass().getResourceAsStream("/crosswalk/akn-sample.xml")) {
            xml = in.readAllBytes();
        }
        AkomaNtoso.Parsed parsed = AkomaNtoso.parse(xml);
        ProvisionImport r = SystemActor.call("test", () -> crosswalk.importProvisions(target, parsed.provisions(),
                parsed.workIri(), share -> { }));
        assertThat(r.added()).isEqualTo(parsed.provisions().size());
        List<ProvisionView> tree = SystemActor.call("test", () -> crosswalk.provisions(target, false));
        assertThat(tree).extracting(ProvisionView::identifier).contains("art_1", "art_2__para_1__list_1__point_a");
        assertThat(tree.stream().filter(p -> p.identifier().equals("art_2__para_1__list_1__point_a")).findFirst().orElseThrow().depth())
                .isGreaterThan(tree.stream().filter(p -> p.identifier().equals("art_2")).findFirst().orElseThrow().depth());
        assertThat(SystemActor.call("test", () -> crosswalk.instrument(target)).aknIri()).isEqualTo("/akn/xx/act/2031/7/main");
        // importing the same document again changes nothing
        ProvisionImport again = SystemActor.call("test", () -> crosswalk.importProvisions(target, parsed.provisions(),
                parsed.workIri(), share -> { }));
        assertThat(again.unchanged()).isEqualTo(parsed.provisions().size());
        assertThat(again.disappeared()).isEmpty();
    }
}
