package org.accord.publishing;

import org.accord.shared.InvalidInputException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where webhooks may be posted: public http(s) addresses only, so a subscription cannot make this server call into
 * its own network (loopback, private, link-local such as cloud metadata at 169.254.169.254, unique-local, CGNAT).
 * Checked when subscribing and again, after a fresh DNS look-up, before every delivery. A deployment whose
 * subscribers sit on its own network sets {@code accord.webhooks.allow-private-targets=true}.
 */
public final class WebhookTargets {

    /** Looks a host name up; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public WebhookTargets(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** A subscription's URL, refused with a message when it is not http(s) or names this server's network. */
    public URI checkSubscription(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("publishing.webhook.not-a-url", url);
        }
        if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new InvalidInputException("publishing.webhook.url-shape");
        }
        try {
            refusePrivate(uri);
        } catch (UnknownHostException e) {
            // Not resolvable from here now (yet): accepted; every delivery resolves and checks again.
        }
        return uri;
    }

    /** Before a delivery: the host resolved now must still be public (DNS may have changed since subscribing). */
    public void checkDelivery(URI uri) throws UnknownHostException {
        refusePrivate(uri);
    }

    private void refusePrivate(URI uri) throws UnknownHostException {
        if (allowPrivate) {
            return;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // "localhost." is localhost
        }
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            throw new InvalidInputException("publishing.webhook.internal", host);
        }
        for (InetAddress address : resolver.resolve(host)) {
            if (isInternal(address)) {
                throw new InvalidInputException("publishing.webhook.internal-address", host, address.getHostAddress());
            }
        }
    }

    /** Loopback, unspecified, private (RFC 1918), link-local, multicast, CGNAT (RFC 6598), unique-local IPv6, and IPv4 inside IPv6. */
    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19));
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            boolean v4Mapped = true; // ::ffff:a.b.c.d and the deprecated ::a.b.c.d
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
