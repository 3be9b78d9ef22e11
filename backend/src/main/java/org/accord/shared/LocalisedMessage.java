package org.accord.shared;

import java.util.Locale;

/** A failure whose message can be read in the user's language; {@code getMessage()} stays English for logs. */
public interface LocalisedMessage {

    Problem problem();

    default String message(Locale locale) {
        return problem().message(locale);
    }
}
