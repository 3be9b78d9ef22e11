package org.accord.drafting;

import java.time.Instant;

public record RevisionInfo(int revisionNo, String title, String body, String author, Instant createdAt, String message) {
}
