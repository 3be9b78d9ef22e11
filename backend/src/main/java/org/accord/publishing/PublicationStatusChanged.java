package org.accord.publishing;

import java.util.UUID;

/**
 * Published in the transaction that withdraws or supersedes a publication, so what shows its status (the search
 * index) is brought up to date with it.
 */
public record PublicationStatusChanged(UUID id) {
}
