package org.accord.shared;

/** Input that breaks a domain rule; the message is shown to the user as is. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
