package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/** Revocation on the merits, withdrawal for error and lapse: how a published designation may end. */
class DesignationEndingTest {

    static final UUID LINKED = DesignationTest.POLICY;
    static final UUID XINJIANG_POLICY = UUID.fromString("a0000000-0000-4000-8000-0000000000c1");
    static final UUID KASHGAR_POLICY = UUID.fromString("a0000000-0000-4000-8000-0000000000c2");
    static final UUID TIBET_POLICY = UUID.fromString("a0000000-0000-4000-8000-0000000000c3");
    static final UUID REPORT = UUID.fromString("e0000000-0000-4000-8000-0000000000d1");
    static final UUID AUDIT = UUID.fromString("e0000000-0000-4000-8000-0000000000d2");
    static final List<String> ALL_EVIDENCE_CODES = List.of(
            "TARGETS_NOT_ENFORCED",
            "INDICATOR_SECURITIZED_CONTEXT",
            "INDICATOR_GRASSROOTS_MOBILIZATION",
            "INDICATOR_EMPLOYMENT_POLICY",
            "INDICATOR_EXECUTION_STAGES");

    /** Region tree: 653100 (Kashgar) lies in 650000 (Xinjiang), which lies in CN; 540000 (Tibet) too. */
    static boolean within(String inner, String outer) {
        if (inner.equals(outer) || outer.equals("CN")) {
            return true;
        }
        return inner.equals("653100") && outer.equals("650000");
    }

    final Map<UUID, PolicyStatus> statuses = new HashMap<>();

    Designation.RevocationFacts facts() {
        return new Designation.RevocationFacts(
                statuses::get,
                List.of(
                        new Designation.RegisteredPolicy(
                                XINJIANG_POLICY, statuses.get(XINJIANG_POLICY), List.of("650000")),
                        new Designation.RegisteredPolicy(
                                KASHGAR_POLICY, statuses.get(KASHGAR_POLICY), List.of("653100")),
                        new Designation.RegisteredPolicy(TIBET_POLICY, statuses.get(TIBET_POLICY), List.of("540000"))),
                DesignationEndingTest::within,
                id -> id.equals(REPORT)
                        ? EvidenceType.RESEARCH_REPORT
                        : id.equals(AUDIT) ? EvidenceType.FACTORY_AUDIT : null);
    }

    static Map<String, List<UUID>> everything(UUID evidence) {
        Map<String, List<UUID>> cited = new HashMap<>();
        ALL_EVIDENCE_CODES.forEach(c -> cited.put(c, List.of(evidence)));
        return cited;
    }

    static Designation published(List<String> policies, String to) {
        Designation d = Designation.draft(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "Rebuttable presumption",
                                "Labour transfer",
                                policies,
                                "2026-12-01",
                                to),
                        new DesignationAssembler.References(
                                code -> Set.of("650000", "653100", "540000").contains(code), code -> true, id -> true)),
                "regulator",
                DesignationTest.NOW);
        d.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", DesignationTest.NOW);
        d.submit("regulator", DesignationTest.NOW);
        d.approve("senior-regulator", DesignationTest.NOW);
        d.publish(DesignationTest.TODAY, DesignationTest.NOW);
        return d;
    }

    static List<String> codes(Throwable e) {
        return ((ConflictException) e).problems().stream().map(Problem::code).toList();
    }

    @Test
    void revocationNeedsEveryLinkedPolicyVerifiedRepealedAndEvidenceForTargetsAndEachIndicator() {
        Designation d = published(List.of(LINKED.toString()), null);
        statuses.put(LINKED, PolicyStatus.REPEAL_CLAIMED);

        assertThatThrownBy(
                        () -> d.proposeRevocation("Quota lifted", Map.of(), facts(), "regulator", DesignationTest.NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(codes(e))
                                .as("every unmet item at once, each named by its rule")
                                .containsExactly(
                                        "POLICY_REPEALED:" + LINKED,
                                        "TARGETS_NOT_ENFORCED",
                                        "INDICATOR_SECURITIZED_CONTEXT",
                                        "INDICATOR_GRASSROOTS_MOBILIZATION",
                                        "INDICATOR_EMPLOYMENT_POLICY",
                                        "INDICATOR_EXECUTION_STAGES"));

        statuses.put(LINKED, PolicyStatus.REPEAL_VERIFIED);
        assertThatThrownBy(() -> d.proposeRevocation(
                        "Quota lifted", everything(AUDIT), facts(), "regulator", DesignationTest.NOW))
                .as("an audit never proves targets ended or indicators ceased")
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(codes(e)).containsExactlyElementsOf(ALL_EVIDENCE_CODES);
                    assertThat(e.problems().get(0).message()).contains("FACTORY_AUDIT");
                });
        assertThat(d.pending()).isEmpty();
        assertThat(d.status()).isEqualTo(DesignationStatus.PUBLISHED);

        d.proposeRevocation("Quota lifted", everything(REPORT), facts(), "regulator", DesignationTest.NOW);
        assertThat(d.pending()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PendingDecision.Kind.REVOCATION);
            assertThat(p.by()).isEqualTo("regulator");
            assertThat(p.evidence()).containsOnlyKeys(ALL_EVIDENCE_CODES);
        });
        assertThat(d.status()).as("a proposal changes nothing on the list").isEqualTo(DesignationStatus.PUBLISHED);
    }

    @Test
    void withNoLinkedPolicyThePoliciesInForceForItsRegionsMustBeRepealedAndOthersDoNotCount() {
        Designation d = published(List.of(), null);
        statuses.put(XINJIANG_POLICY, PolicyStatus.IN_FORCE);
        statuses.put(KASHGAR_POLICY, PolicyStatus.REPEAL_CLAIMED);
        statuses.put(TIBET_POLICY, PolicyStatus.IN_FORCE);

        assertThat(d.policiesToRepeal(facts()))
                .as("a policy for the region and one for a prefecture inside it; not Tibet's")
                .containsExactlyInAnyOrder(XINJIANG_POLICY, KASHGAR_POLICY);
        assertThat(d.revocationBlockers(everything(REPORT), facts()))
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("POLICY_REPEALED:" + XINJIANG_POLICY, "POLICY_REPEALED:" + KASHGAR_POLICY);

        statuses.put(XINJIANG_POLICY, PolicyStatus.REPEAL_VERIFIED);
        statuses.put(KASHGAR_POLICY, PolicyStatus.REPEAL_VERIFIED);
        assertThat(d.revocationBlockers(everything(REPORT), facts())).isEmpty();
    }

    @Test
    void aRevocationIsDecidedBySomeoneElseAndTheProofIsCheckedAgainAtThatMoment() {
        Designation d = published(List.of(LINKED.toString()), null);
        statuses.put(LINKED, PolicyStatus.REPEAL_VERIFIED);
        d.proposeRevocation("Quota lifted", everything(REPORT), facts(), "senior-regulator", DesignationTest.NOW);

        assertThatThrownBy(() -> d.revoke(facts(), "senior-regulator", DesignationTest.TODAY, DesignationTest.NOW))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageContaining("FOUR_EYES");
        assertThatThrownBy(() ->
                        d.proposeRevocation("again", everything(REPORT), facts(), "regulator", DesignationTest.NOW))
                .as("one pending decision at a time")
                .isInstanceOf(ConflictException.class);

        statuses.put(LINKED, PolicyStatus.IN_FORCE);
        assertThatThrownBy(() -> d.revoke(facts(), "senior-regulator-2", DesignationTest.TODAY, DesignationTest.NOW))
                .as("the policy moved back to IN_FORCE after the proposal")
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(codes(e)).containsExactly("POLICY_REPEALED:" + LINKED));
        assertThat(d.status()).isEqualTo(DesignationStatus.PUBLISHED);

        statuses.put(LINKED, PolicyStatus.REPEAL_VERIFIED);
        d.revoke(facts(), "senior-regulator-2", DesignationTest.TODAY.plusDays(10), DesignationTest.NOW);
        assertThat(d.status()).isEqualTo(DesignationStatus.REVOKED);
        assertThat(d.pending()).isEmpty();
        assertThat(d.appliesOn(DesignationTest.TODAY.plusDays(9))).isTrue();
        assertThat(d.appliesOn(DesignationTest.TODAY.plusDays(10))).isFalse();
        assertThat(d.events())
                .extracting(DesignationEvent::kind)
                .contains(DesignationEvent.Kind.REVOCATION_PROPOSED, DesignationEvent.Kind.REVOKED);
    }

    @Test
    void aRefusedRevocationLeavesItInForceAndAFreshOneMayBeAskedFor() {
        Designation d = published(List.of(LINKED.toString()), null);
        statuses.put(LINKED, PolicyStatus.REPEAL_VERIFIED);
        d.proposeRevocation("Quota lifted", everything(REPORT), facts(), "regulator", DesignationTest.NOW);
        assertThatThrownBy(
                        () -> d.refusePending(PendingDecision.Kind.REVOCATION, "regulator", "no", DesignationTest.NOW))
                .isInstanceOf(ForbiddenActionException.class);

        d.refusePending(PendingDecision.Kind.REVOCATION, "senior-regulator", "Transfers continue", DesignationTest.NOW);
        assertThat(d.pending()).isEmpty();
        assertThat(d.status()).isEqualTo(DesignationStatus.PUBLISHED);
        assertThatThrownBy(() -> d.revoke(facts(), "senior-regulator", DesignationTest.TODAY, DesignationTest.NOW))
                .as("nothing to decide any more")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawalForErrorNeedsAReasonALegalBasisAndASecondPerson() {
        Designation d = published(List.of(LINKED.toString()), null);
        assertThatThrownBy(() -> d.proposeWithdrawal(" ", null, "regulator", DesignationTest.NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("reason", "legalBasis"));
        assertThat(d.pending()).isEmpty();

        d.proposeWithdrawal(
                "Wrong prefecture code typed", "Court judgment 2026/17 annulling it", "regulator", DesignationTest.NOW);
        assertThatThrownBy(() -> d.withdraw("regulator", DesignationTest.TODAY, DesignationTest.NOW))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> d.revoke(facts(), "senior-regulator", DesignationTest.TODAY, DesignationTest.NOW))
                .as("a withdrawal is not a revocation")
                .isInstanceOf(ConflictException.class);

        d.withdraw("senior-regulator", DesignationTest.TODAY.plusDays(3), DesignationTest.NOW);
        assertThat(d.status()).isEqualTo(DesignationStatus.WITHDRAWN);
        assertThat(d.status().isPublic()).as("published as withdrawn").isTrue();
        assertThat(d.appliesOn(DesignationTest.TODAY.plusDays(3))).isFalse();
        assertThat(d.events().get(d.events().size() - 1).comment()).contains("Court judgment 2026/17");
    }

    @Test
    void aDesignationLapsesOnlyByADecisionRecordedBeforeItsLastDay() {
        Designation d = published(List.of(LINKED.toString()), "2027-06-30");
        LocalDate after = LocalDate.parse("2027-07-01");

        assertThatThrownBy(() -> d.lapse(after, DesignationTest.NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(codes(e)).containsExactly("NO_SILENT_LAPSE"));

        d.decideLapse("regulator", "No longer needed", DesignationTest.NOW);
        assertThatThrownBy(() -> d.lapse(LocalDate.parse("2027-06-30"), DesignationTest.NOW))
                .as("not before its last day has passed")
                .isInstanceOf(ConflictException.class);
        d.lapse(after, DesignationTest.NOW);
        assertThat(d.status()).isEqualTo(DesignationStatus.LAPSED);
        assertThat(d.appliesOn(LocalDate.parse("2027-06-30"))).isTrue();
        assertThat(d.appliesOn(after)).isFalse();
    }

    @Test
    void theReviewerMayExtendAndAnOverdueReviewKeepsItInForce() {
        Designation d = published(List.of(LINKED.toString()), "2027-06-30");
        assertThatThrownBy(() -> d.extend(
                        LocalDate.parse("2027-06-01"), "regulator", null, DesignationTest.TODAY, DesignationTest.NOW))
                .isInstanceOf(InvalidInputException.class);
        d.extend(
                LocalDate.parse("2027-12-31"),
                "regulator",
                "Transfers continue",
                DesignationTest.TODAY,
                DesignationTest.NOW);
        assertThat(d.effectiveTo()).isEqualTo(LocalDate.parse("2027-12-31"));

        d.holdPendingLapseReview(LocalDate.parse("2028-01-30"), DesignationTest.NOW);
        assertThat(d.effectiveTo())
                .as("NO_SILENT_LAPSE: kept in force while undecided")
                .isEqualTo(LocalDate.parse("2028-01-30"));
        assertThat(d.events()).extracting(DesignationEvent::kind).contains(DesignationEvent.Kind.LAPSE_REVIEW_OVERDUE);

        d.extend(null, "regulator", "Open-ended", DesignationTest.TODAY, DesignationTest.NOW);
        assertThat(d.effectiveTo()).isNull();
        assertThatThrownBy(() -> d.decideLapse("regulator", null, DesignationTest.NOW))
                .as("an open-ended designation does not lapse")
                .isInstanceOf(ConflictException.class);
    }
}
