package org.accord.crosswalk;

/**
 * A provision. {@code identifier} is stable within the instrument (an Akoma Ntoso eId, or the number) and is what
 * a re-import matches on. Text is optional: some texts may not be stored, a summary or link suffices.
 */
public record NewProvision(String identifier, String number, String heading, String text, String summary,
                           String kind, String language, String url) {

    public static NewProvision of(String number, String heading, String text, String summary) {
        return new NewProvision(null, number, heading, text, summary, null, null, null);
    }
}
