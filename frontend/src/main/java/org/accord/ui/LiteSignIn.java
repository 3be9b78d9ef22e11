package org.accord.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.accord.identity.IdentityService;
import org.accord.identity.SingleSignOn;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The light sign-in page and the choice between the light and the full version. The form posts to Spring Security's
 * own login processing URL (same accounts, same throttling, same session); {@link LightChoiceFilter} brings the person
 * back here on failure and on to the page they asked for on success.
 */
@Controller
class LiteSignIn {

    private final LightPages pages;
    private final SingleSignOn sso;

    LiteSignIn(LightPages pages, SingleSignOn sso) {
        this.pages = pages;
        this.sso = sso;
    }

    @GetMapping(value = "/lite/sign-in", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> signIn(HttpServletRequest request) {
        if (IdentityService.currentUser().isPresent()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/lite").build();
        }
        Locale locale = pages.locale(request);
        StringBuilder h = new StringBuilder(4096);
        pages.open(h, pages.t(locale, "login.title") + " · Accord", locale, request, false);
        h.append("<main id=\"main-content\"><h1>").append(LightPages.esc(pages.t(locale, "login.title"))).append("</h1><p class=\"hint\">")
                .append(LightPages.esc(pages.t(locale, "lite.sign-in.intro"))).append("</p>");
        String problem = problem(request, locale);
        if (problem != null) {
            h.append("<p class=\"error\" role=\"alert\">").append(LightPages.esc(problem)).append("</p>");
        }
        if (request.getParameter("signed-out") != null) {
            h.append("<p class=\"ok\" role=\"status\">").append(LightPages.esc(pages.t(locale, "lite.signed-out"))).append("</p>");
        }
        if (sso.configured()) {
            boolean reachable = sso.reachable();
            if (reachable) {
                h.append("<p><a href=\"").append(LightPages.esc(sso.loginPath())).append("\">")
                        .append(LightPages.esc(pages.t(locale, "login.sso", sso.providerName()))).append("</a></p>");
            } else {
                h.append("<p class=\"error\" role=\"alert\">").append(LightPages.esc(pages.t(locale,
                        sso.localLoginEnabled() ? "login.sso.unreachable.local" : "login.sso.unreachable.admins",
                        sso.providerName()))).append("</p>");
            }
            h.append("<p>").append(LightPages.esc(pages.t(locale, sso.localLoginEnabled() ? "login.or-local" : "login.admins")))
                    .append("</p>");
        }
        // Always offered, as on the Vaadin page: with local sign-in off, administrators still use it.
        h.append("<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"").append(LightChoiceFilter.LIGHT_FORM)
                .append("\" value=\"1\">").append(LightPages.csrfField(request))
                .append("<label for=\"username\">").append(LightPages.esc(pages.t(locale, "login.form.username")))
                .append("</label><input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" required dir=\"ltr\">")
                .append("<label for=\"password\">").append(LightPages.esc(pages.t(locale, "login.form.password")))
                .append("</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required dir=\"ltr\">")
                .append("<button type=\"submit\">").append(LightPages.esc(pages.t(locale, "login.form.submit"))).append("</button></form>");
        h.append("</main></body></html>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(h.toString());
    }

    /** Why the last attempt failed, told as the Vaadin page tells it; a lock (same for every name) says to wait. */
    private String problem(HttpServletRequest request, Locale locale) {
        if (request.getParameter("sso-error") != null) {
            return pages.t(locale, "login.sso.failed");
        }
        if (request.getParameter("error") == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        if (last instanceof LockedException) {
            return pages.t(locale, "lite.sign-in.locked");
        }
        if (last instanceof DisabledException && sso.configured()) {
            return pages.t(locale, "lite.sign-in.local-off", sso.providerName());
        }
        if (last instanceof InternalAuthenticationServiceException) {
            return pages.t(locale, "lite.sign-in.unavailable");
        }
        return pages.t(locale, "login.failed.message");
    }

    /**
     * Remembers the light or the full version ("Light version" / "Full version" links on both sides) and goes on to
     * {@code next}, a path on this site. The cookie is readable by the full version's first script, which must see
     * "full" to leave the person there on a slow connection.
     */
    @GetMapping("/lite/choose")
    ResponseEntity<Void> choose(@RequestParam(defaultValue = "") String view, @RequestParam(required = false) String next,
                                HttpServletRequest request) {
        String value = LightPaths.FULL.equals(view) ? LightPaths.FULL : LightPaths.LIGHT;
        String fallback = value.equals(LightPaths.FULL) ? "/" : "/lite";
        ResponseCookie cookie = ResponseCookie.from(LightPaths.COOKIE, value).path("/").maxAge(LightPaths.COOKIE_MAX_AGE)
                .sameSite("Lax").secure(request.isSecure()).build();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, LightPaths.localTarget(next, fallback)).cacheControl(CacheControl.noStore()).build();
    }
}
