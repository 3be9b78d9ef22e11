package org.accord.publishing;

import org.accord.drafting.ClauseText;
import org.accord.drafting.DocumentComparison;
import org.accord.drafting.Redline;
import org.accord.publishing.PublicationDetail.CrosswalkRow;
import org.accord.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.stream.Collectors;

/**
 * The public reading room: plain server-rendered HTML, no script, no sign-in, small pages for slow connections, and
 * ETags so repeat visits cost a 304. Catalogue, reader, changes since the previous edition, crosswalk, comments.
 */
@Controller
class PublicPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PublishingService publishing;
    private final ReaderPage reader;

    PublicPages(PublishingService publishing, ReaderPage reader) {
        this.publishing = publishing;
        this.reader = reader;
    }

    @GetMapping(value = "/standards", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String committee,
                                     @RequestParam(required = false) String status, WebRequest request) {
        String words = bounded(q);
        String c = bounded(committee);
        String s = status == null || !Set.of("published", "superseded", "withdrawn").contains(status) ? null : status;
        List<PublicationSummary> all = publishing.catalogue(null, null, null);
        List<PublicationSummary> found = publishing.catalogue(words, c, s);
        StringBuilder h = new StringBuilder();
        h.append("<h1>Published standards</h1><form method=\"get\" action=\"/standards\" class=\"search\" role=\"search\">")
                .append("<label for=\"q\">Words</label> <input id=\"q\" name=\"q\" type=\"search\" value=\"").append(esc(words)).append("\"> ")
                .append("<label for=\"committee\">Committee</label> <select id=\"committee\" name=\"committee\"><option value=\"\">All</option>");
        all.stream().map(PublicationSummary::committee).distinct().sorted().forEach(x -> h.append("<option")
                .append(x.equals(c) ? " selected" : "").append(">").append(esc(x)).append("</option>"));
        h.append("</select> <label for=\"status\">Status</label> <select id=\"status\" name=\"status\"><option value=\"\">All</option>");
        for (String st : List.of("published", "superseded", "withdrawn")) {
            h.append("<option value=\"").append(st).append("\"").append(st.equals(s) ? " selected" : "").append(">")
                    .append(st).append("</option>");
        }
        h.append("</select> <button type=\"submit\">Search</button></form>");
        h.append("<p>").append(found.size()).append(found.size() == 1 ? " publication" : " publications").append(". Feed: <a href=\"/feeds/publications.atom\">Atom</a>.</p>");
        h.append("<ul class=\"catalogue\">");
        for (PublicationSummary p : found) {
            h.append("<li><a href=\"/standards/").append(p.id()).append("\"><b>").append(esc(p.designation())).append("</b> ")
                    .append(esc(p.title())).append("</a> <span class=\"badge ").append(p.status()).append("\">").append(p.status())
                    .append("</span><br><span class=\"meta\">").append(esc(p.committee())).append(" · ").append(esc(p.workingGroup()))
                    .append(" · published ").append(DATE.format(p.publishedAt())).append(" · ").append(esc(p.urn())).append("</span></li>");
        }
        h.append("</ul>");
        return page("Published standards · Accord", h.toString(), request, Duration.ofMinutes(1));
    }

    /** Served from memory: a reader costs a map lookup (and a 304 when the browser has it). */
    @GetMapping(value = "/standards/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> read(@PathVariable UUID id, WebRequest request,
                                @RequestHeader(value = "Accept-Encoding", required = false) String encodings) {
        ReaderPage.Rendered page = reader.page(id, () -> reader.render(publishing.publication(id), publishing.clauses(id),
                publishing.previousEdition(id).orElse(null)));
        if (request.checkNotModified(page.etag())) {
            return null;
        }
        boolean gzip = encodings != null && encodings.contains("gzip");
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().eTag(page.etag())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Vary", "Accept-Encoding");
        return gzip ? ok.header("Content-Encoding", "gzip").body(page.gzip()) : ok.body(page.bytes());
    }

    @GetMapping(value = "/standards/{id}/changes", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> changes(@PathVariable UUID id, WebRequest request) {
        PublicationDetail d = publishing.publication(id);
        PublicationSummary s = d.summary();
        Optional<PublicationSummary> previous = publishing.previousEdition(id);
        StringBuilder h = new StringBuilder(back(s)).append("<h1>Changes in ").append(esc(s.designation())).append("</h1>");
        if (previous.isEmpty()) {
            h.append("<p>This is the first edition; there is no earlier one to compare with.</p>");
        } else {
            h.append("<p>Against <a href=\"/standards/").append(previous.get().id()).append("\">").append(esc(previous.get().designation()))
                    .append("</a>. Deleted words are struck through, added words underlined.</p>");
            for (DocumentComparison.ClauseChange c : publishing.changesSincePrevious(id)) {
                if (c.status() == DocumentComparison.Status.UNCHANGED && !c.moved()) {
                    continue;
                }
                String number = c.toNumber() != null ? c.toNumber() : c.fromNumber();
                h.append("<section class=\"change ").append(c.status().name().toLowerCase(Locale.ROOT)).append("\"><h2>")
                        .append(esc(number)).append(" ").append(esc(c.title() == null ? "" : c.title())).append(" <span class=\"badge\">")
                        .append(c.status().name().toLowerCase(Locale.ROOT)).append(c.moved() ? ", moved" : "").append("</span></h2>");
                if (c.textDiff() != null && !c.textDiff().isEmpty() && c.textChanged()) {
                    h.append("<div class=\"redline\">").append(Redline.inline(c.textDiff())).append("</div>");
                }
                h.append("</section>");
            }
        }
        h.append("<h2>Comments applied</h2><ul>");
        d.changes().stream().filter(c -> c.kind().equals("comment"))
                .forEach(c -> h.append("<li>").append(esc(c.number())).append(": ").append(esc(c.text())).append("</li>"));
        h.append("</ul>");
        return page("Changes · " + s.designation(), h.toString(), request, Duration.ofMinutes(10));
    }

    @GetMapping(value = "/standards/{id}/crosswalk", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> crosswalk(@PathVariable UUID id, WebRequest request) {
        PublicationDetail d = publishing.publication(id);
        PublicationSummary s = d.summary();
        StringBuilder h = new StringBuilder(back(s)).append("<h1>Crosswalk of ").append(esc(s.designation())).append(" to the law</h1>")
                .append("<p>As recorded at publication. Relationships read clause → provision (NIST IR 8477): equal, subset of, "
                        + "superset of, intersects with, no relationship; strength 0–10.");
        d.formats().stream().filter(f -> f.format().equals("oscal")).findFirst().ifPresent(f -> h.append(
                " Also as <a href=\"/api/v1/publications/").append(s.id()).append("/crosswalk.oscal.json\">OSCAL mapping collection</a>."));
        h.append("</p>");
        if (d.crosswalk().isEmpty()) {
            h.append("<p>No mappings were recorded for this edition.</p>");
        }
        Map<UUID, List<CrosswalkRow>> byClause = d.crosswalk().stream().collect(Collectors.groupingBy(CrosswalkRow::clauseId,
                LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<UUID, List<CrosswalkRow>> e : byClause.entrySet()) {
            CrosswalkRow first = e.getValue().getFirst();
            h.append("<section id=\"x-").append(e.getKey()).append("\"><h2><a href=\"/standards/").append(s.id()).append("#c-")
                    .append(e.getKey()).append("\">").append(esc(first.clause())).append("</a></h2><table><thead><tr><th scope=\"col\">Jurisdiction</th>")
                    .append("<th scope=\"col\">Instrument</th><th scope=\"col\">Provision</th><th scope=\"col\">Relationship</th>")
                    .append("<th scope=\"col\">Strength</th><th scope=\"col\">Review</th></tr></thead><tbody>");
            for (CrosswalkRow r : e.getValue()) {
                h.append("<tr><td>").append(esc(r.jurisdiction())).append("</td><td>").append(esc(r.instrument())).append("</td><td>")
                        .append(esc(r.provision())).append("</td><td>").append(esc(r.relationship())).append("</td><td>")
                        .append(r.strength() == null ? "" : r.strength()).append("</td><td>").append(esc(r.status())).append("</td></tr>");
            }
            h.append("</tbody></table></section>");
        }
        return page("Crosswalk · " + s.designation(), h.toString(), request, Duration.ofMinutes(10));
    }

    @GetMapping(value = "/standards/{id}/comments", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> comments(@PathVariable UUID id, WebRequest request) {
        PublicationDetail d = publishing.publication(id);
        PublicationSummary s = d.summary();
        StringBuilder h = new StringBuilder(back(s)).append("<h1>Comment-resolution report of ").append(esc(s.designation()))
                .append("</h1><p>").append(d.comments().size()).append(" comments, each with its disposition.</p>")
                .append("<table><thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Clause</th><th scope=\"col\">Member body</th>")
                .append("<th scope=\"col\">Type</th><th scope=\"col\">Comment</th><th scope=\"col\">Proposed change</th>")
                .append("<th scope=\"col\">Disposition</th></tr></thead><tbody>");
        for (PublicationDetail.CommentReportRow c : d.comments()) {
            h.append("<tr><td>").append(esc(c.commentId())).append("</td><td>").append(esc(c.clauseRef())).append("</td><td>")
                    .append(esc(c.memberBody())).append("</td><td>").append(esc(c.type())).append("</td><td>").append(esc(c.justification()))
                    .append("</td><td>").append(esc(c.proposedChange())).append("</td><td>")
                    .append(esc(c.resolution() == null ? "open" : c.resolution()))
                    .append(c.observation() == null ? "" : ". " + esc(c.observation())).append("</td></tr>");
        }
        h.append("</tbody></table>");
        return page("Comments · " + s.designation(), h.toString(), request, Duration.ofMinutes(10));
    }

    private static String back(PublicationSummary s) {
        return "<p><a href=\"/standards/" + s.id() + "\">← " + esc(s.designation()) + " " + esc(s.title()) + "</a></p>";
    }

    /** Caps and cleans a free-text query: never echoed unescaped, never longer than a sensible search. */
    private static String bounded(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    static String esc(String s) {
        return s == null ? "" : ClauseText.escape(s);
    }

    static ResponseEntity<String> page(String title, String main, WebRequest request, Duration maxAge) {
        return html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/styles/public.css\"><link rel=\"alternate\" type=\"application/atom+xml\" "
                + "title=\"Publications\" href=\"/feeds/publications.atom\"></head><body><header class=\"site\"><a href=\"/standards\">"
                + "Accord · Published standards</a></header><main id=\"main\">" + main + "</main></body></html>", request, maxAge);
    }

    static ResponseEntity<String> html(String html, WebRequest request, Duration maxAge) {
        return htmlLike(html, request, maxAge, new MediaType("text", "html", StandardCharsets.UTF_8));
    }

    /** A text body with an ETag from its content: an unchanged page costs a 304 and no bytes. */
    static ResponseEntity<String> htmlLike(String body, WebRequest request, Duration maxAge, MediaType type) {
        String etag = "\"" + PublicationGenerator.sha256(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(maxAge).cachePublic())
                .contentType(type).body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(404).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found · Accord</title>"
                        + "<link rel=\"stylesheet\" href=\"/styles/public.css\"></head><body><main><h1>Not found</h1><p>"
                        + esc(e.getMessage()) + "</p><p><a href=\"/standards\">All published standards</a></p></main></body></html>");
    }
}
