package org.accord.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which light page stands for which page of the full application, and back; the person's choice between them is the
 * {@value #COOKIE} cookie ({@value #LIGHT} or {@value #FULL}). Framework-free so the mapping is tested on its own; the
 * same mapping runs in the browser as {@link #BOOTSTRAP_SCRIPT}.
 */
final class LightPaths {

    static final String COOKIE = "accord-view";
    static final String LIGHT = "light";
    static final String FULL = "full";
    /** A year: the choice is a preference, not a secret, and outlives the session. */
    static final int COOKIE_MAX_AGE = 365 * 24 * 3600;

    private static final Pattern DRAFT = Pattern.compile("^/drafts/([0-9a-fA-F-]{36})(?:/clauses/([0-9a-fA-F-]{36}))?/?$");
    private static final Pattern LITE_DRAFT = Pattern.compile("^/lite/drafts/([0-9a-fA-F-]{36})/?$");

    /**
     * Runs first in the full application's page, before the Vaadin bundle is requested: on a connection the browser
     * rates 3g or slower, unless the person chose the full version, it stops loading and opens the light equivalent.
     * Chromium sets {@code navigator.connection.effectiveType} from DevTools' throttling too (Slow 3G reads "2g", Fast
     * 3G "3g"), which is how the browser tests prove it; the ECT client hint of a navigation does not follow throttling.
     */
    static final String BOOTSTRAP_SCRIPT = "(function(){try{var c=navigator.connection,e=c&&c.effectiveType;"
            + "if(!/^(slow-2g|2g|3g)$/.test(e||'')||/(^|;\\s*)" + COOKIE + "=" + FULL + "(;|$)/.test(document.cookie))return;"
            + "var p=location.pathname,m=/^\\/drafts\\/([0-9a-fA-F-]{36})(?:\\/clauses\\/([0-9a-fA-F-]{36}))?\\/?$/.exec(p),"
            + "t=p==='/'?'/lite':p==='/login'?'/lite/sign-in'+location.search"
            + ":m?'/lite/drafts/'+m[1]+(m[2]?'#c-'+m[2]:''):null;"
            + "if(t){window.stop();location.replace(t)}}catch(x){}})();";

    private LightPaths() {
    }

    /** The light page for a page of the full application ("/drafts/{id}" → "/lite/drafts/{id}"), if there is one. */
    static Optional<String> lightEquivalent(String path, String query) {
        if (path == null) {
            return Optional.empty();
        }
        String q = query == null || query.isEmpty() ? "" : "?" + query;
        if (path.equals("/") || path.isEmpty()) {
            return Optional.of("/lite");
        }
        if (path.equals("/login")) {
            return Optional.of("/lite/sign-in" + q);
        }
        Matcher m = DRAFT.matcher(path);
        if (m.matches()) {
            return Optional.of("/lite/drafts/" + m.group(1) + (m.group(2) == null ? "" : "#c-" + m.group(2)));
        }
        return Optional.empty();
    }

    /** The full application's page for a light page ("/lite/drafts/{id}" → "/drafts/{id}"); the dashboard otherwise. */
    static String fullEquivalent(String path) {
        if (path == null) {
            return "/";
        }
        if (path.equals("/lite/sign-in")) {
            return "/login";
        }
        Matcher m = LITE_DRAFT.matcher(path);
        return m.matches() ? "/drafts/" + m.group(1) : "/";
    }

    /** A redirect target that stays on this site: a path starting with one slash, no scheme, no backslash tricks. */
    static String localTarget(String next, String fallback) {
        if (next == null || next.isEmpty() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return fallback;
        }
        return next;
    }

    /**
     * Where a sign-in, sign-out or sign-in failure that started on a light page continues: light pages stay as they
     * are, pages of the full application go to their light equivalent, a failed sign-in back to the light form.
     */
    static String afterLightSignIn(String location) {
        String path = location;
        String query = "";
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q + 1);
            path = path.substring(0, q);
        }
        if (path.equals("/lite") || path.startsWith("/lite/")) {
            return localTarget(path + (query.isEmpty() ? "" : "?" + query), "/lite");
        }
        return lightEquivalent(path, query).orElse("/lite");
    }
}
