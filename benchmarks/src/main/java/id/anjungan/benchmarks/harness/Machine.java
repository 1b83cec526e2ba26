package id.anjungan.benchmarks.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** A description of the machine a benchmark runs on, printed with every run. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        StringBuilder b = new StringBuilder();
        b.append("cores: ").append(Runtime.getRuntime().availableProcessors());
        b.append("  cpu: ").append(cpuModel());
        b.append("  memory: ").append(memTotal());
        b.append("\njava: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version"));
        b.append("  harness max heap: ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB");
        b.append("  harness open-files limit (ulimit -n): ").append(ProcStatus.openFilesLimit());
        b.append("\nload average at start: ").append(loadAverage());
        return b.toString();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 + " MiB").orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
