package org.onus.core.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceChainTest {

    @Test
    void theDefaultIsAProductionRecordPlusATransportOrPaymentDocument() {
        assertThat(TraceChain.DEFAULT.groups())
                .containsExactly(
                        Set.of(CaseEvidenceType.PRODUCTION_RECORD),
                        Set.of(CaseEvidenceType.TRANSPORT_DOCUMENT, CaseEvidenceType.INVOICE));
        assertThat(TraceChain.DEFAULT.describe())
                .isEqualTo("a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE");
        assertThat(TraceChain.parse(" production_record ; transport_document|invoice ")
                        .code())
                .isEqualTo("PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE");
    }

    @Test
    void missingListsTheUnfilledGroupsInOrder() {
        TraceChain chain = TraceChain.parse("PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE;SUPPLY_CHAIN_MAP");

        assertThat(chain.missing(List.of(CaseEvidenceType.INVOICE, CaseEvidenceType.ORIGIN_TEST)))
                .containsExactly(Set.of(CaseEvidenceType.PRODUCTION_RECORD), Set.of(CaseEvidenceType.SUPPLY_CHAIN_MAP));
        assertThat(chain.metBy(List.of(
                        CaseEvidenceType.PRODUCTION_RECORD,
                        CaseEvidenceType.TRANSPORT_DOCUMENT,
                        CaseEvidenceType.SUPPLY_CHAIN_MAP)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INVOICE", // one document never traces
                "ORIGIN_TEST;ORIGIN_TEST|INVOICE", // a type twice
                "ORIGIN_TEST|INVOICE;ORIGIN_TEST|TRANSPORT_DOCUMENT", // same
                "PRODUCTION_RECORD;FACTORY_AUDIT", // never admissible
                "PRODUCTION_RECORD;CERTIFICATION|INVOICE",
                "PRODUCTION_RECORD;OTHER",
                "PRODUCTION_RECORD;;INVOICE",
                "PRODUCTION_RECORD;SELFIE",
                ""
            })
    void aChainBelowTheFloorIsRefused(String raw) {
        assertThatThrownBy(() -> TraceChain.parse(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOriginTestMayBeRequiredInAdditionButNeverFillEveryGroup() {
        assertThat(TraceChain.parse("PRODUCTION_RECORD;INVOICE;ORIGIN_TEST").groups())
                .hasSize(3);
        assertThat(TraceChain.parse("PRODUCTION_RECORD|ORIGIN_TEST;INVOICE").groups())
                .hasSize(2);
        assertThatThrownBy(() -> TraceChain.parse("ORIGIN_TEST|PRODUCTION_RECORD;ORIGIN_TEST"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyATraceCarriesAChainAndATraceWithoutOneGetsTheDefault() {
        assertThat(new Requirement(RequirementCode.trace(0), "t").chain()).isEqualTo(TraceChain.DEFAULT);
        assertThat(new Requirement(RequirementCode.targetsNotEnforced(), "t").chain())
                .isNull();
        assertThatThrownBy(() -> new Requirement(RequirementCode.targetsNotEnforced(), "t", TraceChain.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
