package org.accord.crosswalk;

import java.util.UUID;

/** A provision named with its instrument: "EU-AIA Art. 9 Risk management system". */
public record ProvisionRef(UUID id, UUID instrumentId, String instrumentCode, String identifier, String number,
                           String heading) {
    public String label() {
        return heading == null || heading.isBlank() ? number : number + " " + heading;
    }
}
