package org.accord.shared.web;

import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.UnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Domain failures become RFC 9457 problem details with a message a person can act on. */
@RestControllerAdvice(basePackages = "org.accord")
class ApiExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        if (!e.details().isEmpty()) {
            pd.setProperty("errors", e.details());
        }
        return pd;
    }

    @ExceptionHandler(UnavailableException.class)
    ProblemDetail unavailable(UnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** A body that does not parse, or a field of the wrong type (e.g. "min": "three"), names the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = "The request body could not be read";
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (var ref : d.getPath()) {
                if (ref.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            detail = "Field '" + field + "' has a value of the wrong type or format";
        } else if (e.getCause() != null) {
            detail = "The request body is not valid JSON";
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }
}
