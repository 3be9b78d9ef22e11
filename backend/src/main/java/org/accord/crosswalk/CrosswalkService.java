package org.accord.crosswalk;

import org.accord.crosswalk.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Legal instruments and provisions: the module's public API. */
@Service
@Transactional(readOnly = true)
public class CrosswalkService {

    private final LegalInstruments instruments;
    private final Provisions provisions;

    CrosswalkService(LegalInstruments instruments, Provisions provisions) {
        this.instruments = instruments;
        this.provisions = provisions;
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
        return provisions.save(new Provision(instrumentId, parentId, provisions.maxPosition(instrumentId) + 1,
                provision.number().trim(), provision.heading(), provision.text(), provision.summary())).getId();
    }

    @PreAuthorize("isAuthenticated()")
    public List<InstrumentSummary> instruments() {
        return instruments.findAll().stream().map(i -> new InstrumentSummary(i.getId(), i.getCode(), i.getJurisdiction(),
                        i.getJurisdictionName(), i.getTitle(), i.getShortTitle(), i.getType(), i.getBindingNature(),
                        i.getStatus(), i.getAdopted(), i.getIdentifier(), provisions.countByInstrumentId(i.getId())))
                .sorted(Comparator.comparing(InstrumentSummary::jurisdiction).thenComparing(InstrumentSummary::code))
                .toList();
    }
}
