package org.onus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.detention.CaseStatus;

class VolumePlanTest {

    @Test
    void everyReachableStatusHasCasesInEachCycleOfTwenty() {
        assertThat(VolumePlan.CYCLE).hasSize(20).containsAll(VolumePlan.REACHABLE);
        Map<CaseStatus, Long> spread = VolumePlan.spread(20);
        assertThat(spread.values()).allMatch(n -> n >= 1);
        assertThat(spread.get(CaseStatus.RELEASED)).isEqualTo(6);
        assertThat(spread.get(CaseStatus.CONFISCATED)).isEqualTo(4);
    }

    @Test
    void theSpreadOfAnyCountAddsUpAndMatchesTheTargetsOneByOne() {
        for (long n : new long[] {0, 1, 7, 20, 999, 1000, 100_000}) {
            Map<CaseStatus, Long> spread = VolumePlan.spread(n);
            assertThat(spread.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(n);
            if (n <= 1000) {
                for (CaseStatus t : VolumePlan.REACHABLE) {
                    long counted = 0;
                    for (long i = 0; i < n; i++) {
                        if (VolumePlan.target(i) == t) {
                            counted++;
                        }
                    }
                    assertThat(spread.get(t)).as("%s of %d", t, n).isEqualTo(counted);
                }
            }
        }
        // At scale 0.01 (1,000 cases) every reachable status has at least 50.
        assertThat(VolumePlan.spread(1000).values()).allMatch(c -> c >= 50);
    }

    @Test
    void keysAreDeterministicAndDistinct() {
        assertThat(VolumePlan.key("case", 42, "TRACE:1", "INVOICE"))
                .isEqualTo(VolumePlan.key("case", 42, "TRACE:1", "INVOICE"))
                .isEqualTo("volume:case:42:TRACE:1:INVOICE");
        Set<String> keys = new HashSet<>();
        for (long i = 0; i < 1000; i++) {
            keys.add(VolumePlan.key("entry", i));
            keys.add(VolumePlan.key("case", i));
            keys.add(VolumePlan.key("case", i, "TRACE:1", "INVOICE"));
        }
        assertThat(keys).hasSize(3000).allMatch(k -> k.length() <= 255);
    }

    @Test
    void scaleMultipliesEveryCountAndKeepsAtLeastOne() {
        assertThat(VolumePlan.scaled(VolumePlan.DESIGNATIONS, 0.01)).isEqualTo(100);
        assertThat(VolumePlan.scaled(VolumePlan.CASES, 0.01)).isEqualTo(1000);
        assertThat(VolumePlan.scaled(VolumePlan.EVIDENCE, 0.01)).isEqualTo(500);
        assertThat(VolumePlan.scaled(VolumePlan.EVIDENCE, 0.000001)).isEqualTo(1);
        assertThat(VolumePlan.scaled(VolumePlan.EVIDENCE, 0)).isZero();
    }

    @Test
    void entriesDiscloseTenInputsOnAverage() {
        long inputs = 0;
        for (long i = 0; i < 100_000; i++) {
            int n = VolumePlan.inputsOf(i);
            assertThat(n).isBetween(8, 12);
            inputs += n;
        }
        assertThat(inputs).isEqualTo(1_000_000);
    }

    @Test
    void caseValuesAreFixedByIndexAndSpreadOverFourOrdersOfMagnitude() {
        assertThat(VolumePlan.caseValue(12_345)).isEqualTo(VolumePlan.caseValue(12_345));
        Set<String> distinct = new HashSet<>();
        int[] decades = new int[4];
        for (long i = 0; i < 10_000; i++) {
            String value = VolumePlan.caseValue(i);
            assertThat(value).matches("\\d+\\.\\d{2}");
            double amount = Double.parseDouble(value);
            assertThat(amount).isBetween(200.0, 2_000_000.0);
            decades[(int) Math.min(3, Math.floor(Math.log10(amount / 200)))]++;
            distinct.add(value);
        }
        assertThat(distinct.size()).isGreaterThan(9_900);
        // Evenly on a logarithmic scale: each decade holds about a quarter.
        assertThat(java.util.Arrays.stream(decades).boxed().toList()).allMatch(n -> n > 2_200 && n < 2_800);
    }
}
