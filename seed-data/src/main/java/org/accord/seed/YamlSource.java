package org.accord.seed;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.HashMap;
import java.util.Map;

/**
 * One parsed seed file that remembers the line of every field, so that errors found later, while
 * loading through the services, still point at the line to fix.
 */
final class YamlSource {

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    final String name;
    private final String content;
    private final Map<String, Integer> lines = new HashMap<>();

    YamlSource(String name, String content) {
        this.name = name;
        this.content = content;
        indexLines();
    }

    <T> T read(Class<T> type) {
        try {
            T value = MAPPER.readValue(content, type);
            if (value == null) {
                throw new SeedDataException(name, 1, "", "the file is empty", null);
            }
            return value;
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() ? "" : pointerOf(e);
            throw new SeedDataException(name, lineOf(e, field), field, e.getOriginalMessage(), e);
        }
    }

    /** The line where a field (as a JSON pointer such as {@code /users/3/organisation}) starts. */
    int line(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return 0;
    }

    SeedDataException error(String pointer, String problem, Throwable cause) {
        return new SeedDataException(name, line(pointer), pointer, problem, cause);
    }

    private void indexLines() {
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                // At a property name the context already names that property; at an element, its index.
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            throw new SeedDataException(name, loc == null ? 0 : loc.getLineNr(), "", "not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private String pointerOf(JacksonException e) {
        StringBuilder p = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            p.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : Integer.toString(ref.getIndex()));
        }
        return p.toString();
    }

    private int lineOf(JacksonException e, String pointer) {
        int line = line(pointer);
        if (line > 0) {
            return line;
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
