package org.accord.commenting.template;

import org.accord.shared.InvalidInputException;
import org.accord.shared.Problem;

import java.util.List;

/**
 * The whole file was refused: nothing of it was imported. The message says why, is meant for
 * the person who uploaded the file, and ends with "Nothing was imported."
 */
public class TemplateRejectedException extends InvalidInputException {

    /** {@code why} names the reason in {@code i18n/problems.properties}; the message adds "Nothing was imported." */
    public TemplateRejectedException(String why, Object... args) {
        super(Problem.of("commenting.template.rejected", Problem.of(why, args)), List.of());
    }
}
