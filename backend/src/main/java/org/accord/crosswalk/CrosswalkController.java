package org.accord.crosswalk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    CrosswalkController(CrosswalkService crosswalk, MappingService mappings) {
        this.crosswalk = crosswalk;
        this.mappings = mappings;
    }

    @GetMapping("/instruments")
    @Operation(summary = "Legal and voluntary instruments with jurisdiction, binding nature, status, dates and identifiers")
    List<InstrumentSummary> instruments() {
        return crosswalk.instruments();
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
            throw new InvalidInputException(e.getMessage());
        }
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
}
