package org.accord.crosswalk;

import org.accord.shared.Problem;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.crosswalk.oscal.CollectionInfo;
import org.accord.crosswalk.oscal.MappingRecord;
import org.accord.crosswalk.oscal.OlirCsv;
import org.accord.crosswalk.oscal.OscalMappingCollection;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.*;

/**
 * A draft's crosswalk in and out: OSCAL mapping-collection JSON, an OLIR/STRM-style CSV, and the matrix as CSV.
 * Imports are all or nothing and update mappings that already exist, so export → import changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class CrosswalkInterchange {

    /** What an import did, and what the importer should know (e.g. approvals it could not make). */
    public record MappingImport(int created, int updated, int unchanged, List<String> warnings) {
    }

    private final MappingService mappings;
    private final CrosswalkService crosswalk;
    private final DraftingService drafting;

    CrosswalkInterchange(MappingService mappings, CrosswalkService crosswalk, DraftingService drafting) {
        this.mappings = mappings;
        this.crosswalk = crosswalk;
        this.drafting = drafting;
    }

    public String exportOscal(UUID draftId) {
        DraftSummary draft = drafting.draft(draftId);
        List<MappingRecord> records = records(draftId);
        if (records.isEmpty()) {
            throw new InvalidInputException("crosswalk.export.no-mappings", draft.reference());
        }
        Set<String> used = new HashSet<>();
        records.forEach(r -> used.add(r.instrumentCode()));
        List<CollectionInfo.Target> targets = crosswalk.instruments().stream().filter(i -> used.contains(i.code()))
                .map(i -> new CollectionInfo.Target(i.code(), i.title(), i.link())).toList();
        Instant last = mappings.mappings(draftId).stream().map(MappingView::updatedAt).max(Comparator.naturalOrder())
                .orElse(Instant.now());
        return OscalMappingCollection.write(new CollectionInfo(UUID.randomUUID(), "Crosswalk of " + draft.reference()
                + " to legal instruments", draft.stageCode(), last, draft.reference(), null, targets), records);
    }

    public String exportOlir(UUID draftId) {
        return OlirCsv.write(records(draftId));
    }

    @Transactional
    public MappingImport importOscal(UUID draftId, byte[] json) {
        requireImport(draftId); // before parsing: an untrusted file is read only for someone allowed to import it
        return importRecords(draftId, OscalMappingCollection.read(json).records());
    }

    @Transactional
    public MappingImport importOlir(UUID draftId, byte[] csv) {
        requireImport(draftId);
        return importRecords(draftId, OlirCsv.read(csv));
    }

    /** The matrix as a spreadsheet: one row per clause, one column per instrument, "subset of (7)" in cells. */
    public String matrixCsv(UUID draftId, Set<BindingNature> natures) {
        CrosswalkMatrix m = mappings.matrix(draftId, natures);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> head = new ArrayList<>(List.of("Clause", "Title"));
            m.columns().forEach(c -> head.add(SpreadsheetText.defuse(c.jurisdiction() + " " + c.label())));
            csv.printRecord(head);
            for (CrosswalkMatrix.Row r : m.rows()) {
                List<String> line = new ArrayList<>(List.of(SpreadsheetText.defuse(r.clause().number()),
                        r.clause().title() == null ? "" : SpreadsheetText.defuse(r.clause().title())));
                for (CrosswalkMatrix.Cell c : r.cells()) {
                    line.add(c == null ? "" : c.strongest().label() + (c.strength() == null ? "" : " (" + c.strength() + ")"));
                }
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<MappingRecord> records(UUID draftId) {
        return mappings.mappings(draftId).stream().map(v -> new MappingRecord(v.clause().number(), v.clause().id(),
                v.provision().instrumentCode(), v.provision().identifier(), v.relationship(), v.rationale(), v.strength(),
                v.explanation(), v.provenance(), v.status(), v.author(), v.clauseRevision(), v.id())).toList();
    }

    private void requireImport(UUID draftId) {
        if (!mappings.canMap(draftId)) {
            throw new org.accord.shared.NotAllowedException("crosswalk.import-not-allowed");
        }
    }

    /** Resolves every record first and reports all that fail; only then writes. */
    private MappingImport importRecords(UUID draftId, List<MappingRecord> records) {
        requireImport(draftId);
        List<Problem> problems = new ArrayList<>();
        List<NewMapping> resolved = new ArrayList<>();
        Map<String, MappingView> existing = new HashMap<>();
        mappings.mappings(draftId).forEach(v -> existing.put(v.clause().id() + "|" + v.provision().id(), v));
        boolean mayApprove = mappings.canApprove(draftId);
        Map<String, UUID> clauseIds = mappings.clauseIdsByNumber(draftId);
        Map<String, Map<String, UUID>> provisionIds = new HashMap<>();
        int downgraded = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            MappingRecord r = records.get(i);
            Problem where = Problem.of("crosswalk.import.mapping-where", i + 1, r.clauseRef(), r.instrumentCode(), r.provisionRef());
            UUID clauseId = clauseIds.get(r.clauseRef().trim());
            Map<String, UUID> ofInstrument = provisionIds.computeIfAbsent(r.instrumentCode().trim(), mappings::provisionIdsByReference);
            UUID provisionId = ofInstrument.getOrDefault(r.provisionRef().trim(), ofInstrument.get(r.provisionRef().trim().toLowerCase(Locale.ROOT)));
            if (clauseId == null) {
                problems.add(Problem.of("crosswalk.import.no-clause", where, r.clauseRef().trim()));
                continue;
            }
            if (ofInstrument.isEmpty()) {
                problems.add(Problem.of("crosswalk.import.no-instrument", where, r.instrumentCode().trim()));
                continue;
            }
            if (provisionId == null) {
                problems.add(Problem.of("crosswalk.import.no-provision", where, r.instrumentCode().trim(), r.provisionRef().trim()));
                continue;
            }
            if (!seen.add(clauseId + "|" + provisionId)) {
                problems.add(Problem.of("crosswalk.import.twice", where));
                continue;
            }
            try {
                r.relationship().requireStrength(r.strength());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of("crosswalk.import.at", where, e));
                continue;
            }
            ReviewStatus status = r.status();
            if (status == ReviewStatus.APPROVED && !mayApprove) {
                status = ReviewStatus.REVIEWED;
                downgraded++;
            }
            MappingView old = existing.get(clauseId + "|" + provisionId);
            resolved.add(new NewMapping(clauseId, provisionId, r.relationship(), r.rationale(), r.strength(),
                    r.explanation(), r.provenance(), status, old == null ? null : old.version()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Problem.of("crosswalk.import.mappings-refused", problems.size(), records.size()), problems.stream().limit(50).toList());
        }
        int created = 0, updated = 0, unchanged = 0;
        List<NewMapping> changed = new ArrayList<>();
        for (NewMapping m : resolved) {
            MappingView old = existing.get(m.clauseId() + "|" + m.provisionId());
            if (old != null && same(old, m)) {
                unchanged++;
            } else {
                changed.add(m);
                if (old == null) created++; else updated++;
            }
        }
        List<String> warnings = new ArrayList<>(changed.isEmpty() ? List.of() : mappings.saveAll(draftId, changed));
        if (downgraded > 0) {
            warnings.add(downgraded + " mappings marked approved in the file were imported as reviewed: only convenors "
                    + "and the secretariat approve");
        }
        return new MappingImport(created, updated, unchanged, warnings);
    }

    private static boolean same(MappingView v, NewMapping m) {
        return v.relationship() == m.relationship() && v.rationale() == m.rationale()
                && Objects.equals(v.strength(), m.strength()) && Objects.equals(v.explanation(), blankToNull(m.explanation()))
                && v.provenance() == m.provenance() && v.status() == m.status();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
