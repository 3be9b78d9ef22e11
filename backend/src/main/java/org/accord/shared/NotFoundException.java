package org.accord.shared;

/** A requested domain object does not exist (or the caller may not know it exists). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
