package org.accord.membership;

import java.util.Set;
import java.util.UUID;

/** A seated member, as later ballot rounds snapshot their voters. {@code attributes} are quota attribute codes. */
public record SeatedMember(UUID userId, String name, UUID organisationId, String country, Set<String> attributes) {
}
