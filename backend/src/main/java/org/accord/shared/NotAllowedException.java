package org.accord.shared;

import org.springframework.security.access.AccessDeniedException;

/** The caller may not do this; an {@link AccessDeniedException} (403) whose reason reads in the user's language. */
public class NotAllowedException extends AccessDeniedException implements LocalisedMessage {
    private final transient Problem problem;

    /** {@code key} names the reason in {@code i18n/problems.properties}; {@code args} fill its placeholders. */
    public NotAllowedException(String key, Object... args) {
        this(Problem.of(key, args));
    }

    private NotAllowedException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
