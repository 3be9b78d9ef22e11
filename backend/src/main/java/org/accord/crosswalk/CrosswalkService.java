package org.accord.crosswalk;

import org.accord.crosswalk.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.context.ApplicationEventPublisher;

import java.util.*;

/** Legal instruments and provisions: the module's public API. */
@Service
@Transactional(readOnly = true)
public class CrosswalkService {

    private final LegalInstruments instruments;
    private final Provisions provisions;

    private final ApplicationEventPublisher events;

    CrosswalkService(LegalInstruments instruments, Provisions provisions, ApplicationEventPublisher events) {
        this.instruments = instruments;
        this.provisions = provisions;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createInstrument(NewInstrument instrument) {
        if (instrument.code() == null || instrument.code().isBlank() || instrument.title() == null || instrument.title().isBlank()) {
            throw new InvalidInputException("An instrument needs a code and a title");
        }
        if (instrument.jurisdiction() == null || instrument.type() == null || instrument.bindingNature() == null
                || instrument.status() == null) {
            throw new InvalidInputException("Instrument " + instrument.code() + " needs jurisdiction, type, binding nature and status");
        }
        if (!instrument.jurisdiction().trim().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,3})?")) {
            throw new InvalidInputException("Jurisdiction '" + instrument.jurisdiction() + "' is not a code like EU, BR, "
                    + "US-CO (ISO 3166-2) or OECD");
        }
        if (instruments.findByCode(instrument.code().trim()).isPresent()) {
            throw new InvalidInputException("Instrument " + instrument.code() + " exists already");
        }
        return instruments.save(new LegalInstrument(instrument)).getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID addProvision(UUID instrumentId, UUID parentId, NewProvision provision) {
        instruments.findById(instrumentId).orElseThrow(() -> new NotFoundException("Instrument", instrumentId));
        if (provision.number() == null || provision.number().isBlank()) {
            throw new InvalidInputException("A provision needs a number");
        }
        if (parentId != null && provisions.findById(parentId).filter(p -> p.getInstrumentId().equals(instrumentId)).isEmpty()) {
            throw new NotFoundException("Provision", parentId);
        }
        String identifier = provision.identifier() == null || provision.identifier().isBlank()
                ? provision.number().trim() : provision.identifier().trim();
        if (provisions.findByInstrumentIdAndIdentifier(instrumentId, identifier).isPresent()) {
            throw new InvalidInputException("This instrument already has a provision with identifier " + identifier);
        }
        UUID id = provisions.save(new Provision(instrumentId, parentId, provisions.maxPosition(instrumentId) + 1,
                identifier, provision.number().trim(), provision.heading(), provision.text(), provision.summary(),
                provision.kind(), provision.language(), provision.url())).getId();
        events.publishEvent(new ProvisionsChanged(instrumentId));
        return id;
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
