package org.accord.shared;

import java.util.Locale;

/** A requested domain object does not exist (or the caller may not know it exists). */
public class NotFoundException extends RuntimeException implements LocalisedMessage {
    private final transient Problem problem;

    /** "Draft 12 not found": {@code what} names the kind of thing and picks the key {@code notFound.<what>}. */
    public NotFoundException(String what, Object id) {
        this(Problem.of(key(what), id));
    }

    public NotFoundException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** "Comment period" → {@code notFound.comment-period}. */
    public static String key(String what) {
        return "notFound." + what.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
