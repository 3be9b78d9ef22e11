package org.accord.identity;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.identity.internal.PlatformSettings;
import org.accord.identity.internal.SsoProperties;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Single sign-on as the sign-in page and administrators see it: whether it is configured, whether the provider can be
 * reached now (probed at most every {@link #PROBE_EVERY}), and whether local passwords are still accepted.
 */
@Service
public class SingleSignOn {

    static final String LOCAL_LOGIN = "local-login-enabled";
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);

    private final SsoProperties properties;
    private final PlatformSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long probedAt;
    private volatile boolean reachable;

    private final AuditTrail audit;

    SingleSignOn(SsoProperties properties, PlatformSettings settings, AuditTrail audit) {
        this.audit = audit;
        this.properties = properties;
        this.settings = settings;
    }

    public boolean configured() {
        return properties.enabled();
    }

    /** "Keycloak", or what the deployment calls its provider. */
    public String providerName() {
        return properties.providerName();
    }

    /** Where a browser starts the provider's sign-in. */
    public String loginPath() {
        return "/oauth2/authorization/" + SsoProperties.REGISTRATION_ID;
    }

    /** Whether the provider answered its discovery document lately. */
    public boolean reachable() {
        if (!configured()) {
            return false;
        }
        long now = System.nanoTime();
        if (probedAt == 0 || now - probedAt > PROBE_EVERY.toNanos()) {
            reachable = probe();
            probedAt = now;
        }
        return reachable;
    }

    private boolean probe() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(properties.issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether people may sign in with a local password. Always true without single sign-on; administrators may
     * always sign in locally, so a provider outage cannot lock everyone out.
     */
    public boolean localLoginEnabled() {
        return !configured() || settings.get(LOCAL_LOGIN).map(Boolean::parseBoolean).orElse(true);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @org.springframework.transaction.annotation.Transactional
    public void setLocalLoginEnabled(boolean enabled) {
        if (!enabled && !configured()) {
            throw new InvalidInputException("identity.local-sign-in.needs-sso");
        }
        boolean before = localLoginEnabled();
        settings.put(LOCAL_LOGIN, Boolean.toString(enabled), IdentityService.actorId());
        audit.record(AuditEntry.of(AuditKind.LOCAL_LOGIN_SETTING_CHANGED, "setting", LOCAL_LOGIN, "local sign-in")
                .before("enabled", before).after("enabled", enabled));
    }
}
