package org.accord.commenting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Comments")
class CommentController {

    private final CommentingService commenting;

    CommentController(CommentingService commenting) {
        this.commenting = commenting;
    }

    @GetMapping("/drafts/{id}/comments")
    @Operation(summary = "Comments on a draft in the template's order, filtered; the total is in X-Total-Count")
    ResponseEntity<List<CommentView>> list(@PathVariable UUID id, @RequestParam(required = false) String type,
                                           @RequestParam(required = false) CommentStatus status,
                                           @RequestParam(required = false) Boolean open,
                                           @RequestParam(required = false) Resolution resolution,
                                           @RequestParam(required = false) String originator,
                                           @RequestParam(required = false) UUID clause,
                                           @RequestParam(defaultValue = "TEMPLATE") CommentSort sort,
                                           @RequestParam(defaultValue = "false") boolean descending,
                                           @RequestParam(defaultValue = "0") int offset,
                                           @RequestParam(defaultValue = "100") int limit) {
        CommentType t;
        try {
            t = type == null ? null : CommentType.fromCode(type);
        } catch (IllegalArgumentException e) {
            throw new org.accord.shared.InvalidInputException("commenting.type.unknown", type);
        }
        CommentFilter filter = new CommentFilter(t, status, open, resolution, originator, clause);
        return ResponseEntity.ok().header("X-Total-Count", Integer.toString(commenting.count(id, filter)))
                .body(commenting.comments(id, filter, sort, descending, offset, Math.min(limit, 1000)));
    }

    @PostMapping("/drafts/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a comment on a clause (optionally on a quoted passage); submit=true submits it at once when allowed")
    CommentView file(@PathVariable UUID id, @RequestBody NewComment comment) {
        return commenting.file(id, comment);
    }

    @GetMapping("/comments/{commentId}")
    @Operation(summary = "A comment with its thread, disposition history and what the caller may do")
    CommentDetail detail(@PathVariable UUID commentId) {
        return commenting.detail(commentId);
    }

    record DispositionRequest(Resolution resolution, String observation) {
    }

    @PatchMapping("/comments/{commentId}")
    @Operation(summary = "Record the disposition: resolution and observation of the secretariat (convenor and editors)")
    CommentView dispose(@PathVariable UUID commentId, @RequestBody DispositionRequest r) {
        return commenting.dispose(commentId, r.resolution(), r.observation());
    }

    @PostMapping("/comments/{commentId}/submit")
    @Operation(summary = "Submit an organisation's draft comment (its lead)")
    CommentView submit(@PathVariable UUID commentId) {
        return commenting.submit(commentId);
    }

    record ReplyRequest(String body) {
    }

    @PostMapping("/comments/{commentId}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    void reply(@PathVariable UUID commentId, @RequestBody ReplyRequest r) {
        commenting.reply(commentId, r.body());
    }

    record SupportRequest(Boolean supports) {
    }

    @PutMapping("/comments/{commentId}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Support (true), not support (false) or withdraw the mark (null)")
    void support(@PathVariable UUID commentId, @RequestBody SupportRequest r) {
        commenting.support(commentId, r.supports());
    }

    @PostMapping("/comments/{commentId}/apply")
    @Operation(summary = "Apply an accepted comment's proposed change as a new clause revision; 409 says where the passage was expected")
    ResponseEntity<ApplyResult> apply(@PathVariable UUID commentId) {
        ApplyResult r = commenting.apply(commentId);
        return ResponseEntity.status(r instanceof ApplyResult.Applied ? HttpStatus.OK : HttpStatus.CONFLICT).body(r);
    }

    @GetMapping(value = "/drafts/{id}/comments.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Submitted comments as the ISO/IEC/CEN/CENELEC commenting template (2012-03), xlsx")
    ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> xlsx(@PathVariable UUID id) {
        // Permission is checked now, in the request thread; the body is then streamed.
        commenting.count(id, CommentFilter.ALL);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext();
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"comments.xlsx\"")
                .body(out -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(auth);
                    try {
                        commenting.exportXlsx(id, out);
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                });
    }

    @GetMapping(value = "/drafts/{id}/comments.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "Submitted comments as CSV in the template's column order")
    String csv(@PathVariable UUID id) {
        java.io.StringWriter w = new java.io.StringWriter();
        commenting.exportCsv(id, w);
        return w.toString();
    }

    @PostMapping(value = "/drafts/{id}/comments/import", consumes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Import a filled-in template. With row errors nothing is imported unless confirm=true, which imports the valid rows")
    ResponseEntity<TemplateImport> importXlsx(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm,
                                              jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        TemplateImport result = commenting.importXlsx(id, request.getInputStream(), confirm);
        return ResponseEntity.status(result.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    record ReanchorResult(int comments, long millis) {
    }

    @PostMapping("/drafts/{id}/comments/reanchor")
    @Operation(summary = "Re-locate every comment anchor of a draft in the working text (secretariat); force=true re-checks current ones too")
    ReanchorResult reanchor(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean force) {
        long t0 = System.nanoTime();
        int n = commenting.reanchorAll(id, force);
        return new ReanchorResult(n, (System.nanoTime() - t0) / 1_000_000);
    }

    @GetMapping("/drafts/{id}/comment-periods")
    List<CommentPeriodView> periods(@PathVariable UUID id) {
        return commenting.periods(id);
    }

    record PeriodRequest(String version, Instant deadline, Boolean allowLate, String note) {
    }

    @PostMapping("/drafts/{id}/comment-periods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a comment period on a frozen version with a deadline (ISO-8601 instant, UTC) — secretariat")
    CommentPeriodView open(@PathVariable UUID id, @RequestBody PeriodRequest r) {
        return commenting.openPeriod(id, r.version(), r.deadline(), Boolean.TRUE.equals(r.allowLate()), r.note());
    }

    @PostMapping("/comment-periods/{periodId}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable UUID periodId) {
        commenting.closePeriod(periodId);
    }

    @GetMapping("/comment-periods/{periodId}/participation")
    @Operation(summary = "Who was invited to comment and who submitted comments, by constituency, UN regional group and "
            + "Global Majority, with the missing voices (secretariat and convenors)")
    org.accord.membership.participation.ParticipationReport participation(@PathVariable UUID periodId) {
        return commenting.participation(periodId);
    }

    @GetMapping(value = "/comment-periods/{periodId}/participation.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The participation report as CSV")
    ResponseEntity<String> participationCsv(@PathVariable UUID periodId) {
        return ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"participation-comment-period-" + periodId + ".csv\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(org.accord.membership.participation.ParticipationCsv.write(commenting.participation(periodId)));
    }
}
