package org.accord.shared.live;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveCodecTest {

    record Revised(UUID draftId, UUID clauseId, int revisionNo, String authorName, boolean merged) {
    }

    record Huge(String a, String b) {
    }

    record Ids(java.util.List<UUID> ids) {
    }

    @Test
    void roundTripsARecord() {
        Revised sent = new Revised(UUID.randomUUID(), UUID.randomUUID(), 7, "Ana Ñúñez", true);
        String payload = LiveCodec.encode(sent);
        LiveCodec.Decoded decoded = LiveCodec.decode(payload).orElseThrow();
        assertThat(decoded.kind()).isEqualTo("Revised");
        assertThat(LiveCodec.read(decoded.fields(), Revised.class)).isEqualTo(sent);
    }

    @Test
    void longTextsAreShortenedLongestFirstUntilTheMessageFits() {
        UUID draft = UUID.randomUUID();
        Revised sent = new Revised(draft, draft, 1, "é".repeat(10_000), false);
        String payload = LiveCodec.encode(sent);
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(LiveCodec.MAX_BYTES);
        Revised back = LiveCodec.read(LiveCodec.decode(payload).orElseThrow().fields(), Revised.class);
        assertThat(back.draftId()).isEqualTo(draft);
        assertThat(back.authorName()).startsWith("éé").endsWith("…");

        String both = LiveCodec.encode(new Huge("a".repeat(6000), "b".repeat(3000)));
        assertThat(both.length()).isLessThanOrEqualTo(LiveCodec.MAX_BYTES);
    }

    @Test
    void aMessageOfIdsThatCannotFitIsRefusedWithAReason() {
        Ids tooMany = new Ids(java.util.stream.Stream.generate(UUID::randomUUID).limit(200).toList());
        assertThatThrownBy(() -> LiveCodec.encode(tooMany)).hasMessageContaining("send ids, not content");
    }

    @Test
    void anythingElseOnTheChannelIsIgnored() {
        assertThat(LiveCodec.decode("hello")).isEmpty();
        assertThat(LiveCodec.decode("{\"k\":1}")).isEmpty();
        assertThat(LiveCodec.decode("")).isEmpty();
        assertThat(LiveCodec.decode(null)).isEmpty();
    }

    @Test
    void reconnectPausesDoubleUpToTheMaximum() {
        PostgresListener.Backoff b = new PostgresListener.Backoff(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5));
        assertThat(java.util.List.of(b.next(), b.next(), b.next(), b.next())).extracting(java.time.Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 5L);
        b.reset();
        assertThat(b.next().toSeconds()).isEqualTo(1);
    }
}
