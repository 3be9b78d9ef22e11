package org.accord.crosswalk;

/** A provision; its text is optional because some texts may not be stored, a summary or link suffices. */
public record NewProvision(String number, String heading, String text, String summary) {
}
