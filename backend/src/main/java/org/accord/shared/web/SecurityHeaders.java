package org.accord.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.util.function.Function;

/**
 * The response headers every filter chain sends (OWASP ASVS 14.4): a Content-Security-Policy per kind of page,
 * no framing, no MIME sniffing (Spring's default), a referrer without paths or queries for other sites, no powerful
 * browser features, and HSTS on HTTPS requests (Spring writes it only when the request is secure, i.e. behind a
 * TLS proxy with {@code server.forward-headers-strategy=native}).
 */
public final class SecurityHeaders {

    /** JSON and files: nothing in them may run, load or be framed. */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Published standards and the light reader: plain HTML, own style sheets and inline styles, no script at all. */
    public static final String PLAIN_HTML_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Swagger UI: its own scripts, no inline script. */
    public static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    /** Applies the common headers with the given policy. */
    public static void apply(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        apply(headers, request -> contentSecurityPolicy);
    }

    /** Applies the common headers with a policy chosen per request. */
    public static void apply(HeadersConfigurer<HttpSecurity> headers, Function<HttpServletRequest, String> contentSecurityPolicy) {
        // Written before the request is handled: Vaadin's page for a route commits its response past Spring's
        // on-commit hook, which left that page without any of these headers.
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.frameOptions(f -> f.deny())
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Content-Security-Policy")) {
                        response.setHeader("Content-Security-Policy", contentSecurityPolicy.apply(request));
                    }
                })
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
