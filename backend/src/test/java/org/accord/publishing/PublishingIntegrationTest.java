package org.accord.publishing;

import org.accord.drafting.*;
import org.accord.publishing.formats.StsSchema;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.SystemActor;
import org.accord.support.Fixtures;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing on PostgreSQL: the ballot gate, immutability in service and database, formats, editions, withdrawal. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class PublishingIntegrationTest {

    @Autowired PublishingService publishing;
    @Autowired PublicationGenerator generator;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private UUID draftWithVersion(String label) {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 4);
        SystemActor.run("test", () -> {
            UUID first = drafting.clauseNumbers(draft).keySet().iterator().next();
            drafting.addClause(draft, first, new NewClause(ClauseKind.NORMATIVE, null, "Risk identification",
                    "The organisation shall identify risks <script>alert(1)</script> & keep records."));
            versions.freeze(draft, label, "for publication");
        });
        return draft;
    }

    private PublicationSummary publishAndWait(UUID draft, String label, String rationale) throws InterruptedException {
        PublicationSummary p = SystemActor.call("test", () -> publishing.publish(new NewPublication(draft, label, rationale)));
        assertThat(generator.awaitIdle(60)).isTrue();
        return p;
    }

    @Test
    void withoutAPassedBallotPublishingNeedsARationale() {
        UUID draft = draftWithVersion("DIS 1");
        assertThatThrownBy(() -> SystemActor.run("test", () -> publishing.publish(new NewPublication(draft, "DIS 1", null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No closed approval ballot on DIS 1");
        assertThatThrownBy(() -> SystemActor.run("test", () -> publishing.publish(new NewPublication(draft, "DIS 1", "because"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> SystemActor.run("test", () -> publishing.publish(new NewPublication(draft, "FDIS 9", "x".repeat(30)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no frozen version");
        assertThat(SystemActor.call("test", () -> publishing.allPublications())).noneMatch(p -> p.draftId().equals(draft));
    }

    @Test
    void aPublicationIsGeneratedOnceInEveryFormatAndCannotChange() throws Exception {
        UUID draft = draftWithVersion("DIS 1");
        PublicationSummary p = publishAndWait(draft, "DIS 1", "Published for the integration test without a ballot.");
        PublicationDetail d = publishing.publication(p.id());
        assertThat(d.summary().status()).isEqualTo("published");
        assertThat(d.summary().urn()).startsWith("urn:accord:std:test-").endsWith(":ed-1:en");
        assertThat(d.overrideRationale()).contains("integration test");
        assertThat(d.formats()).extracting(PublicationDetail.FormatInfo::format).contains("html", "pdf", "sts", "md");

        PublicationFile sts = publishing.file(p.id(), PublicationFormatKind.STS);
        assertThat(StsSchema.validate(sts.bytes())).isEmpty();
        assertThat(new String(sts.bytes(), StandardCharsets.UTF_8)).contains("&lt;script&gt;").doesNotContain("<script>");
        try (PDDocument pdf = PDDocument.load(publishing.file(p.id(), PublicationFormatKind.PDF).bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String number : SystemActor.call("test", () -> drafting.clauseNumbers(draft)).values()) {
                assertThat(text).contains(number);
            }
        }
        String html = new String(publishing.file(p.id(), PublicationFormatKind.HTML).bytes(), StandardCharsets.UTF_8);
        for (UUID clause : SystemActor.call("test", () -> drafting.clauseNumbers(draft)).keySet()) {
            assertThat(html).contains("id=\"c-" + clause + "\"");
        }

        // the database refuses changes and deletions, whatever the caller
        assertThatThrownBy(() -> jdbc.update("update publication set title = 'changed' where id = ?", p.id()))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from publication where id = ?", p.id()))
                .hasMessageContaining("never deleted");
        assertThatThrownBy(() -> jdbc.update("update publication_format set bytes = ? where publication_id = ?", new byte[1], p.id()))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("update publication set state = 'GENERATING' where id = ?", p.id()))
                .hasMessageContaining("immutable");
        // the same version is not published twice
        assertThatThrownBy(() -> SystemActor.run("test", () -> publishing.publish(new NewPublication(draft, "DIS 1", "x".repeat(30)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already published as edition 1");
    }

    @Test
    void aNewEditionSupersedesTheOldOneAndClauseAnchorsSurviveRenumbering() throws Exception {
        UUID draft = draftWithVersion("IS 1");
        PublicationSummary first = publishAndWait(draft, "IS 1", "First edition, published for the integration test.");
        Map<UUID, String> before = SystemActor.call("test", () -> drafting.clauseNumbers(draft));
        UUID last = new ArrayList<>(before.keySet()).getLast();
        SystemActor.run("test", () -> {
            drafting.moveClause(draft, last, null, 0);
            versions.freeze(draft, "IS 2", "second edition");
        });
        PublicationSummary second = publishAndWait(draft, "IS 2", "Second edition, published for the integration test.");
        Map<UUID, String> after = SystemActor.call("test", () -> drafting.clauseNumbers(draft));
        assertThat(after.get(last)).isNotEqualTo(before.get(last));
        String html1 = new String(publishing.file(first.id(), PublicationFormatKind.HTML).bytes(), StandardCharsets.UTF_8);
        String html2 = new String(publishing.file(second.id(), PublicationFormatKind.HTML).bytes(), StandardCharsets.UTF_8);
        assertThat(html1).contains("id=\"c-" + last + "\"");
        assertThat(html2).contains("id=\"c-" + last + "\"");
        PublicationSummary old = publishing.publication(first.id()).summary();
        assertThat(old.status()).isEqualTo("superseded");
        assertThat(old.supersededBy()).isEqualTo(second.id());
        assertThat(publishing.publication(second.id()).changes()).anyMatch(c -> c.clauseId() != null && c.clauseId().equals(last));
        assertThat(publishing.changesSincePrevious(second.id())).anyMatch(c -> c.clauseId().equals(last) && c.moved());

        SystemActor.run("test", () -> publishing.withdraw(second.id(), "Replaced by a corrigendum"));
        PublicationSummary withdrawn = publishing.publication(second.id()).summary();
        assertThat(withdrawn.status()).isEqualTo("withdrawn");
        assertThat(withdrawn.statusReason()).isEqualTo("Replaced by a corrigendum");
        assertThat(publishing.catalogue(null, null, "withdrawn")).extracting(PublicationSummary::id).contains(second.id());
        assertThatThrownBy(() -> publishing.file(second.id(), PublicationFormatKind.OSCAL)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publishing.publication(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Autowired WebhookService webhooks;
    @Autowired org.accord.membership.MembershipService membership;

    @Test
    void subscribersOfTheCommitteeReceiveASignedWebhook() throws Exception {
        UUID draft = draftWithVersion("IS 1");
        var wg = SystemActor.call("test", () -> membership.workingGroup(drafting.draft(draft).workingGroupId()));
        java.util.concurrent.BlockingQueue<String[]> received = new java.util.concurrent.LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[]{exchange.getRequestHeaders().getFirst("X-Accord-Signature"), body,
                    exchange.getRequestHeaders().getFirst("X-Accord-Event")});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            assertThatThrownBy(() -> SystemActor.run("test", () -> webhooks.subscribe(wg.committeeReference(), "file:///etc/passwd")))
                    .isInstanceOf(InvalidInputException.class);
            WebhookService.CreatedSubscription sub = SystemActor.call("test", () -> webhooks.subscribe(
                    wg.committeeReference() + " " + wg.committeeTitle(), "http://127.0.0.1:" + server.getAddress().getPort() + "/hook"));
            PublicationSummary p = publishAndWait(draft, "IS 1", "Published to test the webhook delivery.");
            String[] got = received.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(got).isNotNull();
            assertThat(got[2]).isEqualTo("publication.published");
            assertThat(got[1]).contains(p.urn());
            assertThat(WebhookSignature.verify(sub.secret(), got[0], got[1], java.time.Instant.now().getEpochSecond(), 300)).isTrue();
            for (int i = 0; i < 50 && !SystemActor.call("test", () -> webhooks.deliveries(sub.subscription().id())).stream()
                    .allMatch(d -> d.status().equals("DELIVERED")); i++) {
                Thread.sleep(100);
            }
            assertThat(SystemActor.call("test", () -> webhooks.deliveries(sub.subscription().id())))
                    .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("DELIVERED"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void webhookSignaturesVerifyAndRejectTampering() {
        String header = WebhookSignature.sign("s3cret", 1_700_000_000L, "{\"a\":1}");
        assertThat(WebhookSignature.verify("s3cret", header, "{\"a\":1}", 1_700_000_010L, 300)).isTrue();
        assertThat(WebhookSignature.verify("s3cret", header, "{\"a\":2}", 1_700_000_010L, 300)).isFalse();
        assertThat(WebhookSignature.verify("other", header, "{\"a\":1}", 1_700_000_010L, 300)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", header, "{\"a\":1}", 1_700_009_999L, 300)).isFalse();
    }
}
