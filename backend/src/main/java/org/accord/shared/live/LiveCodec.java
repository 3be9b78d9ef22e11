package org.accord.shared.live;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The wire form of a live update: {@code {"k":"ClauseRevised","f":{…the record's fields…}}}. PostgreSQL refuses
 * NOTIFY payloads of 8000 bytes or more, so free-text fields (an author's name, "Clause added: <title>") are
 * shortened, longest first, until the message fits {@link #MAX_BYTES}; ids are never shortened.
 */
final class LiveCodec {

    /** Comfortably below PostgreSQL's 8000-byte payload limit. */
    static final int MAX_BYTES = 4000;
    private static final int SHORTEST_TEXT = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Decoded(String kind, JsonNode fields) {
    }

    private LiveCodec() {
    }

    static String kind(Class<?> type) {
        return type.getSimpleName();
    }

    static String encode(Record event) {
        ObjectNode fields = JSON.valueToTree(event);
        ObjectNode message = JSON.createObjectNode().put("k", kind(event.getClass()));
        message.set("f", fields);
        String text = JSON.writeValueAsString(message);
        while (bytes(text) > MAX_BYTES) {
            Optional<Map.Entry<String, JsonNode>> longest = fields.properties().stream()
                    .filter(e -> e.getValue().isString() && e.getValue().asString().length() > SHORTEST_TEXT)
                    .max(Comparator.comparingInt(e -> e.getValue().asString().length()));
            if (longest.isEmpty()) {
                throw new IllegalArgumentException(kind(event.getClass()) + " does not fit a live update ("
                        + bytes(text) + " bytes, at most " + MAX_BYTES + "): send ids, not content");
            }
            String value = longest.get().getValue().asString();
            fields.put(longest.get().getKey(), value.substring(0, Math.max(SHORTEST_TEXT, value.length() / 2)) + "…");
            text = JSON.writeValueAsString(message);
        }
        return text;
    }

    /** Empty for anything that is not a live update (another sender on the channel, a garbled payload). */
    static Optional<Decoded> decode(String payload) {
        if (payload == null || payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(payload);
            JsonNode kind = node.get("k");
            JsonNode fields = node.get("f");
            if (kind == null || !kind.isString() || fields == null || !fields.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new Decoded(kind.asString(), fields));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The event again; throws when the fields do not fit the type (a node on another version sent it). */
    static <E extends Record> E read(JsonNode fields, Class<E> type) {
        return JSON.treeToValue(fields, type);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
