package org.accord.crosswalk;

import java.time.LocalDate;
import java.util.UUID;

public record InstrumentSummary(UUID id, String code, String jurisdiction, JurisdictionKind jurisdictionKind,
                                String jurisdictionName, String title, String shortTitle, InstrumentType type,
                                BindingNature bindingNature, InstrumentStatus status, LocalDate adopted,
                                LocalDate inForce, LocalDate repealed, String eli, String aknIri, String urn, String url,
                                String language, long provisionCount) {

    /** "EU AI Act" or the code when there is no short title. */
    public String label() {
        return shortTitle == null || shortTitle.isBlank() ? code : shortTitle;
    }

    /** The identifier a reader can follow: ELI first, then the URL, the Akoma Ntoso IRI, the URN. */
    public String link() {
        for (String s : new String[]{eli, url, aknIri, urn}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }
}
