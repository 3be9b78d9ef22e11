package org.accord.commenting;

import java.util.UUID;

/** Comments of a draft were filed, edited, submitted, disposed or imported (published before commit). */
public record CommentsChanged(UUID draftId) {
}
