package org.accord.shared;

/** A service this request needs (e.g. the search index) cannot be reached just now; trying later may work. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
