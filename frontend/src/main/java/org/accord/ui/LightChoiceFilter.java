package org.accord.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Runs before Spring Security and before any Vaadin HTML: a person who chose the light version ({@code accord-view=light})
 * and opens the dashboard, the sign-in page or a draft gets a 302 to its light page. Sign-in and sign-out posted from a
 * light page ({@code lite=1}) go to Spring Security's own endpoints; their redirects (saved page, failure, signed out)
 * are turned toward the light pages here, so the form needs no second login mechanism.
 */
class LightChoiceFilter extends OncePerRequestFilter {

    /** The marker field of the light sign-in and sign-out forms. */
    static final String LIGHT_FORM = "lite";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && LightPaths.LIGHT.equals(choice(request))) {
            Optional<String> light = LightPaths.lightEquivalent(path, request.getQueryString());
            if (light.isPresent()) {
                response.sendRedirect(request.getContextPath() + light.get());
                return;
            }
        }
        if ("POST".equals(request.getMethod()) && request.getParameter(LIGHT_FORM) != null
                && (path.equals("/login") || path.equals("/logout"))) {
            boolean signOut = path.equals("/logout");
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    if (signOut && !location.contains("://")) {
                        super.sendRedirect(request.getContextPath() + "/lite/sign-in?signed-out");
                    } else if (signOut) {
                        super.sendRedirect(location); // the identity provider's end-session page
                    } else {
                        super.sendRedirect(request.getContextPath() + LightPaths.afterLightSignIn(location));
                    }
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    static String choice(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (LightPaths.COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
