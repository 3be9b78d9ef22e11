package org.accord.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit log")
class AuditController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/drafts/{id}/audit")
    @Operation(summary = "A draft's audit log, newest first, with the chain hashes; the total is in X-Total-Count "
            + "(convenors, co-convenors and editors of its working group, secretariat, administrators)")
    ResponseEntity<List<AuditRecord>> draft(@PathVariable UUID id,
                                            @Parameter(description = "kind of change, e.g. CLAUSE_REVISED") @RequestParam(required = false) String kind,
                                            @Parameter(description = "part of the actor's user name") @RequestParam(required = false) String actor,
                                            @Parameter(description = "from this UTC instant (inclusive)") @RequestParam(required = false) Instant from,
                                            @Parameter(description = "until this UTC instant (exclusive)") @RequestParam(required = false) Instant to,
                                            @RequestParam(defaultValue = "0") int offset,
                                            @RequestParam(defaultValue = "100") int limit) {
        return page(AuditFilter.ofDraft(id).narrowedTo(kind, actor, from, to), offset, limit);
    }

    @GetMapping(value = "/drafts/{id}/audit.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "A draft's audit log as CSV (formula-safe cells; before/after as JSON; chain hashes)")
    ResponseEntity<String> draftCsv(@PathVariable UUID id, @RequestParam(required = false) String kind,
                                    @RequestParam(required = false) String actor,
                                    @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        return csv(AuditFilter.ofDraft(id).narrowedTo(kind, actor, from, to), "audit-draft-" + id + ".csv");
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log of a working group (its convenors and editors, secretariat, administrators) "
            + "or, without workingGroup, of the whole platform (secretariat, administrators)")
    ResponseEntity<List<AuditRecord>> all(@RequestParam(required = false) UUID workingGroup,
                                          @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String actor,
                                          @RequestParam(required = false) Instant from,
                                          @RequestParam(required = false) Instant to,
                                          @RequestParam(defaultValue = "0") int offset,
                                          @RequestParam(defaultValue = "100") int limit) {
        return page(new AuditFilter(workingGroup, null, kind, actor, from, to), offset, limit);
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The working group's or the platform's audit log as CSV")
    ResponseEntity<String> allCsv(@RequestParam(required = false) UUID workingGroup,
                                  @RequestParam(required = false) String kind, @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        return csv(new AuditFilter(workingGroup, null, kind, actor, from, to),
                workingGroup == null ? "audit.csv" : "audit-working-group-" + workingGroup + ".csv");
    }

    @GetMapping("/audit/verify")
    @Operation(summary = "Re-check the whole hash chain from row 1 against the stored head (secretariat, administrators)")
    AuditVerification verify() {
        return audit.verify();
    }

    private ResponseEntity<List<AuditRecord>> page(AuditFilter filter, int offset, int limit) {
        List<AuditRecord> rows = audit.entries(filter, offset, limit);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(audit.count(filter))).body(rows);
    }

    private ResponseEntity<String> csv(AuditFilter filter, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(CSV)
                .body(audit.csv(filter));
    }
}
