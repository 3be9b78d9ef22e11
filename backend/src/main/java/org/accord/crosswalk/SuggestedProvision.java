package org.accord.crosswalk;

/** A provision whose text resembles a clause's; {@code score} is the search engine's relevance (BM25), not a strength. */
public record SuggestedProvision(ProvisionRef provision, String instrumentLabel, float score) {
}
