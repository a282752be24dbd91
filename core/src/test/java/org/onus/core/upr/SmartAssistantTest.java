package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmartAssistantTest {

    private static List<String> codes(String text) {
        return SmartAssistant.check(text, "China").stream()
                .map(SmartFinding::code)
                .toList();
    }

    @Test
    void aSpecificMeasurableTimeBoundAddressedRecommendationHasNoFindings() {
        assertThat(codes("China should repeal the labour transfer quotas in Xinjiang by the end of 2026."))
                .isEmpty();
        assertThat(codes("The Government should release every person detained for refusing work within six months."))
                .isEmpty();
    }

    @Test
    void vagueVerbsAreFlaggedAndNamed() {
        List<SmartFinding> findings =
                SmartAssistant.check("China should consider and continue to repeal quotas by 2026.", "China");
        assertThat(findings).extracting(SmartFinding::code).containsExactly(SmartAssistant.VAGUE_VERB);
        assertThat(findings.get(0).message()).contains("\"consider\"", "\"continue\"");
        assertThat(codes("China should make efforts to abolish transfers by 2026"))
                .containsExactly("VAGUE_VERB");
        assertThat(codes("China should reconsider nothing by 2026 and repeal it"))
                .doesNotContain("VAGUE_VERB");
    }

    @Test
    void noMeasurableOutcomeWithoutASpecificActionOrANumber() {
        assertThat(codes("China should improve the situation of workers by 2026"))
                .containsExactly(SmartAssistant.NO_MEASURABLE_OUTCOME);
        assertThat(codes("China should ratify the Forced Labour Protocol by 2026"))
                .isEmpty();
        assertThat(codes("China should reduce transfers to 0 before the next review"))
                .isEmpty();
    }

    @Test
    void noTimeFrameUnlessOneOfTheUsualFormsIsThere() {
        assertThat(codes("China should repeal the quotas")).containsExactly(SmartAssistant.NO_TIME_FRAME);
        for (String when : List.of(
                "by 2027",
                "by the end of 2026",
                "within twelve months",
                "within 90 days",
                "before the next review",
                "by the mid-term review",
                "immediately",
                "without delay")) {
            assertThat(codes("China should repeal the quotas " + when)).as(when).isEmpty();
        }
    }

    @Test
    void noAddresseeUnlessTheStateOrAnAuthorityIsNamed() {
        assertThat(codes("Repeal the labour transfer quotas by 2026")).containsExactly(SmartAssistant.NO_ADDRESSEE);
        assertThat(codes("The authorities of Xinjiang should repeal the quotas by 2026"))
                .isEmpty();
        assertThat(codes("china should repeal the quotas by 2026"))
                .as("ignoring case")
                .isEmpty();
        assertThat(SmartAssistant.check("Repeal the quotas by 2026", null))
                .extracting(SmartFinding::code)
                .containsExactly(SmartAssistant.NO_ADDRESSEE);
    }

    @Test
    void theWeakestRecommendationsCollectEveryFindingInSmartOrder() {
        assertThat(codes("Continue efforts to protect workers"))
                .containsExactly("VAGUE_VERB", "NO_MEASURABLE_OUTCOME", "NO_TIME_FRAME", "NO_ADDRESSEE");
        assertThat(codes("  ")).isEmpty();
        assertThat(codes(null)).isEmpty();
    }

    private static List<String> proposedForGermany(String text) {
        return SmartAssistant.check(text, "China", "Germany").stream()
                .map(SmartFinding::code)
                .toList();
    }

    @Test
    void aRecommendationProposedForAStateMustAddressSomeoneElse() {
        assertThat(proposedForGermany("China should repeal the labour transfer quotas by the end of 2026."))
                .as("addressed to the State under review")
                .isEmpty();
        assertThat(proposedForGermany("Germany should ban imports made with forced labour by 2026."))
                .containsExactly(SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE);
        assertThat(proposedForGermany(
                        "Germany should ask that China repeal the labour transfer quotas by the end of 2026."))
                .as("Germany is still the subject")
                .containsExactly(SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE);
        assertThat(proposedForGermany("Repeal, with Germany's help, the labour transfer quotas by 2026."))
                .as("names no addressee besides Germany")
                .containsExactly(SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE);
        assertThat(proposedForGermany("Repeal the labour transfer quotas by 2026."))
                .as("names nobody: the usual finding")
                .containsExactly(SmartAssistant.NO_ADDRESSEE);
        assertThat(proposedForGermany("China should invite Germany's experts to visit the camps by 2026."))
                .as("Germany named, but China addressed")
                .isEmpty();
        List<SmartFinding> findings =
                SmartAssistant.check("UNITED KINGDOM SHOULD stop buying cotton by 2026.", "China", "United Kingdom");
        assertThat(findings)
                .extracting(SmartFinding::code)
                .containsExactly(SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE);
        assertThat(findings.get(0).message()).contains("proposed for United Kingdom", "what China should do");
    }
}
