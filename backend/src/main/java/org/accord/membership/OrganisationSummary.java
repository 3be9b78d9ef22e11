package org.accord.membership;

import java.util.UUID;

/** {@code stakeholderGroup} is the group's code; {@code unRegionalGroup} null when the country is in none. */
public record OrganisationSummary(UUID id, String code, String name, String stakeholderGroup,
                                  String country, boolean globalMajority, UnRegionalGroup unRegionalGroup) {
}
