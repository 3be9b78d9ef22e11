package org.accord.publishing;

import org.accord.drafting.ClauseNode;
import org.accord.publishing.formats.*;
import org.accord.publishing.internal.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Generates a publication's HTML, PDF and NISO STS files once, off the request thread, from the stored snapshot;
 * then marks it published and supersedes the previous edition, in one transaction. The STS file must pass the
 * bundled schema, or the publication fails visibly and can be retried.
 */
@Component
class PublicationGenerator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PublicationGenerator.class);

    private final Publications publications;
    private final PublicationFormats formats;
    private final PublicationEvents events;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher bus;
    private final String publicBaseUrl;
    private final ReaderPage readerPages;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "publication-generator");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Double> progress = new ConcurrentHashMap<>();

    PublicationGenerator(Publications publications, PublicationFormats formats, PublicationEvents events,
                         TransactionTemplate tx, ApplicationEventPublisher bus, ReaderPage readerPages,
                         @Value("${accord.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.readerPages = readerPages;
        this.publications = publications;
        this.formats = formats;
        this.events = events;
        this.tx = tx;
        this.bus = bus;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    void start(UUID id) {
        progress.put(id, 0.0);
        worker.submit(() -> generate(id));
    }

    OptionalDouble progress(UUID id) {
        Double p = progress.get(id);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    /** For tests and seeding: waits until nothing is queued. */
    boolean awaitIdle(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!progress.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return progress.isEmpty();
    }

    private void generate(UUID id) {
        try {
            Publication p = publications.findById(id).orElseThrow();
            List<ClauseNode> clauses = PublishingService.JSON.readValue(p.getContent(), new TypeReference<List<ClauseNode>>() { });
            PublicationText text = new PublicationText(p.getUrn(), p.getReference(), p.getTitle(), p.getLanguage(),
                    p.getEdition(), p.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate(), p.getCommittee(),
                    p.getWorkingGroup(), p.getVersionLabel(), "published", clauses,
                    publicBaseUrl + "/standards/" + p.getId());
            byte[] html = PublicationHtml.render(text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            progress.put(id, 0.2);
            byte[] sts = StsWriter.write(text);
            List<String> invalid = StsSchema.validate(sts);
            if (!invalid.isEmpty()) {
                throw new IllegalStateException("the generated NISO STS file fails the schema: " + String.join("; ", invalid.subList(0, Math.min(3, invalid.size()))));
            }
            progress.put(id, 0.4);
            byte[] pdf = PublicationPdf.render(text);
            progress.put(id, 0.9);
            List<UUID> superseded = new ArrayList<>();
            tx.executeWithoutResult(status -> {
                Set<String> have = new HashSet<>();
                formats.listing(id).forEach(r -> have.add((String) r[0]));
                store(id, PublicationFormatKind.HTML, html, have);
                store(id, PublicationFormatKind.STS, sts, have);
                store(id, PublicationFormatKind.PDF, pdf, have);
                Publication fresh = publications.findById(id).orElseThrow();
                fresh.generated();
                publications.save(fresh);
                for (Publication older : publications.findByDraftIdOrderByEdition(fresh.getDraftId())) {
                    if (older.getState() == Publication.State.PUBLISHED && older.getEdition() < fresh.getEdition()
                            && events.findByPublicationIdInOrderByHappenedAt(List.of(older.getId())).stream()
                            .noneMatch(e -> e.getKind() == PublicationEvent.Kind.SUPERSEDED)) {
                        events.save(new PublicationEvent(older.getId(), PublicationEvent.Kind.SUPERSEDED, fresh.getId(),
                                "Superseded by edition " + fresh.getEdition() + " (" + fresh.getUrn() + ")", Instant.now(),
                                fresh.getPublishedBy()));
                        superseded.add(older.getId());
                    }
                }
                bus.publishEvent(new PublicationPublished(fresh.getId(), fresh.getUrn(), fresh.getReference(),
                        fresh.getTitle(), fresh.getEdition(), fresh.getCommittee(), publicBaseUrl + "/standards/" + fresh.getId()));
            });
            superseded.forEach(readerPages::evict);
        } catch (RuntimeException e) {
            log.warn("Generating publication {} failed", id, e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tx.executeWithoutResult(status -> publications.findById(id).ifPresent(p -> {
                p.failed(reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                publications.save(p);
            }));
        } finally {
            progress.remove(id);
        }
    }

    private void store(UUID id, PublicationFormatKind kind, byte[] bytes, Set<String> have) {
        if (!have.contains(kind.code())) {
            formats.save(new PublicationFormat(id, kind.code(), kind.mediaType(), bytes, sha256(bytes)));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
