package org.onus.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.guidance.SectorGuidanceService.TierDraft;
import org.onus.core.problem.Problem;

class SectorGuidanceTest {

    static List<TierGuidance> read(List<TierDraft> drafts, List<Problem> problems) {
        return SectorGuidanceService.tiers(drafts, problems);
    }

    @Test
    void tiersAreReadInTierOrderAndBlankRowsAreSpare() {
        List<Problem> problems = new ArrayList<>();
        List<TierGuidance> tiers = read(
                List.of(
                        new TierDraft("2", "Spinner", "Yarn invoices"),
                        new TierDraft("", " ", null),
                        new TierDraft(" 1 ", " Fabric mill ", "Fabric invoices and packing lists")),
                problems);

        assertThat(problems).isEmpty();
        assertThat(tiers).extracting(TierGuidance::tier).containsExactly(1, 2);
        assertThat(tiers.get(0).stage()).isEqualTo("Fabric mill");
    }

    @Test
    void everyProblemNamesItsField() {
        List<Problem> problems = new ArrayList<>();
        read(
                List.of(
                        new TierDraft("0", "Mill", "Invoices"),
                        new TierDraft("2", "", "Invoices"),
                        new TierDraft("3", "Gin", ""),
                        new TierDraft("2", "Farm", "Purchase records")),
                problems);

        assertThat(problems)
                .extracting(Problem::code)
                .containsExactly("tiers[0].tier", "tiers[1].stage", "tiers[2].documents", "tiers[3].tier");
    }

    @Test
    void nothingToSayIsAProblem() {
        List<Problem> problems = new ArrayList<>();
        read(List.of(new TierDraft(null, null, null)), problems);
        assertThat(problems).extracting(Problem::code).containsExactly("tiers");
    }

    @Test
    void eachEditIsTheNextVersionWithWhoAndWhen() {
        TierGuidance mill = new TierGuidance(1, "Mill", "Invoices");
        SectorGuidance first = SectorGuidance.next(null, "COTTON", List.of(mill), null, "regulator", Instant.EPOCH);
        SectorGuidance second = SectorGuidance.next(
                first,
                "COTTON",
                List.of(new TierGuidance(3, "Farm", "Purchase records"), mill),
                "CBP",
                "senior-regulator",
                Instant.ofEpochSecond(60));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.updatedBy()).isEqualTo("senior-regulator");
        assertThat(second.tiers()).extracting(TierGuidance::tier).containsExactly(1, 3);
        assertThat(first.tiers()).hasSize(1);
        assertThatThrownBy(() -> SectorGuidance.next(first, "COTTON", List.of(), null, "regulator", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
