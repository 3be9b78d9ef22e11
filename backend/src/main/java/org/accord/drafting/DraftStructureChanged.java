package org.accord.drafting;

import java.util.UUID;

/** Published after clauses were added, moved or deleted, or the stage changed. */
public record DraftStructureChanged(UUID draftId, UUID actorId, String what) {
}
