package org.onus.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each step of a lifecycle took, every sample kept so that percentiles are exact rather
 * than bucketed: a minute of measurement at a few hundred requests per second is small. One
 * instance per client thread (no locking on the measured path), merged at the end.
 */
final class StepTimes {

    /** Milliseconds, as reported. */
    record Summary(int count, double mean, double p50, double p95, double p99, double max) {}

    private final Map<String, Samples> steps = new LinkedHashMap<>();

    void record(String step, long nanos) {
        steps.computeIfAbsent(step, s -> new Samples()).add(nanos);
    }

    synchronized void addAll(StepTimes other) {
        other.steps.forEach((step, samples) ->
                steps.computeIfAbsent(step, s -> new Samples()).addAll(samples));
    }

    synchronized Map<String, Summary> summary() {
        Map<String, Summary> out = new LinkedHashMap<>();
        steps.forEach((step, samples) -> out.put(step, samples.summary()));
        return out;
    }

    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        Summary summary() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            double sum = 0;
            for (long v : sorted) {
                sum += v;
            }
            return new Summary(
                    size,
                    size == 0 ? 0 : ms(sum / size),
                    ms(rank(sorted, 0.50)),
                    ms(rank(sorted, 0.95)),
                    ms(rank(sorted, 0.99)),
                    size == 0 ? 0 : ms(sorted[size - 1]));
        }

        /** Nearest rank: the smallest sample with at least that share of samples at or below it. */
        private static double rank(long[] sorted, double share) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(share * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        private static double ms(double nanos) {
            return nanos / 1_000_000.0;
        }
    }
}
