package org.accord.crosswalk.suggest;

import java.util.UUID;

/** A candidate provision for a clause; {@code score} is a BM25 score, comparable only within one answer. */
public record Suggestion(UUID provisionId, float score) {
}
