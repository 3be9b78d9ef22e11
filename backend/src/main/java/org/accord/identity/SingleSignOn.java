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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Single sign-on as the sign-in page and administrators see it: whether it is configured, whether the provider can be
 * reached now (probed in the background at most every {@link #PROBE_EVERY}), and whether local passwords are still accepted.
 */
@Service
public class SingleSignOn {

    static final String LOCAL_LOGIN = "local-login-enabled";
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);
    static final Duration FIRST_PROBE_WAIT = Duration.ofMillis(500);

    private final SsoProperties properties;
    private final PlatformSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long probedAt;
    private volatile boolean reachable;
    private CompletableFuture<Boolean> inFlight;

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

    /**
     * Whether the provider answered its discovery document lately. Never waits for a slow provider on the request
     * thread: a stale answer is renewed in the background (the page shows the last known state meanwhile); only the
     * very first call waits, at most {@link #FIRST_PROBE_WAIT}, and assumes the provider is up if it has no answer yet.
     */
    public boolean reachable() {
        if (!configured()) {
            return false;
        }
        long now = System.nanoTime();
        if (probedAt == 0 || now - probedAt > PROBE_EVERY.toNanos()) {
            CompletableFuture<Boolean> probe = probe();
            if (probedAt == 0) {
                try {
                    return probe.get(FIRST_PROBE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
        }
        return reachable;
    }

    /** The probe under way, or a new one; its answer is kept for {@link #PROBE_EVERY}. */
    private synchronized CompletableFuture<Boolean> probe() {
        if (inFlight != null && !inFlight.isDone()) {
            return inFlight;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        inFlight = http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200)
                .exceptionally(e -> false)
                .whenComplete((ok, e) -> {
                    reachable = Boolean.TRUE.equals(ok);
                    probedAt = System.nanoTime();
                });
        return inFlight;
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
