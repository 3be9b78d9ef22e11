package org.accord.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as the secretariat sees it. {@code attributes} are the labels quotas can count;
 * {@code ineligible} says why the person cannot be seated (e.g. term limit), null if eligible.
 */
public record SeatApplicationView(UUID id, UUID userId, String name, String organisation, String country,
                                  List<String> stakeholderGroups, List<String> attributes, String statement,
                                  Integer rank, Instant submittedAt, int termsServed, String ineligible,
                                  boolean seated) {
}
