package id.anjungan.server.console;

import com.sun.net.httpserver.HttpServer;
import id.anjungan.server.account.AccountService;
import id.anjungan.server.account.Role;
import id.anjungan.server.audit.Actor;
import id.anjungan.server.feed.FeedFixtures;
import id.anjungan.server.testing.RunningServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real server on the feed fixtures' day (10 July 2025) with their reference data, one account per
 * role (staff of the Batang centre; two employers), and a loopback web site serving feed files as an
 * employer's or a labour office's site would. Feeds may be fetched from loopback unless told otherwise.
 */
final class FeedConsoleFixture implements AutoCloseable {
    final TestClock clock = new TestClock(FeedFixtures.CLOCK.instant());
    final RunningServer running;
    final Map<String, String> passwords = new HashMap<>();
    /** What the site serves, by path; change it to change a feed between a preview and a run. */
    final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final HttpServer site;

    FeedConsoleFixture(Path folder, boolean allowPrivateFeeds) {
        running = allowPrivateFeeds ? RunningServer.emptyAllowingPrivateFeeds(folder, clock) : RunningServer.empty(folder, clock);
        try {
            FeedFixtures.seed(running.server());
            account("kepala", Role.ADMIN, null, null);
            account("staf.batang", Role.CENTRE_STAFF, FeedFixtures.CENTRE, null);
            account("hrd.sepatu", Role.EMPLOYER, null, FeedFixtures.SEPATU);
            account("hrd.logam", Role.EMPLOYER, null, FeedFixtures.LOGAM);
            site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            site.createContext("/", exchange -> {
                byte[] body = served.get(exchange.getRequestURI().getPath());
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            site.start();
        } catch (IOException e) {
            running.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        served.put("/lowongan.csv", FeedFixtures.bytes("lowongan-blk-batang.csv"));
        served.put("/karier", FeedFixtures.bytes("lowongan.html"));
    }

    private void account(String username, Role role, String centre, String employer) {
        AccountService.Created created = running.server().console().accounts().create(Actor.system(),
                new AccountService.NewAccount(username, "Akun " + username, role, centre, employer));
        passwords.put(username, created.password());
    }

    ConsoleClient signedIn(String username) {
        ConsoleClient client = new ConsoleClient(running);
        var response = client.signIn(username, passwords.get(username));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode());
        }
        return client;
    }

    String siteUrl(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    String url(String path) {
        return running.uri(path).toString();
    }

    /** The fixture's JSON with one broken row: the second object's trade is one no centre teaches. */
    static byte[] jsonWithABrokenRow() {
        return new String(FeedFixtures.bytes("lowongan.json"), StandardCharsets.UTF_8)
                .replace("\"Kejuruan\": \"Menjahit\"", "\"Kejuruan\": \"Tukang Sulam\"").getBytes(StandardCharsets.UTF_8);
    }

    /** The fixture's JobPostings with one broken posting: the second has a deadline that does not exist. */
    static byte[] jsonLdWithABrokenPosting() {
        return new String(FeedFixtures.bytes("jobpostings.jsonld"), StandardCharsets.UTF_8)
                .replace("\"validThrough\": \"2025-07-31\"", "\"validThrough\": \"2025-02-31\"").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            site.stop(0);
        } finally {
            running.close();
        }
    }
}
