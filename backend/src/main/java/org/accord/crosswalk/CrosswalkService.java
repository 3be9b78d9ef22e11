package org.accord.crosswalk;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.crosswalk.interchange.ImportedProvision;
import org.accord.crosswalk.interchange.ProvisionReimport;
import org.accord.crosswalk.internal.*;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.ApplicationEventPublisher;

import java.time.Instant;
import java.util.*;
import java.util.function.DoubleConsumer;
import java.util.function.ToLongFunction;

/** Legal instruments and provisions: the module's public API. */
@Service
@Transactional(readOnly = true)
public class CrosswalkService {

    private final LegalInstruments instruments;
    private final Provisions provisions;

    private final ApplicationEventPublisher events;
    private final WorkingGroupAccess access;
    private final ToLongFunction<UUID> mappingCount;

    private final AuditTrail audit;

    CrosswalkService(LegalInstruments instruments, Provisions provisions, ApplicationEventPublisher events,
                     WorkingGroupAccess access, CrosswalkMappings mappings, AuditTrail audit) {
        this.audit = audit;
        this.instruments = instruments;
        this.provisions = provisions;
        this.events = events;
        this.access = access;
        this.mappingCount = mappings::countByProvisionId;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createInstrument(NewInstrument instrument) {
        if (instrument.code() == null || instrument.code().isBlank() || instrument.title() == null || instrument.title().isBlank()) {
            throw new InvalidInputException("crosswalk.instrument.code-title");
        }
        if (instrument.jurisdiction() == null || instrument.type() == null || instrument.bindingNature() == null
                || instrument.status() == null) {
            throw new InvalidInputException("crosswalk.instrument.incomplete", instrument.code());
        }
        if (!instrument.jurisdiction().trim().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,3})?")) {
            throw new InvalidInputException("crosswalk.instrument.jurisdiction-invalid", instrument.jurisdiction());
        }
        if (instruments.findByCode(instrument.code().trim()).isPresent()) {
            throw new InvalidInputException("crosswalk.instrument.exists", instrument.code());
        }
        UUID id = instruments.save(new LegalInstrument(instrument)).getId();
        audit.record(AuditEntry.of(AuditKind.INSTRUMENT_CREATED, "instrument", id, instrument.code().trim())
                .after("title", instrument.title(), "jurisdiction", instrument.jurisdiction(), "status", instrument.status()));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID addProvision(UUID instrumentId, UUID parentId, NewProvision provision) {
        instruments.findById(instrumentId).orElseThrow(() -> new NotFoundException("Instrument", instrumentId));
        if (provision.number() == null || provision.number().isBlank()) {
            throw new InvalidInputException("crosswalk.provision.number-required");
        }
        if (parentId != null && provisions.findById(parentId).filter(p -> p.getInstrumentId().equals(instrumentId)).isEmpty()) {
            throw new NotFoundException("Provision", parentId);
        }
        String identifier = provision.identifier() == null || provision.identifier().isBlank()
                ? provision.number().trim() : provision.identifier().trim();
        if (provisions.findByInstrumentIdAndIdentifier(instrumentId, identifier).isPresent()) {
            throw new InvalidInputException("crosswalk.provision.exists", identifier);
        }
        UUID id = provisions.save(new Provision(instrumentId, parentId, provisions.maxPosition(instrumentId) + 1,
                identifier, provision.number().trim(), provision.heading(), provision.text(), provision.summary(),
                provision.kind(), provision.language(), provision.url())).getId();
        events.publishEvent(new ProvisionsChanged(instrumentId));
        audit.record(AuditEntry.of(AuditKind.PROVISION_ADDED, "provision", id, provision.number().trim())
                .after("instrument", instrumentId, "identifier", identifier, "heading", provision.heading()));
        return id;
    }

    /** Whether the caller may add instruments and import provisions (the secretariat). */
    public boolean canImport() {
        return access.isStaff();
    }

    /** Refuses everyone but the secretariat before an uploaded provision file is parsed. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public void requireProvisionImport() {
        // the annotation does the work
    }

    /**
     * Imports provisions parsed from CSV or Akoma Ntoso into an instrument, all or nothing. A re-import matches by
     * identifier: existing provisions are updated in place (their mappings stay), new ones added, and those missing
     * from the file are marked removed, not deleted. {@code progress} receives the share done, 0 to 1.
     */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public ProvisionImport importProvisions(UUID instrumentId, List<ImportedProvision> imported, String aknWorkIri,
                                            DoubleConsumer progress) {
        LegalInstrument instrument = instruments.findById(instrumentId).orElseThrow(() -> new NotFoundException("Instrument", instrumentId));
        if (imported.isEmpty()) {
            throw new InvalidInputException("crosswalk.import.no-provisions");
        }
        List<Provision> current = provisions.findByInstrumentIdOrderByPosition(instrumentId);
        Map<UUID, String> identifierById = new HashMap<>();
        current.forEach(p -> identifierById.put(p.getId(), p.getIdentifier()));
        Map<String, Provision> byIdentifier = new HashMap<>();
        current.forEach(p -> byIdentifier.put(p.getIdentifier(), p));
        ProvisionReimport.Plan plan = ProvisionReimport.plan(current.stream().map(p -> new ProvisionReimport.ExistingProvision(
                p.getId(), p.getIdentifier(), p.getNumber(), p.getHeading(), p.getText(),
                p.getParentId() == null ? null : identifierById.get(p.getParentId()))).toList(), imported);
        Set<String> changed = new HashSet<>();
        plan.updated().forEach(u -> changed.add(u.imported().identifier()));
        int position = 0;
        int done = 0;
        for (ImportedProvision in : imported) {
            position++;
            UUID parentId = in.parentIdentifier() == null ? null : byIdentifier.get(in.parentIdentifier()).getId();
            String language = in.language() != null ? in.language() : instrument.getLanguage();
            Provision existing = byIdentifier.get(in.identifier());
            if (existing == null) {
                Provision p = new Provision(instrumentId, parentId, position, in.identifier(), in.number(), in.heading(),
                        in.text(), null, in.kind(), language, null);
                provisions.save(p);
                byIdentifier.put(in.identifier(), p);
            } else {
                existing.update(parentId, position, in.number(), in.heading(), in.text(), in.kind(), in.language());
            }
            if (++done % 250 == 0) {
                provisions.flush();
                progress.accept(0.95 * done / imported.size());
            }
        }
        Instant now = Instant.now();
        List<String> disappeared = new ArrayList<>();
        int orphanedMappings = 0;
        for (ProvisionReimport.ExistingProvision gone : plan.disappeared()) {
            Provision p = byIdentifier.get(gone.identifier());
            if (p.getRemovedAt() == null) {
                disappeared.add(p.getNumber() + (p.getHeading() == null ? "" : " " + p.getHeading()));
                orphanedMappings += mappingCount.applyAsLong(p.getId());
            }
            p.markRemoved(now);
        }
        instrument.learnAknIri(aknWorkIri);
        provisions.flush();
        progress.accept(1.0);
        events.publishEvent(new ProvisionsChanged(instrumentId));
        audit.record(AuditEntry.of(AuditKind.PROVISIONS_IMPORTED, "instrument", instrumentId, instrument.getCode())
                .after("added", plan.added().size(), "updated", plan.updated().size(), "unchanged", plan.unchanged(),
                        "removed", disappeared.size(), "mappingsOnRemoved", orphanedMappings));
        return new ProvisionImport(plan.added().size(), plan.updated().size(), plan.unchanged(), disappeared, orphanedMappings);
    }

    @PreAuthorize("isAuthenticated()")
    public List<InstrumentSummary> instruments() {
        return instruments.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing(InstrumentSummary::jurisdiction).thenComparing(InstrumentSummary::code))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public InstrumentSummary instrument(UUID instrumentId) {
        return summary(instruments.findById(instrumentId).orElseThrow(() -> new NotFoundException("Instrument", instrumentId)));
    }

    /** The instrument's provisions in document order (parents before children), with depth; removed ones last-known. */
    @PreAuthorize("isAuthenticated()")
    public List<ProvisionView> provisions(UUID instrumentId, boolean includeRemoved) {
        instruments.findById(instrumentId).orElseThrow(() -> new NotFoundException("Instrument", instrumentId));
        List<Provision> all = provisions.findByInstrumentIdOrderByPosition(instrumentId);
        Map<UUID, List<Provision>> children = new HashMap<>();
        for (Provision p : all) {
            children.computeIfAbsent(p.getParentId(), k -> new ArrayList<>()).add(p);
        }
        List<ProvisionView> out = new ArrayList<>(all.size());
        walk(children, null, 0, includeRemoved, out);
        return out;
    }

    private static void walk(Map<UUID, List<Provision>> children, UUID parent, int depth, boolean includeRemoved,
                             List<ProvisionView> out) {
        for (Provision p : children.getOrDefault(parent, List.of())) {
            if (p.getRemovedAt() != null && !includeRemoved) {
                continue;
            }
            out.add(view(p, depth));
            walk(children, p.getId(), depth + 1, includeRemoved, out);
        }
    }

    static ProvisionView view(Provision p, int depth) {
        return new ProvisionView(p.getId(), p.getInstrumentId(), p.getParentId(), p.getIdentifier(), p.getNumber(),
                p.getHeading(), p.getText(), p.getSummary(), p.getKind(), p.getLanguage(), p.getUrl(), depth,
                p.getRemovedAt() != null);
    }

    private InstrumentSummary summary(LegalInstrument i) {
        return new InstrumentSummary(i.getId(), i.getCode(), i.getJurisdiction(), i.getJurisdictionKind(),
                i.getJurisdictionName(), i.getTitle(), i.getShortTitle(), i.getType(), i.getBindingNature(),
                i.getStatus(), i.getAdopted(), i.getInForce(), i.getRepealed(), i.getEli(), i.getAknIri(), i.getUrn(),
                i.getUrl(), i.getLanguage(), provisions.countByInstrumentIdAndRemovedAtIsNull(i.getId()));
    }
}
