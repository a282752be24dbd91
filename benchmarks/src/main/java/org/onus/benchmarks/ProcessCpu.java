package org.onus.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by the processes that share the machine during a phase, from Linux's
 * {@code /proc}: the portal's WildFly, Keycloak, every PostgreSQL backend, this driver, and the
 * machine as a whole (which shows anything else that was running). On two cores, this tells whether
 * the server, the database or the identity provider ate the time. Elsewhere it reports nothing.
 */
final class ProcessCpu {

    /** Linux reports process times in clock ticks; 100 per second on every common kernel build. */
    private static final double TICKS = 100.0;

    private final Map<String, Long> named;

    /** @param named groups by name, each the id of a process whose own and children's time count */
    ProcessCpu(Map<String, Long> named) {
        this.named = named;
    }

    /** CPU seconds so far per group, plus {@code postgres}, {@code driver} and {@code machine}. */
    Map<String, Double> sample() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return out;
        }
        named.forEach((name, pid) -> out.put(name, seconds(pid)));
        out.put("postgres", postgres());
        out.put("driver", seconds(ProcessHandle.current().pid()));
        out.put("machine", machine());
        return out;
    }

    static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0.0)));
        return out;
    }

    private static double postgres() {
        double sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if ("postgres".equals(Files.readString(p.resolve("comm")).strip())) {
                        sum += seconds(Long.parseLong(name));
                    }
                } catch (IOException ignored) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return sum;
    }

    /** utime + stime of the process and of its children already waited for. */
    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces; the fields start after its closing parenthesis.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy time of all cores: user, nice, system, irq, softirq, steal. */
    private static double machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
