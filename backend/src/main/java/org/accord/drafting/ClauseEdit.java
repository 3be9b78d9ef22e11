package org.accord.drafting;

/** An editor's save: the revision the edit started from, the new title and text, and why. */
public record ClauseEdit(int baseRevision, String title, String body, String message) {
}
