package id.anjungan.server.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Tells addresses on the public internet from the ones a feed address must not lead to: loopback,
 * private, link-local, carrier-grade NAT, unique-local, multicast, "this network" and reserved ranges,
 * also when an IPv6 address carries one of them as an embedded IPv4 address.
 */
final class PublicAddresses {
    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return false; // fc00::/7 unique local
            }
            if (first == 0xFE && (b[1] & 0xC0) == 0xC0) {
                return false; // fec0::/10 old site-local
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
            boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
            boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
            if (mapped || compatible || nat64) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        return !(a0 == 0                                  // 0.0.0.0/8 "this network"
                || a0 == 10                               // 10/8
                || a0 == 127                              // loopback
                || a0 == 100 && (a1 & 0xC0) == 64         // 100.64/10 carrier-grade NAT
                || a0 == 169 && a1 == 254                 // link-local, cloud metadata
                || a0 == 172 && (a1 & 0xF0) == 16         // 172.16/12
                || a0 == 192 && a1 == 168                 // 192.168/16
                || a0 == 192 && a1 == 0 && (b[2] & 0xFF) == 0 // 192.0.0/24 protocol assignments
                || a0 == 198 && (a1 & 0xFE) == 18         // 198.18/15 benchmarking
                || a0 >= 224);                            // multicast, reserved, broadcast
    }
}
