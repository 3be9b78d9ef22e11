package org.accord.shared;

import java.util.List;

/** Input that breaks a domain rule; the message is shown to the user as is, with any itemised {@code details}. */
public class InvalidInputException extends RuntimeException {
    private final List<String> details;

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public InvalidInputException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
