package org.accord.balloting.ledger;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads {@link BallotExport} JSON files (UTF-8, pretty-printed). Instants are written in the canonical
 * form of {@link LedgerHashing#formatInstant}, so each entry's {@code castAt} is exactly the text that was hashed.
 *
 * <p>Reading is strict about what the checks need and says which field is wrong, e.g.
 * {@code entries[3].castAt: expected an ISO-8601 UTC instant such as 2025-03-01T10:15:30Z, got "yesterday"}.
 * Duplicate keys are rejected (a reader must not see a different vote than a human reading the file); unknown
 * keys are ignored. Content that is well-formed but wrong (a bad hash, a position out of sequence) is read as it
 * is, for the verifier to report.
 */
public final class BallotExportIo {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private BallotExportIo() {
    }

    public static void write(BallotExport export, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(export, out);
        }
    }

    public static void write(BallotExport export, OutputStream out) throws IOException {
        try {
            out.write(JSON.writeValueAsBytes(toTree(export)));
        } catch (JacksonException e) {
            throw new IOException("cannot write ballot export: " + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(BallotExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(export, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @throws java.nio.file.NoSuchFileException and other {@link IOException}s if the file cannot be read
     * @throws MalformedExportException          if it is not a well-formed export, naming the field
     */
    public static BallotExport read(Path file) throws IOException {
        return fromJson(Files.readAllBytes(file));
    }

    public static BallotExport read(InputStream in) throws IOException {
        return fromJson(in.readAllBytes());
    }

    public static BallotExport fromJson(String json) throws MalformedExportException {
        return fromJson(json.getBytes(StandardCharsets.UTF_8));
    }

    public static BallotExport fromJson(byte[] json) throws MalformedExportException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new MalformedExportException("", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedExportException("", "the file is empty");
        }
        return readExport(root);
    }

    // ---- writing

    private static ObjectNode toTree(BallotExport export) {
        ObjectNode root = JSON.createObjectNode();
        BallotExport.Ballot b = export.ballot();
        ObjectNode ballot = root.putObject("ballot");
        ballot.put("id", b.id());
        ballot.put("title", b.title());
        ballot.put("ruleName", b.ruleName());
        ballot.set("ruleParameters", JSON.valueToTree(b.ruleParameters()));
        ballot.put("secret", b.secret());
        putInstant(ballot, "opensAt", b.opensAt());
        putInstant(ballot, "closesAt", b.closesAt());

        ArrayNode voters = root.putArray("voters");
        for (BallotExport.Voter v : export.voters()) {
            ObjectNode o = voters.addObject();
            o.put("token", v.token());
            o.put("weight", v.weight());
            o.put("chamber", v.chamber());
            o.put("subChamber", v.subChamber());
            o.put("kind", v.kind());
            o.put("pMember", v.pMember());
            ArrayNode cs = o.putArray("constituencies");
            v.constituencies().forEach(cs::add);
        }

        ArrayNode entries = root.putArray("entries");
        for (LedgerEntry e : export.entries()) {
            ObjectNode o = entries.addObject();
            o.put("position", e.position());
            o.put("ballotId", e.ballotId());
            o.put("voterToken", e.voterToken());
            o.put("choice", e.choice());
            o.put("reasoned", e.reasoned());
            ArrayNode refs = o.putArray("commentRefs");
            e.commentRefs().forEach(refs::add);
            o.put("castAt", LedgerHashing.formatInstant(e.castAt()));
            o.put("previousHash", e.previousHash());
            o.put("hash", e.hash());
        }
        root.set("tally", JSON.valueToTree(export.tally()));
        return root;
    }

    private static void putInstant(ObjectNode o, String name, Instant t) {
        if (t == null) {
            o.putNull(name);
        } else {
            o.put(name, LedgerHashing.formatInstant(t));
        }
    }

    // ---- reading

    private static BallotExport readExport(JsonNode root) throws MalformedExportException {
        requireObject(root, "");
        JsonNode b = requireObject(field(root, "ballot", ""), "ballot");
        BallotExport.Ballot ballot = new BallotExport.Ballot(
                text(b, "id", "ballot", false),
                text(b, "title", "ballot", false),
                text(b, "ruleName", "ballot", false),
                freeFormObject(b, "ruleParameters", "ballot", true),
                bool(b, "secret", "ballot"),
                instant(b, "opensAt", "ballot", true),
                instant(b, "closesAt", "ballot", true));

        List<BallotExport.Voter> voters = new ArrayList<>();
        JsonNode vs = requireArray(field(root, "voters", ""), "voters");
        for (int i = 0; i < vs.size(); i++) {
            String at = "voters[" + i + "]";
            JsonNode v = requireObject(vs.get(i), at);
            voters.add(new BallotExport.Voter(
                    text(v, "token", at, false),
                    decimal(v, "weight", at),
                    text(v, "chamber", at, true),
                    text(v, "subChamber", at, true),
                    text(v, "kind", at, true),
                    bool(v, "pMember", at),
                    textList(v, "constituencies", at)));
        }

        List<LedgerEntry> entries = new ArrayList<>();
        JsonNode es = requireArray(field(root, "entries", ""), "entries");
        for (int i = 0; i < es.size(); i++) {
            String at = "entries[" + i + "]";
            JsonNode e = requireObject(es.get(i), at);
            entries.add(new LedgerEntry(
                    wholeNumber(e, "position", at),
                    text(e, "ballotId", at, false),
                    text(e, "voterToken", at, false),
                    text(e, "choice", at, false),
                    bool(e, "reasoned", at),
                    textList(e, "commentRefs", at),
                    instant(e, "castAt", at, false),
                    text(e, "previousHash", at, false),
                    text(e, "hash", at, false)));
        }

        Map<String, Object> tally = freeFormObject(root, "tally", "", false);
        return new BallotExport(ballot, voters, entries, tally);
    }

    private static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static JsonNode field(JsonNode obj, String name, String parent) throws MalformedExportException {
        JsonNode n = obj.get(name);
        if (n == null) {
            throw new MalformedExportException(path(parent, name), "is missing");
        }
        return n;
    }

    private static JsonNode requireObject(JsonNode n, String path) throws MalformedExportException {
        if (!n.isObject()) {
            throw new MalformedExportException(path.isEmpty() ? "(top level)" : path,
                    "expected a JSON object, got " + describe(n));
        }
        return n;
    }

    private static JsonNode requireArray(JsonNode n, String path) throws MalformedExportException {
        if (!n.isArray()) {
            throw new MalformedExportException(path, "expected a JSON array, got " + describe(n));
        }
        return n;
    }

    private static String text(JsonNode obj, String name, String parent, boolean nullable)
            throws MalformedExportException {
        JsonNode n = nullable ? obj.get(name) : field(obj, name, parent);
        if (n == null || (nullable && n.isNull())) {
            return null;
        }
        if (!n.isString()) {
            throw new MalformedExportException(path(parent, name), "expected a string, got " + describe(n));
        }
        return n.stringValue();
    }

    private static boolean bool(JsonNode obj, String name, String parent) throws MalformedExportException {
        JsonNode n = field(obj, name, parent);
        if (!n.isBoolean()) {
            throw new MalformedExportException(path(parent, name), "expected true or false, got " + describe(n));
        }
        return n.booleanValue();
    }

    private static long wholeNumber(JsonNode obj, String name, String parent) throws MalformedExportException {
        JsonNode n = field(obj, name, parent);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new MalformedExportException(path(parent, name), "expected a whole number, got " + describe(n));
        }
        return n.longValue();
    }

    private static BigDecimal decimal(JsonNode obj, String name, String parent) throws MalformedExportException {
        JsonNode n = field(obj, name, parent);
        if (!n.isNumber()) {
            throw new MalformedExportException(path(parent, name), "expected a number, got " + describe(n));
        }
        return n.decimalValue();
    }

    private static Instant instant(JsonNode obj, String name, String parent, boolean nullable)
            throws MalformedExportException {
        String text = text(obj, name, parent, nullable);
        if (text == null) {
            return null;
        }
        try {
            return LedgerHashing.parseInstant(text);
        } catch (DateTimeParseException e) {
            throw new MalformedExportException(path(parent, name),
                    "expected an ISO-8601 UTC instant such as 2025-03-01T10:15:30Z, got \"" + text + "\"", e);
        }
    }

    private static List<String> textList(JsonNode obj, String name, String parent) throws MalformedExportException {
        String at = path(parent, name);
        JsonNode n = requireArray(field(obj, name, parent), at);
        List<String> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isString()) {
                throw new MalformedExportException(at + "[" + i + "]", "expected a string, got " + describe(item));
            }
            out.add(item.stringValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeFormObject(JsonNode obj, String name, String parent, boolean optional)
            throws MalformedExportException {
        JsonNode n = optional ? obj.get(name) : field(obj, name, parent);
        if (n == null || (optional && n.isNull())) {
            return Map.of();
        }
        requireObject(n, path(parent, name));
        return (Map<String, Object>) plain(n);
    }

    /** A JSON value as plain Java: Map, List, String, Boolean, Long/BigInteger, BigDecimal or null. */
    private static Object plain(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>(n.size());
            for (JsonNode item : n.values()) {
                list.add(plain(item));
            }
            return list;
        }
        if (n.isString()) {
            return n.stringValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        return null;
    }

    private static String describe(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isString()) {
            String s = n.stringValue();
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (n.isNumber() || n.isBoolean()) {
            return n.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + n;
        }
        return "a JSON " + n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
