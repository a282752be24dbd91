package org.onus.benchmarks;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onus.core.detention.CaseStatus;

/**
 * The pure part of the volume generator: how many of each thing a scale asks for, which status
 * the i-th detention case is driven to, and the deterministic keys that make a retried request
 * the same request (so an interrupted batch is replayed, not duplicated).
 */
final class VolumePlan {

    /**
     * One cycle of 20 cases: mostly closed (released, confiscated), the rest in every open status
     * and every protest outcome. EXCLUDED is missing on purpose: only the authority's decision
     * clock sets it, a timer at least a day after the rebuttal (see docs/BENCHMARKS.md).
     */
    /**
     * The statuses the generator must leave cases in: the aggregate's own, so that a status added
     * to {@link CaseStatus} fails {@code VolumePlanTest} until the generator covers it.
     */
    static final Set<CaseStatus> REACHABLE = EnumSet.complementOf(EnumSet.of(CaseStatus.EXCLUDED));

    static final List<CaseStatus> CYCLE = List.of(
            CaseStatus.RELEASED,
            CaseStatus.CONFISCATED,
            CaseStatus.DETAINED,
            CaseStatus.RELEASED,
            CaseStatus.REBUTTAL_SUBMITTED,
            CaseStatus.INFO_REQUESTED,
            CaseStatus.RELEASED,
            CaseStatus.CONFISCATED,
            CaseStatus.PROTESTED,
            CaseStatus.RELEASED,
            CaseStatus.AWAITING_APPROVAL,
            CaseStatus.CONFISCATED,
            CaseStatus.RELEASED,
            CaseStatus.PROTEST_DENIED,
            CaseStatus.DETAINED,
            CaseStatus.RELEASED,
            CaseStatus.REBUTTAL_SUBMITTED,
            CaseStatus.CONFISCATED,
            CaseStatus.INFO_REQUESTED,
            CaseStatus.PROTEST_UPHELD);

    /** Counts at scale 1 (issue 14). */
    static final int DESIGNATIONS = 10_000;

    static final int ENTRIES = 100_000;
    static final int CASES = 100_000;
    static final int EVIDENCE = 50_000;
    /** Designations are drafted and submitted, then approved (and so published), this many at a time. */
    static final int DESIGNATION_BATCH = 50;

    private VolumePlan() {}

    static CaseStatus target(long caseIndex) {
        return CYCLE.get((int) Math.floorMod(caseIndex, (long) CYCLE.size()));
    }

    /** How many of the first {@code n} cases end in each status. */
    static Map<CaseStatus, Long> spread(long n) {
        Map<CaseStatus, Long> out = new EnumMap<>(CaseStatus.class);
        for (CaseStatus t : REACHABLE) {
            out.put(t, 0L);
        }
        long cycles = n / CYCLE.size();
        for (CaseStatus t : CYCLE) {
            out.merge(t, cycles, Long::sum);
        }
        for (long i = cycles * CYCLE.size(); i < n; i++) {
            out.merge(target(i), 1L, Long::sum);
        }
        return out;
    }

    /** A count at a scale: at least one of each when the scale is above zero. */
    static int scaled(int full, double scale) {
        if (scale <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(full * scale));
    }

    /** Inputs disclosed on the i-th filed entry: 8 to 12, ten on average. */
    static int inputsOf(long entryIndex) {
        return 8 + (int) Math.floorMod(entryIndex * 7 + 3, 5L);
    }

    /**
     * The declared value of the i-th case's goods, in US dollars with cents: spread evenly on a
     * logarithmic scale from 200 to 2,000,000, as consignments are, so that the officer's queue
     * ordered by value has something to order. Fixed by the index, so that a resumed batch asks
     * for the same entry again.
     */
    static String caseValue(long caseIndex) {
        long z = caseIndex * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        double unit = (z >>> 11) * 0x1.0p-53;
        long cents = Math.round(Math.pow(10, 2 + 4 * unit) * 2 * 100);
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /**
     * The Idempotency-Key of one creating request: the kind of thing, its index and, for a
     * document, what it proves. The same thing asked again is the same key, so the API replays
     * the first answer; keys are per user and per database, so nothing else collides with them.
     */
    static String key(String kind, long index, String... parts) {
        StringBuilder key =
                new StringBuilder("volume:").append(kind).append(':').append(index);
        for (String part : parts) {
            key.append(':').append(part);
        }
        return key.toString();
    }
}
