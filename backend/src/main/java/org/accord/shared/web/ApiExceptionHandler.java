package org.accord.shared.web;

import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Problem;
import org.accord.shared.UnavailableException;
import org.accord.shared.db.DatabaseUnavailable;
import jakarta.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.Locale;

/**
 * Domain failures become RFC 9457 problem details with a message a person can act on, in the language the request's
 * {@code Accept-Language} prefers among English, French, Spanish and Arabic (English otherwise).
 */
@RestControllerAdvice(basePackages = "org.accord")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, WebRequest request) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.message(language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, WebRequest request) {
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.message(language));
        if (!e.details().isEmpty()) {
            pd.setProperty("errors", e.details(language));
        }
        return pd;
    }

    /** The best of our languages for an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8" → French); English if none. */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Problem.LANGUAGES);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    @ExceptionHandler(UnavailableException.class)
    ProblemDetail unavailable(UnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /**
     * PostgreSQL down or restarting: 503 with a retry hint instead of a stack-trace 500. Data-access failures of any
     * other kind are not ours to explain and go on to the default handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> databaseFailure(RuntimeException e) {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE));
    }

    /** A body that does not parse, or a field of the wrong type (e.g. "min": "three"), names the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, WebRequest request) {
        Problem detail = Problem.of("shared.body.unreadable");
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (var ref : d.getPath()) {
                if (ref.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            detail = Problem.of("shared.body.field-type", field.toString());
        } else if (e.getCause() != null) {
            detail = Problem.of("shared.body.not-json");
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail.message(language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
