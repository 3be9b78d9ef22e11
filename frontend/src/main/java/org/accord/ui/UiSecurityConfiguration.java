package org.accord.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.accord.identity.SingleSignOnWeb;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The browser chain: Vaadin views, denied unless a view opens itself with an annotation. */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http, SingleSignOnWeb sso) throws Exception {
        sso.configure(http); // Keycloak sign-in beside local accounts, when configured
        LogoutSuccessHandler logout = sso.logoutSuccessHandler();
        http.authorizeHttpRequests(auth -> // /error must stay open: the API chain's 401 is rendered there and must not turn into a login redirect.
                        auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/error").permitAll()
                                // the light reader: plain pages, same session and permissions as the views
                                .requestMatchers("/lite/**").authenticated())
                .headers(h -> h
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class);
                    if (logout != null) {
                        vaadin.logoutSuccessHandler(logout); // ends the Keycloak session too
                    }
                });
        return http.build();
    }
}
