package org.accord.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.accord.identity.SingleSignOnWeb;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.accord.shared.web.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;

/** The browser chain: Vaadin views, denied unless a view opens itself with an annotation. */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http, SingleSignOnWeb sso, @Value("${accord.sso.url:}") String ssoUrl) throws Exception {
        sso.configure(http); // Keycloak sign-in beside local accounts, when configured
        LogoutSuccessHandler logout = sso.logoutSuccessHandler();
        http.authorizeHttpRequests(auth -> // /error must stay open: the API chain's 401 is rendered there and must not turn into a login redirect.
                        auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/error").permitAll()
                                // the light reader: plain pages, same session and permissions as the views
                                .requestMatchers("/lite/**").authenticated())
                .headers(h -> SecurityHeaders.apply(h, request -> request.getRequestURI().startsWith("/lite/")
                        ? SecurityHeaders.PLAIN_HTML_CSP : vaadinPolicy(ssoUrl)))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class);
                    if (logout != null) {
                        vaadin.logoutSuccessHandler(logout); // ends the Keycloak session too
                    }
                });
        return http.build();
    }

    /**
     * Vaadin's client evaluates the server's JavaScript (new Function) and its bootstrap and components use inline
     * scripts and styles, so script and style need 'unsafe-inline' (and scripts 'unsafe-eval') until Vaadin supports
     * nonces for all of them; everything else is locked to this origin. Server-side rendering escapes all text.
     */
    static String vaadinPolicy(String ssoUrl) {
        String sso = ssoUrl == null || ssoUrl.isBlank() ? "" : " " + ssoUrl.strip();
        // Keycloak's origin also for connect and frames: signing out reaches its end-session endpoint from the page.
        return "default-src 'self'" + sso + "; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'" + sso + "; worker-src 'self' blob:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'" + sso + "; frame-ancestors 'none'";
    }
}
