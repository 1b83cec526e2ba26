package id.anjungan.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The sync server as a separate process, as it is deployed: {@code java -Xmx384m -jar sync-server.jar} (the heap README recommends),
 * listening on 127.0.0.1 on a free port, its SQLite file in the benchmark's temporary folder, demo data
 * on, a random administrator token. Stopped (and waited for) on {@link #close}, and by a shutdown hook
 * if the harness is interrupted.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final URI base;
    private final String adminToken;
    private final Path log;
    private final Thread shutdownHook;

    /**
     * The README's recommended flags for many kiosks (BENCHMARKS.md, third round): the serial collector
     * with a small young generation keeps the RSS of 10,000 streams under 512 MiB where G1 grows its heap
     * to the cap. -Dbench.serverJvmArgs= (empty) runs the server with the JVM's defaults (G1).
     */
    public static final String DEFAULT_JVM_ARGS =
            "-XX:+UseSerialGC -Xmn64m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m";
    /** glibc's malloc keeps an arena per busy thread (up to 8 per core); two are plenty for the server. */
    public static final String DEFAULT_ENV = "MALLOC_ARENA_MAX=2";

    private static String serverEnv() {
        return System.getProperty("bench.serverEnv", DEFAULT_ENV);
    }

    private ServerProcess(Process process, URI base, String adminToken, Path log) {
        this.process = process;
        this.base = base;
        this.adminToken = adminToken;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "stop-sync-server");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The server jar: -Dbench.serverJar, else sync-server/target/sync-server.jar under the working folder. */
    public static Path defaultJar() {
        Path jar = Path.of(System.getProperty("bench.serverJar", "sync-server/target/sync-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar.toAbsolutePath()
                    + "; run from the repository root after 'mvn -B -DskipTests package', or pass -Dbench.serverJar=");
        }
        return jar;
    }

    public static ServerProcess start(Path folder, Path database) {
        int port = freePort();
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String adminToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path log = folder.resolve("sync-server.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(System.getProperty("bench.serverHeap", "-Xmx384m"));
        command.add("-Xlog:gc:file=" + folder.resolve("sync-server-gc.log").toAbsolutePath());
        command.addAll(Diagnostics.serverOptions());
        String extra = System.getProperty("bench.serverJvmArgs", DEFAULT_JVM_ARGS);
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-jar");
        command.add(defaultJar().toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ABK_SERVER_HOST", "127.0.0.1");
        builder.environment().put("ABK_SERVER_PORT", Integer.toString(port));
        builder.environment().put("ABK_SERVER_DB", database.toAbsolutePath().toString());
        builder.environment().put("ABK_SERVER_DEMO", "true");
        builder.environment().put("ABK_SERVER_ADMIN_TOKEN", adminToken);
        for (String pair : serverEnv().trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        System.out.println("server: " + String.join(" ", command.subList(1, command.size() - 2))
                + (serverEnv().isBlank() ? "" : "  env " + serverEnv()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sync server", e);
        }
        ServerProcess server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port + "/"), adminToken, log);
        server.awaitHealthy(Duration.ofSeconds(60));
        return server;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sync server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        stop();
        throw new IllegalStateException("the sync server did not answer /health within " + timeout + "; see " + log);
    }

    public URI base() {
        return base;
    }

    public String adminToken() {
        return adminToken;
    }

    public long pid() {
        return process.pid();
    }

    public ProcStatus.Memory memory() {
        return ProcStatus.memory(process.pid());
    }

    public double cpuSeconds() {
        return ProcStatus.cpuSeconds(process.pid());
    }

    /** The server's garbage collections so far, from its GC log: pauses, their total and longest, the heap after the last. */
    public String gcSummary() {
        Path gcLog = log.resolveSibling("sync-server-gc.log");
        int pauses = 0;
        int full = 0;
        double total = 0;
        double longest = 0;
        String lastHeap = "?";
        java.util.regex.Pattern pause = java.util.regex.Pattern.compile("Pause .*? (\\S+->\\S+) ([0-9.]+)ms");
        try {
            for (String line : Files.readAllLines(gcLog)) {
                java.util.regex.Matcher m = pause.matcher(line);
                if (m.find()) {
                    pauses++;
                    full += line.contains("Pause Full") ? 1 : 0;
                    double ms = Double.parseDouble(m.group(2));
                    total += ms;
                    longest = Math.max(longest, ms);
                    lastHeap = m.group(1);
                }
            }
        } catch (IOException e) {
            return "no GC log: " + e;
        }
        return String.format(java.util.Locale.ROOT, "GC so far: %d pauses (%d full), %.0f ms in all, longest %.0f ms; heap at the last: %s",
                pauses, full, total, longest, lastHeap);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(15), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
