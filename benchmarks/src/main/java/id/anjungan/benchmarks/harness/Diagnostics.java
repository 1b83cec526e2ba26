package id.anjungan.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * With -Dbench.diagnose=true: the server runs with native memory tracking, and memory checkpoints also
 * print where its memory goes (jcmd VM.native_memory summary), what its live heap holds (jcmd GC.class_histogram,
 * which forces a full collection) and what its threads are (jcmd Thread.print, counted by name). Off by default:
 * tracking costs the server a little and the forced collections change what follows.
 */
public final class Diagnostics {
    public static final boolean ENABLED = Boolean.getBoolean("bench.diagnose");
    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    private Diagnostics() {
    }

    /** Extra server JVM options when diagnosing. */
    public static List<String> serverOptions() {
        return ENABLED ? List.of("-XX:NativeMemoryTracking=summary") : List.of();
    }

    public static void print(String label, long pid) {
        if (!ENABLED) {
            return;
        }
        StringBuilder b = new StringBuilder("  [diagnose " + label + "] native memory committed (MiB):");
        for (String line : jcmd(pid, "VM.native_memory", "summary")) {
            Matcher total = TOTAL.matcher(line.trim());
            if (total.find()) {
                b.append(" total=").append(Long.parseLong(total.group(2)) / 1024);
            }
            Matcher m = CATEGORY.matcher(line.trim());
            if (m.find() && Long.parseLong(m.group(3)) >= 5 * 1024) {
                b.append(", ").append(m.group(1).trim()).append('=').append(Long.parseLong(m.group(3)) / 1024);
            }
        }
        System.out.println(b);
        Map<String, Long> threads = jcmd(pid, "Thread.print").stream().filter(l -> l.startsWith("\""))
                .map(l -> l.substring(1, l.indexOf('"', 1)).replaceAll("[0-9]+", "#"))
                .collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
        // The class histogram forces a full collection first, so its total is the live heap.
        List<String> histogram = jcmd(pid, "GC.class_histogram");
        StringBuilder h = new StringBuilder("  [diagnose " + label + "] live heap after a forced full GC: ");
        histogram.stream().filter(l -> l.startsWith("Total")).findFirst().ifPresent(l -> {
            String[] parts = l.trim().split("\\s+");
            h.append(Long.parseLong(parts[2]) / (1024 * 1024)).append(" MiB in ").append(parts[1]).append(" objects; largest:");
        });
        histogram.stream().filter(l -> l.matches("\\s*[0-9]+:\\s+[0-9]+\\s+[0-9]+\\s+\\S+.*")).limit(6).forEach(l -> {
            String[] parts = l.trim().split("\\s+");
            h.append(' ').append(parts[3]).append('=').append(Long.parseLong(parts[2]) / (1024 * 1024)).append("MiB");
        });
        System.out.println(h);
        System.out.println("  [diagnose " + label + "] threads by name: " + threads.entrySet().stream()
                .filter(e -> e.getValue() > 2).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static List<String> jcmd(long pid, String... command) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String[] argv = new String[command.length + 2];
        argv[0] = jcmd;
        argv[1] = Long.toString(pid);
        System.arraycopy(command, 0, argv, 2, command.length);
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
            p.waitFor();
            return lines;
        } catch (IOException e) {
            return List.of("jcmd failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
