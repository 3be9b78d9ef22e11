package org.accord.membership;

import java.util.List;
import java.util.UUID;

/**
 * An application for a seat: on behalf of an organisation (optional), from a country (defaults to the organisation's),
 * speaking for one or more stakeholder groups (defaults to the organisation's), with a statement.
 */
public record NewSeatApplication(UUID organisationId, String country, List<String> stakeholderGroups,
                                 String statement) {
}
