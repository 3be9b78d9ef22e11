package org.accord.shared.web;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

/** The API's answer while PostgreSQL is down: a prompt 503 with a message and a retry hint, never a 500. */
class ApiExceptionHandlerTest {

    @RestController
    static class Failing {
        @GetMapping("/down")
        String down() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new JDBCConnectionException("Unable to acquire JDBC Connection",
                            new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")));
        }

        @GetMapping("/bug")
        String bug() {
            throw new DataIntegrityViolationException("duplicate key");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiExceptionHandler()).build();

    @Test
    void databaseUnreachableIs503WithAMessageAndRetryAfter() throws Exception {
        mvc.perform(get("/down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail").value("The database cannot be reached or is too busy at the moment; try again shortly."));
    }

    @Test
    void otherDataAccessFailuresAreNotDisguisedAsUnavailability() {
        assertThatThrownBy(() -> mvc.perform(get("/bug"))).hasRootCauseInstanceOf(DataIntegrityViolationException.class);
    }
}
