package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.geography.RegionCode;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class DesignationAssemblerTest {

    static DesignationDraft draft(
            List<String> regions, List<String> policies, String from, String to, List<DesignationDraft.Producer> p) {
        return new DesignationDraft("Xinjiang cotton", regions, List.of("cotton"), "Act", "Why", policies, from, to, p);
    }

    static List<Problem> problems(DesignationDraft draft) {
        try {
            DesignationAssembler.terms(draft, DesignationTest.REFERENCES);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the draft was read without a problem");
    }

    @Test
    void aGoodDraftBecomesTypedTerms() {
        DesignationTerms t = DesignationAssembler.terms(
                draft(
                        List.of(" 650000 ", "653100"),
                        List.of(DesignationTest.POLICY.toString()),
                        "2026-12-01",
                        "",
                        List.of(new DesignationDraft.Producer("Kashgar Spinning", "653100"))),
                DesignationTest.REFERENCES);

        assertThat(t.regionCodes()).containsExactly(RegionCode.of("650000"), RegionCode.of("653100"));
        assertThat(t.sectorCodes()).containsExactly("COTTON");
        assertThat(t.policyIds()).containsExactly(DesignationTest.POLICY);
        assertThat(t.inForce()).isEqualTo(new InForce(LocalDate.parse("2026-12-01"), null));
        assertThat(t.producers())
                .singleElement()
                .satisfies(p -> assertThat(p.regionCode()).isEqualTo("653100"));
    }

    @Test
    void aLastDayBeforeTheFirstIsNamedEffectiveTo() {
        assertThat(problems(draft(List.of("650000"), List.of(), "2027-01-02", "2027-01-01", List.of())))
                .extracting(Problem::code)
                .containsExactly("effectiveTo");
    }

    @Test
    void everyBadReferenceAndDateIsNamedAtOnce() {
        List<Problem> found = problems(draft(
                List.of("650000", "999999", "65 00"),
                List.of("nope", "0f000000-0000-4000-8000-00000000dead"),
                "2027-13-01",
                "later",
                List.of(new DesignationDraft.Producer("Kashgar Spinning", "XX9"))));

        assertThat(found)
                .extracting(Problem::code)
                .containsExactly(
                        "regionCodes",
                        "regionCodes",
                        "policyIds",
                        "policyIds",
                        "producers",
                        "effectiveFrom",
                        "effectiveTo");
        assertThat(found.get(1).message()).isEqualTo("There is no region with the code 65 00");
    }

    @Test
    void aPeriodInForceHasAFirstDayAndNoLastDayBeforeIt() {
        LocalDate first = LocalDate.parse("2027-01-01");
        InForce open = new InForce(first, null);
        assertThat(open.contains(first)).isTrue();
        assertThat(open.contains(first.minusDays(1))).isFalse();
        assertThat(open.contains(first.plusYears(30))).isTrue();
        InForce year = new InForce(first, first.plusDays(364));
        assertThat(year.contains(first.plusDays(364))).isTrue();
        assertThat(year.contains(first.plusDays(365))).isFalse();
        assertThat(new InForce(first, first).contains(first)).isTrue();
        assertThatThrownBy(() -> new InForce(first, first.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InForce(null, first)).isInstanceOf(NullPointerException.class);
    }
}
