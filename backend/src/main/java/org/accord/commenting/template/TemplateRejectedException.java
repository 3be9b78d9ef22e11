package org.accord.commenting.template;

import org.accord.shared.InvalidInputException;

/**
 * The whole file was refused: nothing of it was imported. The message says why, is meant for
 * the person who uploaded the file, and ends with "Nothing was imported."
 */
public class TemplateRejectedException extends InvalidInputException {

    public TemplateRejectedException(String message) {
        super(message);
    }
}
