package org.accord.membership;

import java.util.UUID;

public record OrganisationSummary(UUID id, String code, String name, StakeholderGroup stakeholderGroup,
                                  String country, boolean globalMajority) {
}
