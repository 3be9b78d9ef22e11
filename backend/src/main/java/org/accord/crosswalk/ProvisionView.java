package org.accord.crosswalk;

import java.util.UUID;

/** A provision in its instrument's tree; {@code depth} 0 is top level. Removed ones vanished from a re-import. */
public record ProvisionView(UUID id, UUID instrumentId, UUID parentId, String identifier, String number,
                            String heading, String text, String summary, String kind, String language, String url,
                            int depth, boolean removed) {

    /** "Art. 9 Risk management system". */
    public String label() {
        return heading == null || heading.isBlank() ? number : number + " " + heading;
    }

    /** What the provision says, as far as we hold it: its text, else the summary. */
    public String body() {
        return text != null && !text.isBlank() ? text : summary;
    }
}
