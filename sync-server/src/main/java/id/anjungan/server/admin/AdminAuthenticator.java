package id.anjungan.server.admin;

import id.anjungan.server.error.UnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Admin API calls carry the administrator token from the server's configuration. */
public final class AdminAuthenticator {
    private final byte[] adminToken;

    public AdminAuthenticator(String adminToken) {
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    public void check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("this call needs the administrator token");
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, adminToken)) {
            throw new UnauthorizedException("wrong administrator token");
        }
    }
}
