package org.accord.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A Basic-auth client whose account could not be looked up (database down) is told to retry, not that its password is wrong. */
class DatabaseAwareEntryPointTest {

    private final DatabaseAwareEntryPoint entryPoint = new DatabaseAwareEntryPoint();

    @Test
    void databaseDownDuringSignInIs503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        entryPoint.commence(new MockHttpServletRequest("GET", "/api/v1/drafts"), response,
                new InternalAuthenticationServiceException("Sign-in throttle unavailable", new CannotCreateTransactionException("no connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentAsString()).contains("The database cannot be reached");
    }

    @Test
    void aWrongPasswordIsStillA401Challenge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        entryPoint.commence(new MockHttpServletRequest("GET", "/api/v1/drafts"), response, new BadCredentialsException("Bad credentials"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aScriptedBrowserRequestGetsNoLoginPrompt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/drafts");
        request.addHeader("X-Requested-With", "XMLHttpRequest");
        MockHttpServletResponse response = new MockHttpServletResponse();
        entryPoint.commence(request, response, new BadCredentialsException("Bad credentials"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
    }
}
