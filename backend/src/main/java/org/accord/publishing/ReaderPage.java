package org.accord.publishing;

import org.accord.drafting.ClauseNode;
import org.accord.publishing.PublicationDetail.CrosswalkRow;
import org.accord.publishing.PublicationDetail.FormatInfo;
import org.accord.publishing.formats.PublicationHtml;
import org.accord.publishing.formats.PublicationText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.accord.publishing.PublicPages.esc;

/**
 * The public reader page: the same HTML as the published file, plus what a reader needs around it — status, how it
 * was agreed, files with checksums, "cite this", and per clause a link to its crosswalk. Rendered once per
 * publication and status, then served from memory (publications never change; only their status can).
 */
@Component
class ReaderPage {

    /** A page ready to send: the bytes, the same gzipped (most readers accept it), and its strong ETag. */
    record Rendered(byte[] bytes, byte[] gzip, String etag, long madeAt) {
    }

    /** Status changes (withdrawal, supersession) on this node evict at once; other nodes within the TTL. */
    private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final String base;
    private final Map<UUID, Rendered> cache = new ConcurrentHashMap<>();

    ReaderPage(@Value("${accord.public-base-url:http://localhost:8080}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /** The cached page, or {@code make} (which reads the publication and calls {@link #render}) on a miss. */
    Rendered page(UUID id, Supplier<String> make) {
        Rendered r = cache.get(id);
        if (r == null || System.nanoTime() - r.madeAt() > TTL_NANOS) {
            byte[] bytes = make.get().getBytes(StandardCharsets.UTF_8);
            r = new Rendered(bytes, gzip(bytes), "\"" + PublicationGenerator.sha256(bytes) + "\"", System.nanoTime());
            cache.put(id, r);
        }
        return r;
    }

    void evict(UUID id) {
        cache.remove(id);
    }

    String render(PublicationDetail d, List<ClauseNode> clauses, PublicationSummary previous) {
        return build(d, clauses, previous);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String build(PublicationDetail d, List<ClauseNode> clauses, PublicationSummary previous) {
        PublicationSummary s = d.summary();
        String url = base + "/standards/" + s.id();
        PublicationText text = new PublicationText(s.urn(), s.reference(), s.title(), s.language(), s.edition(),
                s.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(), s.committee(), s.workingGroup(), s.versionLabel(),
                s.status(), clauses, url, d.participation());
        Map<UUID, Long> mappings = d.crosswalk().stream()
                .collect(Collectors.groupingBy(CrosswalkRow::clauseId, Collectors.counting()));
        StringBuilder info = new StringBuilder("<section class=\"publication-info\" aria-label=\"About this publication\">");
        info.append("<nav aria-label=\"Publication\"><a href=\"/standards\">All published standards</a> · <a href=\"/standards/")
                .append(s.id()).append("/changes\">Changes").append(previous == null ? "" : " since " + esc(previous.designation()))
                .append("</a> · <a href=\"/standards/").append(s.id()).append("/crosswalk\">Crosswalk to the law</a> · <a href=\"/standards/")
                .append(s.id()).append("/comments\">Comment-resolution report (").append(d.comments().size()).append(")</a></nav>");
        if (s.status().equals("withdrawn") || s.status().equals("superseded")) {
            info.append("<p class=\"banner ").append(s.status()).append("\" role=\"status\"><b>This edition is ").append(s.status())
                    .append(".</b> ").append(esc(s.statusReason()));
            if (s.supersededBy() != null) {
                info.append(" <a href=\"/standards/").append(s.supersededBy()).append("\">Read the current edition</a>.");
            }
            info.append("</p>");
        }
        info.append("<dl><dt>Agreed</dt><dd>").append(d.ballotSummary() != null ? esc(d.ballotSummary()) : "No passed ballot.")
                .append(d.overrideRationale() == null ? "" : " <b>Published by override:</b> " + esc(d.overrideRationale()))
                .append("</dd><dt>Published</dt><dd>").append(s.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()).append(" by ")
                .append(esc(d.publishedBy())).append(" from version ").append(esc(s.versionLabel())).append("</dd>")
                .append("<dt>Cite this</dt><dd><code class=\"urn\">").append(esc(s.urn())).append("</code><br><a href=\"")
                .append(esc(url)).append("\">").append(esc(url)).append("</a></dd>")
                .append("<dt>Files</dt><dd><ul class=\"files\">");
        for (FormatInfo f : d.formats()) {
            String href = "/api/v1/publications/" + s.id() + "/formats/" + f.format();
            info.append("<li><a href=\"").append(href).append("\" download id=\"file-").append(f.format()).append("\">")
                    .append(label(f.format())).append("</a> <span class=\"meta\">").append(size(f.size()))
                    .append(", SHA-256 <code>").append(f.sha256()).append("</code></span></li>");
        }
        info.append("</ul></dd></dl></section>");
        return PublicationHtml.render(text, new PublicationHtml.Extras("/styles/public.css", info.toString(), c -> {
            long n = mappings.getOrDefault(c.id(), 0L);
            return n == 0 ? "" : "<p class=\"clause-links\"><a href=\"/standards/" + s.id() + "/crosswalk#x-" + c.id()
                    + "\" aria-label=\"Crosswalk of clause " + esc(c.number()) + "\">Crosswalk (" + n + ")</a></p>";
        }));
    }

    private static String label(String format) {
        return switch (format) {
            case "html" -> "HTML";
            case "pdf" -> "PDF";
            case "sts" -> "NISO STS XML";
            case "md" -> "Markdown";
            case "oscal" -> "Crosswalk (OSCAL JSON)";
            default -> format;
        };
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
