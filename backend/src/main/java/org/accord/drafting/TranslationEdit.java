package org.accord.drafting;

/**
 * A translation as the translator saves it. {@code sourceRevision} is the clause revision translated (null: the
 * current one); {@code version} is the translation's version the translator started from, 0 for a new translation:
 * a save over someone else's newer save is refused rather than silently overwriting it.
 */
public record TranslationEdit(String title, String text, TranslationStatus status, Integer sourceRevision, int version) {
}
