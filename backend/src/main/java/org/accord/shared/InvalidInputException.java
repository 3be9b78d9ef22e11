package org.accord.shared;

import java.util.List;
import java.util.Locale;

/**
 * Input that breaks a domain rule. The message is a {@link Problem} (a key in {@code i18n/problems*.properties}), so it
 * reads in the user's language; {@code getMessage()} is the English text. Itemised {@code details} are problems too,
 * or plain text where it comes from elsewhere (a parser's own words).
 */
public class InvalidInputException extends RuntimeException implements LocalisedMessage {
    private final transient Problem problem;
    private final transient List<Object> details;

    /** {@code key} names the message in {@code i18n/problems.properties}; {@code args} fill its placeholders. */
    public InvalidInputException(String key, Object... args) {
        this(Problem.of(key, args), List.of());
    }

    /** Each detail is a {@link Problem} or, when its words are not ours, a string shown as is. */
    public InvalidInputException(Problem problem, List<?> details) {
        super(problem.english());
        this.problem = problem;
        this.details = List.copyOf(details);
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** The itemised problems in English. */
    public List<String> details() {
        return details(Locale.ENGLISH);
    }

    public List<String> details(Locale locale) {
        return details.stream().map(d -> d instanceof Problem p ? p.message(locale) : String.valueOf(d)).toList();
    }
}
