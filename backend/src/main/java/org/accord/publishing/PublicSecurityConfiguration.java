package org.accord.publishing;

import org.accord.shared.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Published standards are public: the reader pages, the feed and the read-only publication API need no sign-in,
 * keep no session, and accept only GET and HEAD.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain publicReading(HttpSecurity http) throws Exception {
        http.securityMatcher("/standards", "/standards/**", "/feeds/**", "/api/v1/publications", "/api/v1/publications/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> SecurityHeaders.apply(h, request -> request.getRequestURI().startsWith("/api/")
                        && !request.getRequestURI().contains("/formats/") ? SecurityHeaders.API_CSP : SecurityHeaders.PLAIN_HTML_CSP))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable());
        return http.build();
    }
}
