package org.accord.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accord.shared.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's answer when sign-in fails: a 401 Basic challenge, except when the account could not even be looked up
 * because the database is unreachable. That is 503, so a client retries instead of believing its password wrong.
 */
final class DatabaseAwareEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwareEntryPoint.class);

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    DatabaseAwareEntryPoint() {
        basic.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof org.accord.identity.SingleSignOnRequiredException) {
            // The password was right, so saying why is no leak; the client needs to know to switch to a bearer token.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problem(response, 401, "Unauthorized", e.getMessage());
            return;
        }
        if (!DatabaseUnavailable.causedBy(e)) {
            if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED); // as Spring's default: no browser login prompt
            } else {
                basic.commence(request, response, e);
            }
            return;
        }
        log.warn("Sign-in not checked, database unavailable: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        problem(response, 503, "Service Unavailable", DatabaseUnavailable.MESSAGE);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
