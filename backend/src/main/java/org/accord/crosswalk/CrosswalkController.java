package org.accord.crosswalk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accord.crosswalk.interchange.AkomaNtoso;
import org.accord.crosswalk.interchange.ProvisionCsv;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crosswalks", description = "Legal instruments, provisions, clause-to-provision mappings, gaps and interchange")
class CrosswalkController {

    private final CrosswalkService crosswalk;
    private final MappingService mappings;
    private final CrosswalkInterchange interchange;

    CrosswalkController(CrosswalkService crosswalk, MappingService mappings, CrosswalkInterchange interchange) {
        this.crosswalk = crosswalk;
        this.mappings = mappings;
        this.interchange = interchange;
    }

    @GetMapping("/instruments")
    @Operation(summary = "Legal and voluntary instruments with jurisdiction, binding nature, status, dates and identifiers")
    List<InstrumentSummary> instruments() {
        return crosswalk.instruments();
    }

    @PostMapping("/instruments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an instrument (secretariat): jurisdiction, type, binding nature, status, dates, identifiers")
    InstrumentSummary createInstrument(@RequestBody NewInstrument instrument) {
        return crosswalk.instrument(crosswalk.createInstrument(instrument));
    }

    @GetMapping("/instruments/{id}/provisions")
    @Operation(summary = "An instrument's provisions in document order with depth (removed ones on request)")
    List<ProvisionView> provisions(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeRemoved) {
        return crosswalk.provisions(id, includeRemoved);
    }

    @GetMapping("/drafts/{id}/mappings")
    @Operation(summary = "Every mapping of the draft's clauses, optionally of one clause")
    List<MappingView> mappings(@PathVariable UUID id, @RequestParam(required = false) UUID clauseId) {
        return clauseId == null ? mappings.mappings(id) : mappings.mappingsOfClause(id, clauseId);
    }

    /**
     * A mapping as sent over the API: the clause by id or number, the provision by id or by instrument code and
     * identifier/number; relationship and rationale in any common spelling ("subset-of", "equivalent-to").
     */
    record MappingRequest(UUID clauseId, String clause, UUID provisionId, String instrument, String provision,
                          String relationship, String rationale, Integer strength, String explanation,
                          String provenance, String status, Long expectedVersion) {
    }

    @PostMapping("/drafts/{id}/mappings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Map a clause to a provision (or update a mapping when expectedVersion is given)")
    MappingSaved map(@PathVariable UUID id, @RequestBody MappingRequest r) {
        UUID clauseId = r.clauseId() != null ? r.clauseId() : mappings.clauseByNumber(id, r.clause());
        UUID provisionId = r.provisionId() != null ? r.provisionId() : mappings.provisionByReference(r.instrument(), r.provision());
        try {
            return mappings.save(id, new NewMapping(clauseId, provisionId, Relationship.parse(r.relationship()),
                    Rationale.parse(r.rationale()), r.strength(), r.explanation(), Provenance.parse(r.provenance()),
                    ReviewStatus.parse(r.status()), r.expectedVersion()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("shared.as-given", e);
        }
    }

    @GetMapping("/drafts/{id}/clauses/{clauseId}/suggestions")
    @Operation(summary = "Provisions whose text resembles the clause (BM25), best first; already-mapped ones left out")
    List<SuggestedProvision> suggestions(@PathVariable UUID id, @PathVariable UUID clauseId,
                                         @RequestParam(defaultValue = "5") int limit) {
        return mappings.suggestions(id, clauseId, limit);
    }

    @DeleteMapping("/drafts/{id}/mappings/{mappingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a mapping")
    void unmap(@PathVariable UUID id, @PathVariable UUID mappingId) {
        mappings.delete(id, mappingId);
    }

    @GetMapping("/drafts/{id}/crosswalk-matrix")
    @Operation(summary = "Clauses × instruments with the strongest relationship per cell; filter by binding nature")
    CrosswalkMatrix matrix(@PathVariable UUID id, @RequestParam(required = false) Set<BindingNature> bindingNature) {
        return mappings.matrix(id, bindingNature == null ? Set.of() : bindingNature);
    }

    @GetMapping("/drafts/{id}/gaps")
    @Operation(summary = "Gap report against a jurisdiction (EU, US-CO) or one instrument (EU-AIA)")
    CrosswalkGaps gaps(@PathVariable UUID id, @RequestParam String jurisdiction) {
        return mappings.gaps(id, jurisdiction);
    }

    @GetMapping("/drafts/{id}/comparison")
    @Operation(summary = "Two jurisdictions through the standard, clause by clause")
    JurisdictionComparison compare(@PathVariable UUID id, @RequestParam String left, @RequestParam String right) {
        return mappings.compare(id, left, right);
    }

    @GetMapping("/drafts/{id}/deviations")
    @Operation(summary = "National deviations (A-deviations) with the provision that forces each")
    List<DeviationView> deviations(@PathVariable UUID id) {
        return mappings.deviations(id);
    }

    @PostMapping("/drafts/{id}/deviations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a national deviation")
    Map<String, UUID> deviate(@PathVariable UUID id, @RequestBody NewDeviation deviation) {
        return Map.of("id", mappings.recordDeviation(id, deviation));
    }

    @GetMapping("/drafts/{id}/adoption-profiles/{jurisdiction}")
    @Operation(summary = "Which requirement clauses a jurisdiction adopts, adapts or omits")
    AdoptionProfile profile(@PathVariable UUID id, @PathVariable String jurisdiction) {
        return mappings.adoptionProfile(id, jurisdiction);
    }

    record AdoptionRequest(UUID clauseId, AdoptionDecision decision, String note) {
    }

    @PutMapping("/drafts/{id}/adoption-profiles/{jurisdiction}")
    @Operation(summary = "Record a jurisdiction's decision on one clause")
    AdoptionProfile decide(@PathVariable UUID id, @PathVariable String jurisdiction, @RequestBody AdoptionRequest r) {
        mappings.decideAdoption(id, jurisdiction, r.clauseId(), r.decision(), r.note());
        return mappings.adoptionProfile(id, jurisdiction);
    }

    @GetMapping(value = "/drafts/{id}/crosswalk.oscal.json", produces = "application/json")
    @Operation(summary = "The draft's crosswalk as an OSCAL 1.2 mapping-collection")
    String oscal(@PathVariable UUID id) {
        return interchange.exportOscal(id);
    }

    @PostMapping(value = "/drafts/{id}/crosswalk.oscal.json", consumes = "application/json")
    @Operation(summary = "Import an OSCAL mapping-collection (schema-validated; all or nothing; updates existing mappings)")
    CrosswalkInterchange.MappingImport importOscal(@PathVariable UUID id, @RequestBody byte[] json) {
        return interchange.importOscal(id, json);
    }

    @GetMapping(value = "/drafts/{id}/crosswalk.olir.csv", produces = "text/csv")
    @Operation(summary = "The draft's crosswalk as an OLIR/STRM-style CSV")
    String olir(@PathVariable UUID id) {
        return interchange.exportOlir(id);
    }

    @PostMapping(value = "/drafts/{id}/crosswalk.olir.csv", consumes = "text/csv")
    @Operation(summary = "Import an OLIR/STRM-style CSV (relationship spellings normalised; all or nothing)")
    CrosswalkInterchange.MappingImport importOlir(@PathVariable UUID id, @RequestBody byte[] csv) {
        return interchange.importOlir(id, csv);
    }

    @PostMapping(value = "/instruments/{id}/provisions/akoma-ntoso", consumes = {"application/xml", "application/akn+xml", "text/xml"})
    @Operation(summary = "Import or re-import provisions from Akoma Ntoso 3.0 XML (secretariat; DTDs refused)")
    ProvisionImport importAkn(@PathVariable UUID id, @RequestBody byte[] xml) {
        crosswalk.requireProvisionImport(); // before parsing the upload
        AkomaNtoso.Parsed parsed = AkomaNtoso.parse(xml);
        return crosswalk.importProvisions(id, parsed.provisions(), parsed.workIri(), share -> { });
    }

    @PostMapping(value = "/instruments/{id}/provisions/csv", consumes = "text/csv")
    @Operation(summary = "Import or re-import provisions from CSV (UTF-8); name the columns or let them be guessed")
    ProvisionImport importCsv(@PathVariable UUID id, @RequestBody byte[] csv,
                              @RequestParam(required = false) String identifierColumn,
                              @RequestParam(required = false) String parentColumn,
                              @RequestParam(required = false) String numberColumn,
                              @RequestParam(required = false) String headingColumn,
                              @RequestParam(required = false) String textColumn,
                              @RequestParam(required = false) String languageColumn) {
        crosswalk.requireProvisionImport(); // before parsing the upload
        ProvisionCsv.ColumnMapping guessed = ProvisionCsv.preview(csv, 0).suggestedMapping();
        ProvisionCsv.ColumnMapping mapping = new ProvisionCsv.ColumnMapping(
                or(identifierColumn, guessed.identifier()), or(parentColumn, guessed.parent()),
                or(numberColumn, guessed.number()), or(headingColumn, guessed.heading()), or(textColumn, guessed.text()),
                or(languageColumn, guessed.language()));
        return crosswalk.importProvisions(id, ProvisionCsv.parse(csv, mapping), null, share -> { });
    }

    private static String or(String given, String guessed) {
        return given != null && !given.isBlank() ? given : guessed;
    }
}
