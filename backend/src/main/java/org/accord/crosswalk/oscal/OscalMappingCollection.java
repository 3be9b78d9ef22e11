package org.accord.crosswalk.oscal;

import org.accord.shared.Problem;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.shared.InvalidInputException;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OSCAL 1.2 mapping collections (the control mapping model) in JSON: one {@code mapping} per instrument, each
 * record one {@code map}. The draft and the instruments are back-matter resources that the mappings' source- and
 * target-resource reference by {@code #uuid}; what OSCAL has no field for travels as props in {@link #NS}.
 */
public final class OscalMappingCollection {

    public static final String OSCAL_VERSION = "1.2.0";
    /** Namespace of Accord's props: OSCAL reserves names without a namespace for itself. */
    public static final String NS = "https://accord.example/ns/oscal";

    static final String SCHEMA_RESOURCE = "/oscal/oscal_mapping_schema.json";
    private static final String CODE = "instrument-code";
    private static final String STRENGTH = "strength";
    private static final String REVIEW_STATUS = "review-status";
    private static final String PROVENANCE = "provenance";
    private static final String AUTHOR = "author";
    private static final String CLAUSE_REVISION = "clause-revision";
    private static final String CLAUSE_UUID = "clause-uuid";
    /** Namespace of the name-based (version 5) uuids written for resources and mappings. */
    private static final UUID UUID_NAMESPACE = UUID.fromString("5d7e2f6c-3b1a-4c8e-9f0d-2a6b8c4e1f37");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "\n" everywhere, so that the same collection gives the same bytes on every platform
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();
    private static final Schema SCHEMA = loadSchema();

    /** What a file held: the collection's facts and its mappings, one record per source–target pair. */
    public record Parsed(CollectionInfo info, List<MappingRecord> records) {
        public Parsed {
            records = List.copyOf(records);
        }
    }

    private OscalMappingCollection() {
    }

    /**
     * The collection as pretty-printed OSCAL JSON. Mappings follow the order of {@code info.targets()} (instruments
     * it does not list come after, by code; listed ones without records are left out); maps keep the order of
     * {@code records}.
     */
    public static String write(CollectionInfo info, List<MappingRecord> records) {
        if (records.isEmpty()) {
            throw new InvalidInputException("crosswalk.oscal.nothing-to-export");
        }
        Map<String, CollectionInfo.Target> targets = targetsOf(info, records);
        Map<String, List<MappingRecord>> byInstrument = records.stream()
                .collect(Collectors.groupingBy(MappingRecord::instrumentCode, LinkedHashMap::new, Collectors.toList()));
        UUID sourceId = nameUuid("source|" + info.sourceTitle());

        ObjectNode collection = JSON.createObjectNode();
        collection.put("uuid", info.uuid().toString());
        ObjectNode metadata = collection.putObject("metadata");
        metadata.put("title", info.title());
        metadata.put("last-modified", info.lastModified().toString());
        metadata.put("version", info.version());
        metadata.put("oscal-version", OSCAL_VERSION);
        ObjectNode provenance = collection.putObject("provenance");
        provenance.put("method", method(records).oscal());
        provenance.put("matching-rationale", commonRationale(records).oscal());
        provenance.put("status", status(records));
        provenance.put("mapping-description", description(info, targets.values()));

        ArrayNode mappings = collection.putArray("mappings");
        ArrayNode resources = JSON.createArrayNode();
        resources.add(resource(sourceId, info.sourceTitle(), info.sourceHref(), null));
        for (CollectionInfo.Target target : targets.values()) {
            UUID targetId = nameUuid("instrument|" + target.code());
            resources.add(resource(targetId, target.title(), target.href(), target.code()));
            ObjectNode mapping = mappings.addObject();
            mapping.put("uuid", nameUuid("mapping|" + info.sourceTitle() + "|" + target.code()).toString());
            mapping.set("source-resource", resourceReference(sourceId));
            mapping.set("target-resource", resourceReference(targetId));
            ArrayNode mapNodes = mapping.putArray("maps");
            byInstrument.get(target.code()).forEach(r -> mapNodes.add(map(r)));
        }
        collection.putObject("back-matter").set("resources", resources);

        ObjectNode root = JSON.createObjectNode();
        root.set("mapping-collection", collection);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Reads an OSCAL mapping collection: JSON syntax, then the schema, then the content; all or nothing.
     *
     * @throws InvalidInputException naming the line and column of a syntax error, the JSON path of each schema
     *                               error (the first {@value Details#MAX}), or the map uuid of each map not understood
     */
    public static Parsed read(byte[] json) {
        JsonNode tree = parse(json);
        List<String> schemaErrors = validate(JSON.writeValueAsString(tree));
        if (!schemaErrors.isEmpty()) {
            throw new InvalidInputException(Problem.of("crosswalk.oscal.invalid"), schemaErrors);
        }
        return convert(tree.get("mapping-collection"));
    }

    /** Schema errors of an OSCAL JSON text, each as "JSON Pointer: message"; empty when valid. */
    static List<String> validate(String json) {
        List<String> details = new ArrayList<>();
        for (Error e : SCHEMA.validate(json, InputFormat.JSON)) {
            String path = e.getInstanceLocation().toString();
            details.add((path.isEmpty() ? "/" : path) + ": " + e.getMessage());
        }
        return Details.capped(details).stream().map(String::valueOf).toList(); // the validator's words are English
    }

    // ---- writing

    private static Map<String, CollectionInfo.Target> targetsOf(CollectionInfo info, List<MappingRecord> records) {
        Set<String> used = records.stream().map(MappingRecord::instrumentCode).collect(Collectors.toSet());
        Map<String, CollectionInfo.Target> targets = new LinkedHashMap<>();
        info.targets().stream().filter(t -> used.contains(t.code())).forEach(t -> targets.putIfAbsent(t.code(), t));
        used.stream().filter(c -> !targets.containsKey(c)).sorted()
                .forEach(c -> targets.put(c, new CollectionInfo.Target(c, c, null)));
        return targets;
    }

    private static Provenance method(List<MappingRecord> records) {
        Set<Provenance> methods = records.stream().map(MappingRecord::provenance)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Provenance.class)));
        return methods.size() == 1 ? methods.iterator().next() : Provenance.HYBRID;
    }

    /** The collection-wide default; every map states its own rationale anyway. */
    private static Rationale commonRationale(List<MappingRecord> records) {
        Map<Rationale, Long> counts = records.stream()
                .collect(Collectors.groupingBy(MappingRecord::rationale, () -> new EnumMap<>(Rationale.class),
                        Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** OSCAL's document status from the review statuses: all approved is complete, all draft is draft. */
    private static String status(List<MappingRecord> records) {
        if (records.stream().allMatch(r -> r.status() == ReviewStatus.APPROVED)) {
            return "complete";
        }
        return records.stream().allMatch(r -> r.status() == ReviewStatus.DRAFT) ? "draft" : "not-complete";
    }

    private static String description(CollectionInfo info, Collection<CollectionInfo.Target> targets) {
        String names = targets.stream().map(t -> t.title() == null ? t.code() : t.title())
                .collect(Collectors.joining("; "));
        return "Set-theory relationships (NIST IR 8477) of the clauses of " + info.sourceTitle()
                + " to the provisions of: " + names + ". Each map's review status, provenance and strength are "
                + "props in the namespace " + NS + ".";
    }

    private static ObjectNode resource(UUID id, String title, String href, String code) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("uuid", id.toString());
        if (title != null) {
            resource.put("title", title);
        }
        if (code != null) {
            resource.putArray("props").add(prop(CODE, code));
        }
        if (href != null) {
            resource.putArray("rlinks").addObject().put("href", href);
        }
        return resource;
    }

    private static ObjectNode resourceReference(UUID resource) {
        ObjectNode reference = JSON.createObjectNode();
        // OSCAL's resource types are "catalog" and "profile"; drafts and laws are catalogs of requirements here.
        reference.put("type", "catalog");
        reference.put("href", "#" + resource);
        return reference;
    }

    private static ObjectNode map(MappingRecord r) {
        ObjectNode map = JSON.createObjectNode();
        UUID uuid = r.uuid() != null ? r.uuid()
                : nameUuid("map|" + r.clauseRef() + "|" + r.instrumentCode() + "|" + r.provisionRef());
        map.put("uuid", uuid.toString());
        map.put("matching-rationale", r.rationale().oscal());
        map.put("relationship", r.relationship().oscal(r.rationale()));
        map.putArray("sources").add(item(r.clauseRef()));
        map.putArray("targets").add(item(r.provisionRef()));
        ArrayNode props = map.putArray("props");
        props.add(prop(PROVENANCE, r.provenance().oscal()));
        props.add(prop(REVIEW_STATUS, r.status().label()));
        if (r.strength() != null) {
            props.add(prop(STRENGTH, r.strength().toString()));
        }
        if (r.author() != null && !r.author().isBlank()) {
            props.add(prop(AUTHOR, r.author().strip()));
        }
        if (r.clauseRevision() != null) {
            props.add(prop(CLAUSE_REVISION, r.clauseRevision().toString()));
        }
        if (r.clauseId() != null) {
            props.add(prop(CLAUSE_UUID, r.clauseId().toString()));
        }
        if (r.explanation() != null && !r.explanation().isEmpty()) {
            map.put("remarks", r.explanation());
        }
        return map;
    }

    private static ObjectNode item(String idRef) {
        ObjectNode item = JSON.createObjectNode();
        item.put("type", "control");
        item.put("id-ref", idRef.strip());
        return item;
    }

    private static ObjectNode prop(String name, String value) {
        ObjectNode prop = JSON.createObjectNode();
        prop.put("name", name);
        prop.put("ns", NS);
        prop.put("value", value);
        return prop;
    }

    // ---- reading

    private static JsonNode parse(byte[] json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidInputException(where.isEmpty() ? Problem.of("crosswalk.json.invalid") : Problem.of("crosswalk.json.invalid-at", at.getLineNr(), at.getColumnNr()), List.of(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException("shared.file.empty");
        }
        return tree;
    }

    private record Resource(String title, String href, String code) {
    }

    private static Parsed convert(JsonNode collection) {
        JsonNode provenance = collection.get("provenance");
        Provenance method = Provenance.parse(text(provenance, "method"));
        Rationale rationale = Rationale.parse(text(provenance, "matching-rationale"));
        Map<String, JsonNode> resources = new HashMap<>();
        for (JsonNode r : collection.path("back-matter").path("resources")) {
            resources.put(text(r, "uuid").toLowerCase(Locale.ROOT), r);
        }
        JsonNode mappingsNode = collection.get("mappings");
        List<JsonNode> mappings = new ArrayList<>();
        if (mappingsNode.isArray()) {
            mappingsNode.forEach(mappings::add);
        } else {
            mappings.add(mappingsNode);
        }

        List<Problem> errors = new ArrayList<>();
        List<MappingRecord> records = new ArrayList<>();
        Map<String, CollectionInfo.Target> targets = new LinkedHashMap<>();
        Resource source = null;
        for (JsonNode mapping : mappings) {
            String where = "mapping " + text(mapping, "uuid");
            Resource from = resolve(mapping.get("source-resource"), resources, where + ": source-resource", errors);
            Resource to = resolve(mapping.get("target-resource"), resources, where + ": target-resource", errors);
            if (from == null || to == null) {
                continue;
            }
            if (source == null) {
                source = from;
            }
            String code = firstNonNull(to.code(), to.title(), to.href());
            targets.putIfAbsent(code, new CollectionInfo.Target(code, to.title(), to.href()));
            // the metaschema lets a mapping override the collection's method and rationale
            Provenance mappingMethod = mapping.has("method") ? Provenance.parse(text(mapping, "method")) : method;
            Rationale mappingRationale = mapping.has("matching-rationale")
                    ? Rationale.parse(text(mapping, "matching-rationale")) : rationale;
            for (JsonNode map : mapping.get("maps")) {
                try {
                    records.addAll(records(map, code, mappingRationale, mappingMethod));
                } catch (IllegalArgumentException e) {
                    errors.add(Problem.of("crosswalk.oscal.map-problem", text(map, "uuid"), e));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Problem.of("crosswalk.oscal.refused"), Details.capped(errors));
        }
        JsonNode metadata = collection.get("metadata");
        CollectionInfo info = new CollectionInfo(UUID.fromString(text(collection, "uuid")), text(metadata, "title"),
                text(metadata, "version"), instant(text(metadata, "last-modified")),
                source == null ? null : source.title(), source == null ? null : source.href(),
                List.copyOf(targets.values()));
        return new Parsed(info, records);
    }

    /** A source- or target-resource: "#uuid" names a back-matter resource, anything else is the resource itself. */
    private static Resource resolve(JsonNode reference, Map<String, JsonNode> resources, String where,
                                    List<Problem> errors) {
        String href = text(reference, "href");
        if (!href.startsWith("#")) {
            return new Resource(null, href, null);
        }
        JsonNode resource = resources.get(href.substring(1).toLowerCase(Locale.ROOT));
        if (resource == null) {
            errors.add(Problem.of("crosswalk.oscal.unknown-resource", where, href));
            return null;
        }
        JsonNode rlinks = resource.path("rlinks");
        String rlink = rlinks.isEmpty() ? null : text(rlinks.get(0), "href");
        return new Resource(text(resource, "title"), rlink, ourProps(resource).get(CODE));
    }

    /** The records of one map: one per source–target pair, since a record maps one clause to one provision. */
    private static List<MappingRecord> records(JsonNode map, String instrumentCode, Rationale defaultRationale,
                                               Provenance defaultMethod) {
        Relationship relationship = Relationship.parse(text(map, "relationship"));
        Rationale rationale = map.has("matching-rationale")
                ? Rationale.parse(text(map, "matching-rationale")) : defaultRationale;
        Map<String, String> props = ourProps(map);
        Integer strength = integer(props, STRENGTH);
        if (strength != null) {
            relationship.requireStrength(strength);
        }
        Provenance provenance = props.containsKey(PROVENANCE) ? Provenance.parse(props.get(PROVENANCE)) : defaultMethod;
        ReviewStatus status = ReviewStatus.parse(props.get(REVIEW_STATUS));
        UUID clauseId = uuid(props, CLAUSE_UUID);
        Integer clauseRevision = integer(props, CLAUSE_REVISION);
        String explanation = text(map, "remarks");
        UUID mapId = UUID.fromString(text(map, "uuid"));
        List<String> sources = idRefs(map.get("sources"));
        List<String> targets = idRefs(map.get("targets"));
        boolean single = sources.size() == 1 && targets.size() == 1;
        List<MappingRecord> out = new ArrayList<>();
        for (String source : sources) {
            for (String target : targets) {
                UUID uuid = single ? mapId : nameUuid(mapId + "|" + source + "|" + target);
                out.add(new MappingRecord(source, clauseId, instrumentCode, target, relationship, rationale, strength,
                        explanation, provenance, status, props.get(AUTHOR), clauseRevision, uuid));
            }
        }
        return out;
    }

    private static List<String> idRefs(JsonNode items) {
        List<String> refs = new ArrayList<>();
        items.forEach(i -> refs.add(text(i, "id-ref")));
        return refs;
    }

    /** Props in Accord's namespace, by name; props of other namespaces mean something else and are ignored. */
    private static Map<String, String> ourProps(JsonNode node) {
        Map<String, String> props = new HashMap<>();
        for (JsonNode p : node.path("props")) {
            if (NS.equals(text(p, "ns"))) {
                props.putIfAbsent(text(p, "name"), text(p, "value"));
            }
        }
        return props;
    }

    private static Integer integer(Map<String, String> props, String name) {
        return parsed(props, name, Integer::valueOf, "a whole number");
    }

    private static UUID uuid(Map<String, String> props, String name) {
        return parsed(props, name, UUID::fromString, "a UUID");
    }

    private static <T> T parsed(Map<String, String> props, String name, Function<String, T> parser, String what) {
        String value = props.get(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prop " + name + " must be " + what + ", was '" + value + "'");
        }
    }

    private static Instant instant(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException("crosswalk.oscal.last-modified", dateTime);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        return Arrays.stream(values).filter(Objects::nonNull).findFirst().orElse(null);
    }

    // ---- support

    /** A name-based (version 5, SHA-1) uuid: stable across exports, and one of the two kinds OSCAL accepts. */
    static UUID nameUuid(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(UUID_NAMESPACE.getMostSignificantBits())
                .putLong(UUID_NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static Schema loadSchema() {
        try (InputStream in = OscalMappingCollection.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
