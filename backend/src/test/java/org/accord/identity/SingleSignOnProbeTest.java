package org.accord.identity;

import org.accord.identity.internal.SsoProperties;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page asks whether Keycloak is reachable: a provider that never answers must not hold the page up. */
class SingleSignOnProbeTest {

    @Test
    void aProviderThatNeverAnswersDoesNotBlockTheSignInPage() throws Exception {
        List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accept = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (Exception closed) {
                    // test over
                }
            });
            SingleSignOn sso = new SingleSignOn(new SsoProperties("http://127.0.0.1:" + silent.getLocalPort(), null, null, null,
                    null, null), null, null);

            long start = System.nanoTime();
            assertThat(sso.reachable()).as("no answer yet: assumed up").isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SingleSignOn.FIRST_PROBE_WAIT.toMillis() + 400);

            Thread.sleep(3_500); // the probe's own timeout has passed
            start = System.nanoTime();
            assertThat(sso.reachable()).isFalse();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(50);
            accept.interrupt();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aProviderThatRefusesConnectionsIsReportedAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SingleSignOn sso = new SingleSignOn(new SsoProperties("http://127.0.0.1:" + port, null, null, null, null, null), null, null);
        long start = System.nanoTime();
        assertThat(sso.reachable()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SingleSignOn.FIRST_PROBE_WAIT.toMillis() + 400);
    }
}
