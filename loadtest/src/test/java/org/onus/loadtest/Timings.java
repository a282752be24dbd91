package org.onus.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every measured request's response time, kept by the simulation itself next to Gatling's report:
 * Gatling's statistics cover the whole run, sign-in and ramp included, while the figures compared
 * with the target are those of the steady window (closed model) or of each arrival rate (open model).
 */
final class Timings {

    /** One finished request: when it ended (ms since the load began), its name, time and outcome. */
    record Sample(long endedAt, String name, int millis, boolean ok, String status) {}

    private final List<Sample> samples = new ArrayList<>();
    private volatile long start;

    void begin() {
        start = System.currentTimeMillis();
    }

    long elapsedMillis() {
        return System.currentTimeMillis() - start;
    }

    synchronized void add(String name, int millis, boolean ok, String status) {
        samples.add(new Sample(elapsedMillis(), name, millis, ok, status));
    }

    synchronized List<Sample> all() {
        return List.copyOf(samples);
    }

    /** Count, errors, mean, percentiles and the largest of some samples, on one line. */
    static String line(String label, List<Sample> some, double seconds) {
        int[] ms = some.stream()
                .filter(Sample::ok)
                .mapToInt(Sample::millis)
                .sorted()
                .toArray();
        long errors = some.stream().filter(s -> !s.ok()).count();
        return String.format(
                "%-34s %7d %6.1f/s %6d %6.0f %6d %6d %6d %6d",
                label,
                some.size(),
                some.size() / seconds,
                errors,
                ms.length == 0 ? 0 : Arrays.stream(ms).average().orElse(0),
                percentile(ms, 50),
                percentile(ms, 95),
                percentile(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1]);
    }

    static String header(String first) {
        return String.format(
                "%-34s %7s %8s %6s %6s %6s %6s %6s %6s",
                first, "count", "rate", "errors", "mean", "p50", "p95", "p99", "max");
    }

    static int percentile(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static <K extends Comparable<K>> Map<K, List<Sample>> by(List<Sample> samples, Function<Sample, K> key) {
        return samples.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    /** The statuses of failed requests and how often each came, for the report. */
    static String errors(List<Sample> samples) {
        Map<String, Long> counts = samples.stream()
                .filter(s -> !s.ok())
                .collect(Collectors.groupingBy(
                        s -> s.name() + " -> " + s.status(), TreeMap::new, Collectors.counting()));
        return counts.isEmpty()
                ? "errors: none"
                : counts.entrySet().stream()
                        .map(e -> "error: " + e.getKey() + " x" + e.getValue())
                        .collect(Collectors.joining("\n"));
    }

    static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
