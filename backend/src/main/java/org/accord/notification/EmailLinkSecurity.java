package org.accord.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The email-link pages need no sign-in: the signed token in the link is the credential (and, being secret to the
 * recipient, stands in for a CSRF token on their POSTs, which mail clients send without a session for one-click
 * unsubscribe). No session is created.
 */
@Configuration(proxyBeanMethods = false)
class EmailLinkSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain emailLinks(HttpSecurity http) throws Exception {
        http.securityMatcher("/email/preferences", "/email/unsubscribe")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable());
        return http.build();
    }
}
