package org.accord.crosswalk;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds provisions whose words resemble a clause's. The search module implements it over its index, so crosswalk
 * suggestions come from the same index people search, and crosswalk does not depend on search.
 */
public interface ProvisionMatcher {

    /**
     * ISO drafting verbal forms and the generic subject of requirements. They fill every clause and say nothing about
     * its topic, yet are rare in legal summaries, so without this they would look significant.
     */
    Set<String> DRAFTING_WORDS = Set.of(
            "shall", "should", "may", "can", "must", "need", "needs", "organisation", "organisations",
            "organization", "organizations", "clause", "annex", "including", "include", "includes");

    /**
     * Current provisions most like a clause, best first.
     *
     * @param exclude provisions not to return (those already mapped)
     * @throws org.accord.shared.UnavailableException when the index cannot be reached
     */
    List<Match> similar(String clauseTitle, String clauseText, int limit, Set<UUID> exclude);

    /** {@code score}: comparable only within one answer. */
    record Match(UUID provisionId, float score) {
    }
}
