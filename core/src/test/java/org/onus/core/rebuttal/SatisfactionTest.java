package org.onus.core.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onus.core.policy.PolicyStatus;

class SatisfactionTest {

    static final UUID POLICY = UUID.fromString("0f000000-0000-4000-8000-000000000001");
    static final Requirement TRACE = new Requirement(RequirementCode.trace(2), "Trace input 3");
    static final Requirement REPEAL = new Requirement(RequirementCode.policyRepealed(POLICY), "Repealed");
    static final Requirement TARGETS = new Requirement(RequirementCode.targetsNotEnforced(), "Targets");

    static SubmittedEvidence evidence(
            CaseEvidenceType type, RequirementCode code, boolean admissible, EvidenceReview review) {
        return new SubmittedEvidence(type, code, admissible, review);
    }

    static SubmittedEvidence accepted(CaseEvidenceType type, Requirement r) {
        return evidence(type, r.code(), true, EvidenceReview.ACCEPTED);
    }

    @Test
    void aProductionRecordAndATransportDocumentLinkedAndAcceptedTraceAnInput() {
        assertThat(Satisfaction.isSatisfied(
                        TRACE,
                        List.of(
                                accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE),
                                accepted(CaseEvidenceType.TRANSPORT_DOCUMENT, TRACE)),
                        null))
                .isTrue();
        assertThat(Satisfaction.isSatisfied(
                        TRACE,
                        List.of(
                                accepted(CaseEvidenceType.INVOICE, TRACE),
                                accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE)),
                        null))
                .as("a payment record stands in for the transport document")
                .isTrue();
    }

    @Test
    void aSingleInvoiceEvenTwiceDoesNotTraceAnInputAndSaysWhatIsMissing() {
        List<SubmittedEvidence> invoices =
                List.of(accepted(CaseEvidenceType.INVOICE, TRACE), accepted(CaseEvidenceType.INVOICE, TRACE));

        assertThat(Satisfaction.isSatisfied(TRACE, invoices, null)).isFalse();
        assertThat(Satisfaction.missing(TRACE, invoices)).containsExactly(Set.of(CaseEvidenceType.PRODUCTION_RECORD));
        assertThat(TRACE.chain().needs(TRACE.code().code()))
                .startsWith("TRACE:2 needs a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE");
    }

    @Test
    void aLoneOriginTestNeverTracesButMayCountInAddition() {
        assertThat(Satisfaction.isSatisfied(TRACE, List.of(accepted(CaseEvidenceType.ORIGIN_TEST, TRACE)), null))
                .isFalse();
        assertThat(Satisfaction.isSatisfied(
                        TRACE,
                        List.of(
                                accepted(CaseEvidenceType.ORIGIN_TEST, TRACE),
                                accepted(CaseEvidenceType.INVOICE, TRACE)),
                        null))
                .isFalse();
        assertThat(Satisfaction.isSatisfied(
                        TRACE,
                        List.of(
                                accepted(CaseEvidenceType.ORIGIN_TEST, TRACE),
                                accepted(CaseEvidenceType.INVOICE, TRACE),
                                accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE)),
                        null))
                .isTrue();
    }

    @Test
    void aStricterSectorChainStoredWithTheRequirementIsTheOneChecked() {
        Requirement cotton = new Requirement(
                RequirementCode.trace(0),
                "Trace the cotton",
                TraceChain.parse("PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE;SUPPLY_CHAIN_MAP"));
        List<SubmittedEvidence> defaultChain = List.of(
                accepted(CaseEvidenceType.PRODUCTION_RECORD, cotton), accepted(CaseEvidenceType.INVOICE, cotton));

        assertThat(Satisfaction.unmet(List.of(cotton), defaultChain, id -> Optional.empty()))
                .containsExactly(cotton);
        assertThat(Satisfaction.missing(cotton, defaultChain))
                .containsExactly(Set.of(CaseEvidenceType.SUPPLY_CHAIN_MAP));
        assertThat(Satisfaction.unmet(
                        List.of(cotton),
                        List.of(
                                accepted(CaseEvidenceType.PRODUCTION_RECORD, cotton),
                                accepted(CaseEvidenceType.INVOICE, cotton),
                                accepted(CaseEvidenceType.SUPPLY_CHAIN_MAP, cotton)),
                        id -> Optional.empty()))
                .isEmpty();
    }

    @Test
    void chainDocumentsOnAnotherTraceOrNotAcceptedDoNotFillAGroup() {
        assertThat(Satisfaction.isSatisfied(
                        TRACE,
                        List.of(
                                accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE),
                                evidence(CaseEvidenceType.INVOICE, TRACE.code(), true, EvidenceReview.PENDING),
                                evidence(
                                        CaseEvidenceType.INVOICE,
                                        RequirementCode.trace(1),
                                        true,
                                        EvidenceReview.ACCEPTED)),
                        null))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = CaseEvidenceType.class,
            names = {"FACTORY_AUDIT", "CERTIFICATION", "OTHER"})
    void aNeverAdmissibleTypeSatisfiesNothingEvenIfMarkedAdmissibleAndAccepted(CaseEvidenceType type) {
        assertThat(type.neverAdmissible()).isTrue();
        assertThat(Satisfaction.isSatisfied(TARGETS, List.of(accepted(type, TARGETS)), null))
                .isFalse();
        assertThat(CaseEvidenceType.neverAdmitted()).contains(type);
    }

    @ParameterizedTest
    @EnumSource(
            value = EvidenceReview.class,
            names = {"PENDING", "REJECTED"})
    void evidenceNotAcceptedByAnOfficerSatisfiesNothing(EvidenceReview review) {
        assertThat(Satisfaction.isSatisfied(
                        TRACE, List.of(evidence(CaseEvidenceType.INVOICE, TRACE.code(), true, review)), null))
                .isFalse();
    }

    @Test
    void inadmissibleUnlinkedOrOtherwiseLinkedEvidenceSatisfiesNothing() {
        List<SubmittedEvidence> evidence = List.of(
                evidence(CaseEvidenceType.INVOICE, TRACE.code(), false, EvidenceReview.ACCEPTED),
                evidence(CaseEvidenceType.INVOICE, null, true, EvidenceReview.ACCEPTED),
                evidence(CaseEvidenceType.INVOICE, RequirementCode.trace(1), true, EvidenceReview.ACCEPTED));

        assertThat(Satisfaction.isSatisfied(TRACE, evidence, null)).isFalse();
        assertThat(Satisfaction.isSatisfied(TRACE, List.of(), null)).isFalse();
    }

    @Test
    void aFactoryAuditSatisfiesNothingEvenIfMarkedAdmissibleAndAccepted() {
        assertThat(Satisfaction.isSatisfied(
                        TARGETS,
                        List.of(evidence(
                                CaseEvidenceType.FACTORY_AUDIT, TARGETS.code(), true, EvidenceReview.ACCEPTED)),
                        null))
                .isFalse();
    }

    @Test
    void aRepealIsMetOnlyWhenTheRegistryShowsItVerifiedNotMerelyClaimed() {
        List<SubmittedEvidence> notice =
                List.of(evidence(CaseEvidenceType.POLICY_REPEAL_NOTICE, REPEAL.code(), true, EvidenceReview.ACCEPTED));

        assertThat(Satisfaction.isSatisfied(REPEAL, notice, PolicyStatus.REPEAL_VERIFIED))
                .isTrue();
        assertThat(Satisfaction.isSatisfied(REPEAL, notice, PolicyStatus.REPEAL_CLAIMED))
                .isFalse();
        assertThat(Satisfaction.isSatisfied(REPEAL, notice, PolicyStatus.IN_FORCE))
                .isFalse();
        assertThat(Satisfaction.isSatisfied(REPEAL, notice, null)).isFalse();
        assertThat(Satisfaction.isSatisfied(REPEAL, List.of(), PolicyStatus.REPEAL_VERIFIED))
                .isFalse();
    }

    @Test
    void unmetListsWhatIsMissingInOrder() {
        List<SubmittedEvidence> evidence = List.of(
                evidence(CaseEvidenceType.POLICY_REPEAL_NOTICE, REPEAL.code(), true, EvidenceReview.ACCEPTED),
                evidence(CaseEvidenceType.POLICY_ANALYSIS, TARGETS.code(), true, EvidenceReview.ACCEPTED));
        Map<UUID, PolicyStatus> registry = Map.of(POLICY, PolicyStatus.REPEAL_CLAIMED);

        assertThat(Satisfaction.unmet(
                        List.of(TRACE, REPEAL, TARGETS), evidence, id -> Optional.ofNullable(registry.get(id))))
                .containsExactly(TRACE, REPEAL);
        assertThat(Satisfaction.unmet(
                        List.of(REPEAL, TARGETS), evidence, id -> Optional.of(PolicyStatus.REPEAL_VERIFIED)))
                .isEmpty();
    }
}
