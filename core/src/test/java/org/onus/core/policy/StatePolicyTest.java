package org.onus.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class StatePolicyTest {

    static final UUID NOTICE = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    static final StatePolicy.References REFERENCES = new StatePolicy.References(
            code -> Set.of("650000", "653100", "540000").contains(code), NOTICE::equals);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final UUID AUDIT_ID = UUID.fromString("e0000000-0000-4000-8000-0000000000a1");
    static final StatePolicy.CitedEvidence NOTICE_ITEM =
            new StatePolicy.CitedEvidence(NOTICE, EvidenceType.POLICY_REPEAL_NOTICE);
    static final StatePolicy.CitedEvidence COURT =
            new StatePolicy.CitedEvidence(UUID.randomUUID(), EvidenceType.COURT_RECORD);
    static final StatePolicy.CitedEvidence LEGISLATURE =
            new StatePolicy.CitedEvidence(UUID.randomUUID(), EvidenceType.LEGISLATIVE_RECORD);
    static final StatePolicy.CitedEvidence AUDIT = new StatePolicy.CitedEvidence(AUDIT_ID, EvidenceType.FACTORY_AUDIT);

    /** Stands in for the policy-status table: official records only (the table itself is tested in workflows). */
    static final RepealEvidenceTable TABLE = type -> switch (type) {
        case POLICY_REPEAL_NOTICE, COURT_RECORD, LEGISLATIVE_RECORD ->
            new RepealEvidenceTable.Verdict(true, "An official record of the repeal");
        default -> new RepealEvidenceTable.Verdict(false, type + " never shows a repeal");
    };

    /** A table that fails the test if the aggregate asks it: the rule under test must decide first. */
    static final RepealEvidenceTable REFUSE_IF_ASKED = type -> {
        throw new AssertionError("the table was asked about " + type);
    };

    static final StatePolicy.Mover REGULATOR = new StatePolicy.Mover("regulator", Set.of(Role.REGULATOR));
    static final StatePolicy.Mover SENIOR =
            new StatePolicy.Mover("senior-regulator", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR));
    static final StatePolicy.Mover SENIOR_2 =
            new StatePolicy.Mover("senior-regulator-2", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR));

    @Test
    void aNewPolicyIsInForce() {
        StatePolicy policy = enact();

        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(policy.regionCodes()).containsExactly("650000", "653100");
        assertThat(policy.sourceIds()).containsExactly(NOTICE);
        assertThat(policy.statusChanges()).isEmpty();
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        StatePolicy.Description bad = new StatePolicy.Description(
                " ", null, "14 Dec 2021", "x".repeat(10_001), List.of("999999"), List.of("not-an-id"));

        assertThatThrownBy(() -> StatePolicy.enact(bad, REFERENCES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream().map(Problem::code))
                                .containsExactly(
                                        "title", "authority", "issued", "summary", "regionCodes", "sourceIds"));
    }

    @Test
    void aPolicyAppliesSomewhere() {
        StatePolicy.Description nowhere =
                new StatePolicy.Description("Labour transfer plan", "Government", null, null, List.of(), List.of());

        assertThatThrownBy(() -> StatePolicy.enact(nowhere, REFERENCES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one region");
    }

    @Test
    void aRepealIsClaimedByOneRegulatorAndVerifiedByAnotherSeniorOnAnOfficialNotice() {
        StatePolicy policy = enact();

        policy.changeStatus(
                PolicyStatus.REPEAL_CLAIMED, "Importer submitted a repeal notice", List.of(), REGULATOR, TABLE, NOW);
        PolicyStatusChange verified = policy.changeStatus(
                PolicyStatus.REPEAL_VERIFIED,
                "Notice checked with the gazette",
                List.of(NOTICE_ITEM),
                SENIOR_2,
                TABLE,
                NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_VERIFIED);
        assertThat(verified.from()).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
        assertThat(verified.evidenceIds()).containsExactly(NOTICE);
        assertThat(verified.changedBy()).isEqualTo("senior-regulator-2");
        assertThat(policy.claimedBy()).hasValue("regulator");
        assertThat(policy.statusChanges()).hasSize(2);
    }

    @Test
    void courtAndLegislativeRecordsAlsoShowARepeal() {
        StatePolicy policy = claimed(REGULATOR);

        policy.changeStatus(
                PolicyStatus.REPEAL_VERIFIED,
                "Annulled by the court; act repealed",
                List.of(COURT, LEGISLATURE),
                SENIOR,
                TABLE,
                NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_VERIFIED);
    }

    @Test
    void whoeverClaimedTheRepealCannotVerifyItEvenAsASeniorRegulator() {
        StatePolicy policy = claimed(SENIOR);

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "I checked it myself", List.of(NOTICE_ITEM), SENIOR, TABLE, NOW))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageStartingWith("FOUR_EYES_REPEAL:")
                .hasMessageContaining("senior-regulator recorded the repeal claim");
        assertUnchangedAfterClaim(policy);
    }

    @Test
    void aPlainRegulatorCannotVerifyARepeal() {
        StatePolicy policy = claimed(SENIOR);

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "Repealed", List.of(NOTICE_ITEM), REGULATOR, TABLE, NOW))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageStartingWith("FOUR_EYES_REPEAL:")
                .hasMessageContaining("only a senior regulator");
        assertUnchangedAfterClaim(policy);
    }

    @Test
    void whoMayActIsCheckedBeforeTheEvidence() {
        StatePolicy policy = claimed(SENIOR);

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "Audited", List.of(AUDIT), REGULATOR, REFUSE_IF_ASKED, NOW))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageStartingWith("FOUR_EYES_REPEAL:");
    }

    @Test
    void onlyRegulatorsMoveAPolicyAtAll() {
        StatePolicy policy = enact();
        StatePolicy.Mover officer =
                new StatePolicy.Mover("officer", Set.of(Role.CUSTOMS_OFFICER, Role.CUSTOMS_SUPERVISOR));

        assertThatThrownBy(() ->
                        policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "Claimed", List.of(), officer, TABLE, NOW))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageStartingWith("POLICY_STATUS_BY_REGULATOR:");
        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(policy.statusChanges()).isEmpty();
    }

    @Test
    void aFactoryAuditCannotShowARepealAndTheRefusalNamesTheRuleAndTheItem() {
        StatePolicy policy = claimed(REGULATOR);

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "The factory was audited", List.of(AUDIT), SENIOR_2, TABLE, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.getMessage()).startsWith("REPEAL_EVIDENCE_ADMISSIBLE:");
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).code()).isEqualTo("REPEAL_EVIDENCE_ADMISSIBLE");
                    assertThat(e.problems().get(0).message())
                            .contains(AUDIT_ID.toString(), "FACTORY_AUDIT", "never shows a repeal");
                });
        assertUnchangedAfterClaim(policy);
    }

    @Test
    void anInadmissibleItemIsNotRescuedByAnAdmissibleOneBesideIt() {
        StatePolicy policy = claimed(REGULATOR);

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED,
                        "Notice and audit",
                        List.of(NOTICE_ITEM, AUDIT),
                        SENIOR_2,
                        TABLE,
                        NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message()).contains(AUDIT_ID.toString())));
        assertUnchangedAfterClaim(policy);
    }

    @Test
    void aClaimIsNotJudgedByTheTable() {
        StatePolicy policy = enact();

        policy.changeStatus(
                PolicyStatus.REPEAL_CLAIMED,
                "The importer sent an audit",
                List.of(AUDIT),
                REGULATOR,
                REFUSE_IF_ASKED,
                NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
    }

    @Test
    void aFailedClaimPutsThePolicyBackInForceByOneRegulator() {
        StatePolicy policy = claimed(SENIOR);

        policy.changeStatus(PolicyStatus.IN_FORCE, "Targets still published in 2026", List.of(), REGULATOR, TABLE, NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(policy.claimedBy()).isEmpty();
    }

    @Test
    void aVerifiedRepealGoesBackInForceByOneRegulatorEvenTheClaimerWithAReason() {
        StatePolicy policy = verified(REGULATOR, SENIOR);

        assertThatThrownBy(() -> policy.changeStatus(PolicyStatus.IN_FORCE, " ", List.of(), REGULATOR, TABLE, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say why");
        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_VERIFIED);

        PolicyStatusChange reinstated = policy.changeStatus(
                PolicyStatus.IN_FORCE, "Quotas reissued under a new title", List.of(), REGULATOR, TABLE, NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(reinstated.from()).isEqualTo(PolicyStatus.REPEAL_VERIFIED);
        assertThat(reinstated.changedBy()).isEqualTo("regulator");
    }

    @Test
    void aNewClaimAfterReinstatementNeedsFourEyesAgainAgainstTheNewClaimer() {
        StatePolicy policy = verified(REGULATOR, SENIOR);
        policy.changeStatus(PolicyStatus.IN_FORCE, "Reissued", List.of(), REGULATOR, TABLE, NOW);
        policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "Repealed again", List.of(), SENIOR_2, TABLE, NOW);

        assertThat(policy.claimedBy()).hasValue("senior-regulator-2");
        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "Checked", List.of(NOTICE_ITEM), SENIOR_2, TABLE, NOW))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageStartingWith("FOUR_EYES_REPEAL:");

        policy.changeStatus(PolicyStatus.REPEAL_VERIFIED, "Checked", List.of(NOTICE_ITEM), SENIOR, TABLE, NOW);
        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_VERIFIED);
    }

    @Test
    void fourEyesGuardEveryMoveIntoAVerifiedRepealButNotTheProtectiveOnes() {
        for (PolicyStatus from : PolicyStatus.values()) {
            for (PolicyStatus to : PolicyStatus.values()) {
                boolean expected = to == PolicyStatus.REPEAL_VERIFIED
                        || (from == PolicyStatus.REPEAL_VERIFIED && to != PolicyStatus.IN_FORCE);
                assertThat(StatePolicy.needsFourEyes(from, to))
                        .as(from + " -> " + to)
                        .isEqualTo(expected);
            }
        }
        assertThat(StatePolicy.needsFourEyes(PolicyStatus.REPEAL_VERIFIED, PolicyStatus.IN_FORCE))
                .isFalse();
        assertThat(StatePolicy.needsFourEyes(PolicyStatus.REPEAL_CLAIMED, PolicyStatus.REPEAL_VERIFIED))
                .isTrue();
    }

    @Test
    void aVerifiedRepealNeedsEvidence() {
        StatePolicy policy = claimed(REGULATOR);

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "Looks repealed", List.of(), SENIOR, TABLE, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("verified only on evidence");
        assertUnchangedAfterClaim(policy);
    }

    @Test
    void aPolicyInForceCannotJumpToVerifiedRepeal() {
        StatePolicy policy = enact();

        assertThatThrownBy(() -> policy.changeStatus(
                        PolicyStatus.REPEAL_VERIFIED, "Repealed", List.of(NOTICE_ITEM), SENIOR, TABLE, NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::message)
                                .containsExactly("From IN_FORCE it can only become REPEAL_CLAIMED"));
        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(policy.statusChanges()).isEmpty();
    }

    @Test
    void aStatusChangeNeedsAReason() {
        StatePolicy policy = enact();

        assertThatThrownBy(
                        () -> policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "  ", List.of(), REGULATOR, TABLE, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say why");
    }

    @Test
    void statusesParseFromWhatPeopleType() {
        assertThat(PolicyStatus.parse(" repeal_claimed ")).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
        assertThatThrownBy(() -> PolicyStatus.parse("REPEALED"))
                .hasMessageContaining("use IN_FORCE, REPEAL_CLAIMED or REPEAL_VERIFIED");
    }

    private static StatePolicy claimed(StatePolicy.Mover claimer) {
        StatePolicy policy = enact();
        policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "A repeal was announced", List.of(), claimer, TABLE, NOW);
        return policy;
    }

    private static StatePolicy verified(StatePolicy.Mover claimer, StatePolicy.Mover verifier) {
        StatePolicy policy = claimed(claimer);
        policy.changeStatus(
                PolicyStatus.REPEAL_VERIFIED, "Gazette checked", List.of(NOTICE_ITEM), verifier, TABLE, NOW);
        return policy;
    }

    private static void assertUnchangedAfterClaim(StatePolicy policy) {
        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
        assertThat(policy.statusChanges())
                .extracting(PolicyStatusChange::to)
                .containsExactly(PolicyStatus.REPEAL_CLAIMED);
    }

    private static StatePolicy enact() {
        return StatePolicy.enact(
                new StatePolicy.Description(
                        "Poverty alleviation through labour transfer",
                        "XUAR People's Government",
                        "2018-03-01",
                        "Quotas for transferring rural labourers",
                        List.of("650000", "653100 "),
                        List.of(NOTICE.toString())),
                REFERENCES);
    }
}
