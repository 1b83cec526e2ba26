package id.anjungan.server;

/**
 * Settings of vacancy feeds, part of {@link ServerConfig}.
 *
 * @param allowPrivateAddresses whether URL sources may point at loopback, private (10/8, 172.16/12,
 *     192.168/16, fc00::/7), link-local (169.254/16, fe80::/10) and other non-public addresses. Off by
 *     default: a feed address is typed by centre staff and employers, and the server must not become
 *     their way into the machines beside it (its own admin API, a cloud metadata service, the LAN).
 *     A deployment whose feeds live on its own LAN, and tests with a loopback web server, switch it on.
 */
public record FeedSettings(boolean allowPrivateAddresses) {
    public static FeedSettings defaults() {
        return new FeedSettings(false);
    }
}
