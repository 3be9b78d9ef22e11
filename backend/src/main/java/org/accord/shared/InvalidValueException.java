package org.accord.shared;

/**
 * A value a framework-free rule refuses, whose reason reads in the user's language. It is an
 * {@link IllegalArgumentException}, so the callers that collect such refusals (importers, forms) keep working.
 */
public class InvalidValueException extends IllegalArgumentException implements LocalisedMessage {
    private final transient Problem problem;

    /** {@code key} names the reason in {@code i18n/problems.properties}; {@code args} fill its placeholders. */
    public InvalidValueException(String key, Object... args) {
        this(Problem.of(key, args));
    }

    private InvalidValueException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
