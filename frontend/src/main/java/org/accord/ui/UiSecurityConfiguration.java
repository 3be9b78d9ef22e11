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
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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
                                // the light pages: plain HTML, same session and permissions as the views
                                .requestMatchers("/lite/sign-in", "/lite/choose").permitAll()
                                .requestMatchers("/lite", "/lite/**").authenticated())
                // a signed-out person asking for a light page signs in on the light form, not on Vaadin's page
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/lite/sign-in"),
                        PathPatternRequestMatcher.withDefaults().matcher("/lite/**")))
                .headers(h -> SecurityHeaders.apply(h, request -> LightPages.isLight(request.getRequestURI())
                        ? SecurityHeaders.PLAIN_HTML_CSP : vaadinPolicy(ssoUrl)))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class);
                    if (logout != null) {
                        vaadin.logoutSuccessHandler(logout); // ends the Keycloak session too
                    }
                });
        return http.build();
    }

    /** The remembered choice of the light or full version, honoured before Spring Security and Vaadin see the request. */
    @Bean
    FilterRegistrationBean<LightChoiceFilter> lightChoiceFilter() {
        FilterRegistrationBean<LightChoiceFilter> registration = new FilterRegistrationBean<>(new LightChoiceFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
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
