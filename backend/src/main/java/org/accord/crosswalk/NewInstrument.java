package org.accord.crosswalk;

import java.time.LocalDate;

/**
 * A legal or voluntary instrument. Identifiers: ELI (European Legislation Identifier), Akoma Ntoso FRBR work IRI,
 * a URN (e.g. urn:lex) or a plain URL; any may be absent.
 */
public record NewInstrument(String code, String jurisdiction, JurisdictionKind jurisdictionKind, String jurisdictionName,
                            String title, String shortTitle, InstrumentType type, BindingNature bindingNature,
                            InstrumentStatus status, LocalDate adopted, LocalDate inForce, LocalDate repealed,
                            String eli, String aknIri, String urn, String url, String language) {
}
