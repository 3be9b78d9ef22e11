package org.accord.identity.internal;

import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Configuration, provider reachability (probed at most every {@link #PROBE_EVERY}) and the local sign-in switch. */
@Component
public class SsoStatus {

    static final String LOCAL_LOGIN = "local-login-enabled";
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);

    private final SsoProperties properties;
    private final PlatformSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long probedAt;
    private volatile boolean reachable;

    SsoStatus(SsoProperties properties, PlatformSettings settings) {
        this.properties = properties;
        this.settings = settings;
    }

    public boolean configured() {
        return properties.enabled();
    }

    public String providerName() {
        return properties.providerName();
    }

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

    public boolean localLoginEnabled() {
        return !configured() || settings.get(LOCAL_LOGIN).map(Boolean::parseBoolean).orElse(true);
    }

    public void setLocalLoginEnabled(boolean enabled, UUID by) {
        settings.put(LOCAL_LOGIN, Boolean.toString(enabled), by);
    }
}
