package org.onus.core.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementCodeTest {

    static final UUID POLICY = UUID.fromString("0f000000-0000-4000-8000-000000000001");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRACE:3",
                "TRACE:-1",
                "TRACE:0",
                "POLICY_REPEALED:0f000000-0000-4000-8000-000000000001",
                "TARGETS_NOT_ENFORCED",
                "INDICATOR_SECURITIZED_CONTEXT",
                "INDICATOR_GRASSROOTS_MOBILIZATION",
                "INDICATOR_EMPLOYMENT_POLICY",
                "INDICATOR_EXECUTION_STAGES"
            })
    void aCodeReadsBackAsItIsWritten(String code) {
        RequirementCode parsed = RequirementCode.parse(code);

        assertThat(parsed.code()).isEqualTo(code);
        assertThat(parsed).hasToString(code).isEqualTo(RequirementCode.parse(code));
    }

    @Test
    void eachCodeKnowsItsKindRouteAndSubject() {
        RequirementCode trace = RequirementCode.parse("TRACE:2");
        assertThat(trace.kind()).isEqualTo(RequirementCode.Kind.TRACE);
        assertThat(trace.route()).isEqualTo(Route.NOT_APPLICABLE);
        assertThat(trace.inputIndex()).isEqualTo(2);
        assertThat(RequirementCode.parse("TRACE:-1").inputIndex()).isEqualTo(-1);

        RequirementCode repeal = RequirementCode.parse("POLICY_REPEALED:" + POLICY);
        assertThat(repeal.kind()).isEqualTo(RequirementCode.Kind.POLICY_REPEALED);
        assertThat(repeal.route()).isEqualTo(Route.EXCEPTION);
        assertThat(repeal.policyId()).isEqualTo(POLICY);
        assertThat(repeal).isEqualTo(RequirementCode.policyRepealed(POLICY));

        assertThat(RequirementCode.parse("TARGETS_NOT_ENFORCED").kind())
                .isEqualTo(RequirementCode.Kind.TARGETS_NOT_ENFORCED);
        RequirementCode indicator = RequirementCode.parse("INDICATOR_EXECUTION_STAGES");
        assertThat(indicator.kind()).isEqualTo(RequirementCode.Kind.INDICATOR);
        assertThat(indicator.route()).isEqualTo(Route.EXCEPTION);
        assertThat(indicator.indicator()).isEqualTo(RequirementCode.Indicator.EXECUTION_STAGES);
    }

    @Test
    void blanksAndTheKeywordsCaseAreForgivenAndNormalised() {
        assertThat(RequirementCode.parse("  trace:4 ").code()).isEqualTo("TRACE:4");
        assertThat(RequirementCode.parse("indicator_employment_policy").code())
                .isEqualTo("INDICATOR_EMPLOYMENT_POLICY");
        assertThat(RequirementCode.parse("POLICY_REPEALED:0F000000-0000-4000-8000-000000000001"))
                .isEqualTo(RequirementCode.policyRepealed(POLICY));
    }

    @Test
    void aSubjectAskedOfTheWrongKindIsAnError() {
        assertThatThrownBy(() -> RequirementCode.parse("TARGETS_NOT_ENFORCED").inputIndex())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RequirementCode.trace(1).policyId()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RequirementCode.trace(1).indicator()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void invalidCodesSayWhatIsWrong() {
        assertThatThrownBy(() -> RequirementCode.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Give a requirement code: TRACE:<input index>");
        assertThatThrownBy(() -> RequirementCode.parse("TRACE:"))
                .hasMessageContaining("TRACE: is followed by the input index");
        assertThatThrownBy(() -> RequirementCode.parse("TRACE:two")).hasMessageContaining("e.g. TRACE:2");
        assertThatThrownBy(() -> RequirementCode.parse("TRACE:-2"))
                .hasMessageContaining("-1 (the goods themselves) or from 0 to 499, not -2");
        assertThatThrownBy(() -> RequirementCode.parse("TRACE:500")).hasMessageContaining("not 500");
        assertThatThrownBy(() -> RequirementCode.parse("POLICY_REPEALED:labour-transfer"))
                .hasMessage("\"POLICY_REPEALED:labour-transfer\" is not a requirement code:"
                        + " POLICY_REPEALED: is followed by the policy's id, a UUID");
        assertThatThrownBy(() -> RequirementCode.parse("POLICY_REPEALED:1-1-1-1-1"))
                .hasMessageContaining("a UUID");
        assertThatThrownBy(() -> RequirementCode.parse("TARGETS_NOT_ENFORCED:1"))
                .hasMessageContaining("is not a requirement code; use");
        assertThatThrownBy(() -> RequirementCode.parse("INDICATOR_HAPPINESS"))
                .hasMessageContaining("the indicators are INDICATOR_SECURITIZED_CONTEXT,");
        assertThatThrownBy(() -> RequirementCode.parse("AUDIT_PASSED"))
                .hasMessage(
                        "\"AUDIT_PASSED\" is not a requirement code; use TRACE:<input index>,"
                                + " POLICY_REPEALED:<policy id>, TARGETS_NOT_ENFORCED, INDICATOR_SECURITIZED_CONTEXT,"
                                + " INDICATOR_GRASSROOTS_MOBILIZATION, INDICATOR_EMPLOYMENT_POLICY, INDICATOR_EXECUTION_STAGES");
    }

    @Test
    void routesAndEvidenceTypesParseWithClearMessages() {
        assertThat(Route.parse(" exception ")).isEqualTo(Route.EXCEPTION);
        assertThatThrownBy(() -> Route.parse("AUDIT")).hasMessageContaining("use NOT_APPLICABLE or EXCEPTION");
        assertThat(CaseEvidenceType.parse("origin_test")).isEqualTo(CaseEvidenceType.ORIGIN_TEST);
        assertThatThrownBy(() -> CaseEvidenceType.parse("PHOTO"))
                .hasMessageContaining("\"PHOTO\" is not a type of evidence; use one of SUPPLY_CHAIN_MAP,");
        assertThat(CaseEvidenceType.values()).hasSize(13);
    }
}
