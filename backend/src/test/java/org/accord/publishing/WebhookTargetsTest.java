package org.accord.publishing;

import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTargetsTest {

    /** A DNS that knows a few names; everything else is unknown. */
    static InetAddress[] dns(String host) throws UnknownHostException {
        Map<String, String> names = Map.of("hooks.example.org", "93.184.215.14", "metadata.attacker.test", "169.254.169.254",
                "rebind.attacker.test", "10.0.0.7");
        String ip = names.get(host);
        if (ip == null) {
            return InetAddress.getAllByName(host); // IP literals parse without a look-up
        }
        return new InetAddress[]{InetAddress.getByName(ip)};
    }

    final WebhookTargets strict = new WebhookTargets(false, WebhookTargetsTest::dns);

    @Test
    void publicAddressesAreAccepted() {
        assertThat(strict.checkSubscription("https://hooks.example.org/accord")).hasHost("hooks.example.org");
        assertThat(strict.checkSubscription("http://93.184.215.14:8443/x")).hasPort(8443);
    }

    @Test
    void thisServersNetworkIsRefusedWithAMessage() {
        for (String url : new String[]{"http://127.0.0.1:8080/api/v1/drafts", "http://localhost/", "http://LOCALHOST./",
                "http://[::1]/", "http://0.0.0.0/", "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/",
                "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://metadata.attacker.test/"}) {
            assertThatThrownBy(() -> strict.checkSubscription(url)).as(url).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("own network");
        }
    }

    @Test
    void otherSchemesAndCredentialsAreRefused() {
        for (String url : new String[]{"file:///etc/passwd", "gopher://hooks.example.org/", "ftp://hooks.example.org/",
                "https://user:pw@hooks.example.org/", "not a url", ""}) {
            assertThatThrownBy(() -> strict.checkSubscription(url)).as(url).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aNameThatNowResolvesInsideIsRefusedAtDelivery() {
        // DNS rebinding: accepted while unresolvable, refused when it later points inside
        WebhookTargets later = new WebhookTargets(false, host -> dns(host.replace("unknown", "rebind")));
        URI uri = strict.checkSubscription("https://unknown.attacker.test/hook");
        assertThatThrownBy(() -> later.checkDelivery(uri)).isInstanceOf(InvalidInputException.class).hasMessageContaining("10.0.0.7");
    }

    @Test
    void aDeploymentMayAllowItsOwnNetwork() throws Exception {
        WebhookTargets open = new WebhookTargets(true, WebhookTargetsTest::dns);
        assertThat(open.checkSubscription("http://127.0.0.1:9000/hook")).hasPort(9000);
        open.checkDelivery(URI.create("http://10.0.0.7/"));
    }
}
