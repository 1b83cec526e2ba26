package id.anjungan.benchmarks;

import id.anjungan.benchmarks.harness.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one benchmark scenario against a real sync server process and prints its figures.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar push 5000 [--pollers=N] [--changes=30] [--warmup=4]
 *                                                     [--interval-ms=2000] [--poll-ms=5000] [--client-threads=2]
 * java -jar benchmarks/target/benchmarks.jar catchup [--changes=50000] [--page=5000] [--repeat=3] [--only=sync]
 * java -jar benchmarks/target/benchmarks.jar bytes [--live=2000] [--changes=200]
 * </pre>
 *
 * Run from the repository root (the server jar is sync-server/target/sync-server.jar; -Dbench.serverJar=
 * points elsewhere). Everything goes to a temporary folder, removed afterwards unless -Dbench.keep=true.
 */
public final class SyncBenchmarks {
    private SyncBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Map<String, String> flags = new HashMap<>();
        String positional = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && args[i].contains("=")) {
                flags.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            } else {
                positional = args[i];
            }
        }
        System.out.println("Anjungan Bursa Kerja sync benchmarks, " + Instant.now() + ": " + String.join(" ", args));
        System.out.println(Machine.describe());
        Path folder = Files.createTempDirectory("abk-bench-");
        try {
            switch (args[0]) {
                case "push" -> {
                    int kiosks = Integer.parseInt(positional == null ? "5000" : positional);
                    new PushBenchmark(new PushBenchmark.Options(kiosks,
                            integer(flags, "pollers", kiosks),
                            integer(flags, "changes", 30),
                            integer(flags, "warmup", 4),
                            integer(flags, "interval-ms", 2_000),
                            integer(flags, "poll-ms", 5_000),
                            integer(flags, "client-threads", 2)), folder).run();
                }
                case "catchup" -> new CatchUpBenchmark(integer(flags, "changes", 50_000), integer(flags, "page", 5_000),
                        integer(flags, "repeat", 3), "sync".equals(flags.get("only")), folder).run();
                case "bytes" -> new BytesBenchmark(integer(flags, "live", 2_000), integer(flags, "changes", 200), folder).run();
                default -> usage();
            }
            System.out.printf(java.util.Locale.ROOT, "%nload average at the end: %.2f%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("kept " + folder);
            } else {
                delete(folder);
            }
        }
        System.exit(0);
    }

    private static int integer(Map<String, String> flags, String name, int fallback) {
        String value = flags.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar benchmarks/target/benchmarks.jar SCENARIO [options]   (from the repository root)
                  push KIOSKS [--pollers=N] [--changes=30] [--warmup=4] [--interval-ms=2000] [--poll-ms=5000] [--client-threads=2]
                  catchup [--changes=50000] [--page=5000] [--repeat=3] [--only=sync]
                  bytes [--live=2000] [--changes=200]
                see BENCHMARKS.md""");
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
