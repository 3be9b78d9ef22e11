package org.accord.publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.accord.drafting.ClauseNode;
import org.accord.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.context.request.WebRequest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The public, read-only publication API: no sign-in, cacheable. Files carry their SHA-256 as a strong ETag and
 * never change; lists and details are revalidated with ETags computed from their content.
 */
@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "Publications", description = "Published standards: public, read-only, cacheable (ETag)")
class PublicationController {

    private final PublishingService publishing;

    PublicationController(PublishingService publishing) {
        this.publishing = publishing;
    }

    @GetMapping
    @Operation(summary = "Published standards, newest first; filter by words, committee and status (published, superseded, withdrawn)")
    ResponseEntity<List<PublicationSummary>> list(@RequestParam(required = false) String q,
                                                  @RequestParam(required = false) String committee,
                                                  @RequestParam(required = false) String status, WebRequest request) {
        return cached(publishing.catalogue(q, committee, status), request, Duration.ofMinutes(1));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One publication: identifiers, ballot result or override rationale, files with checksums, "
            + "comment-resolution report, change log and crosswalk as of publication")
    ResponseEntity<PublicationDetail> get(@PathVariable UUID id, WebRequest request) {
        return cached(publishing.publication(id), request, Duration.ofMinutes(1));
    }

    @GetMapping("/{id}/clauses")
    @Operation(summary = "The published clause tree; clause ids are stable across editions (use them in links)")
    ResponseEntity<List<ClauseNode>> clauses(@PathVariable UUID id, WebRequest request) {
        return cached(publishing.clauses(id), request, Duration.ofDays(365));
    }

    @GetMapping("/{id}/formats/{format}")
    @Operation(summary = "A generated file: sts (NISO STS XML), pdf, html, md or oscal; unknown formats are 404")
    ResponseEntity<byte[]> format(@PathVariable UUID id,
                                  @Parameter(description = "sts, pdf, html, md or oscal") @PathVariable String format,
                                  WebRequest request) {
        PublicationFormatKind kind = PublicationFormatKind.of(format)
                .orElseThrow(() -> new NotFoundException("Format", format.length() > 20 ? format.substring(0, 20) + "…" : format));
        return file(publishing.file(id, kind), request);
    }

    @GetMapping(value = "/{id}/crosswalk.oscal.json", produces = "application/json")
    @Operation(summary = "The crosswalk as of publication, as an OSCAL mapping-collection (404 when the draft had none)")
    ResponseEntity<byte[]> oscal(@PathVariable UUID id, WebRequest request) {
        return file(publishing.file(id, PublicationFormatKind.OSCAL), request);
    }

    static ResponseEntity<byte[]> file(PublicationFile f, WebRequest request) {
        String etag = "\"" + f.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header(HttpHeaders.CONTENT_TYPE, f.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.fileName()).build().toString())
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(f.sha256())))
                .body(f.bytes());
    }

    private static <T> ResponseEntity<T> cached(T body, WebRequest request, Duration maxAge) {
        String etag = "\"" + PublicationGenerator.sha256(PublishingService.JSON.writeValueAsBytes(body)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(maxAge).cachePublic()).body(body);
    }
}
