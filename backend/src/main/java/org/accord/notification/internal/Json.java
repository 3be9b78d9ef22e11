package org.accord.notification.internal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** The outbox's and the stores' JSON (envelopes, parameters). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Object o) {
        return MAPPER.writeValueAsString(o);
    }

    static <T> T read(String s, Class<T> type) {
        return MAPPER.readValue(s, type);
    }

    static Map<String, String> params(String s) {
        return MAPPER.readValue(s, PARAMS);
    }
}
