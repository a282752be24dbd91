package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class DesignationTest {

    static final UUID POLICY = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID EVIDENCE = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    static final DesignationAssembler.References REFERENCES = new DesignationAssembler.References(
            code -> Set.of("650000", "540000", "653100").contains(code),
            code -> Set.of("ALL_GOODS", "COTTON", "APPAREL").contains(code),
            POLICY::equals);

    static DesignationDraft description(String from) {
        return new DesignationDraft(
                "Xinjiang cotton",
                List.of("650000"),
                List.of("cotton", "APPAREL"),
                "Rebuttable presumption",
                "Cotton picking under labour transfer",
                List.of(POLICY.toString()),
                from,
                null);
    }

    static RiskAssessment complete() {
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.matrix()) {
            cells.put(
                    item,
                    item == AssessmentItem.IMPOSSIBILITY_OF_LEAVING_MENACE_OF_PENALTY
                            ? new RiskAssessment.Cell(null, List.of(), "No testimony from workers who tried to leave")
                            : new RiskAssessment.Cell("Findings", List.of(EVIDENCE), null));
        }
        return new RiskAssessment(
                new RiskAssessment.Precondition(true, "Labour transfer targets", List.of(EVIDENCE)),
                new RiskAssessment.Precondition(true, "Village work teams", List.of(EVIDENCE)),
                cells,
                Set.of(CoreFeature.PRODUCTION_QUOTAS),
                RationaleKind.BOTH);
    }

    static Designation submitted(String drafter) {
        Designation d =
                Designation.draft(DesignationAssembler.terms(description("2026-12-01"), REFERENCES), drafter, NOW);
        d.assess(complete(), EVIDENCE::equals, drafter, NOW);
        d.submit(drafter, NOW);
        return d;
    }

    @Test
    void aDraftNormalisesCodesAndRefusesUnknownOnesWithEveryProblemAtOnce() {
        Designation d =
                Designation.draft(DesignationAssembler.terms(description("2026-12-01"), REFERENCES), "regulator", NOW);
        assertThat(d.sectorCodes()).containsExactly("APPAREL", "COTTON");
        assertThat(d.status()).isEqualTo(DesignationStatus.DRAFT);
        assertThat(d.seriesId()).isEqualTo(d.id());

        assertThatThrownBy(() -> Designation.draft(
                        DesignationAssembler.terms(
                                new DesignationDraft(
                                        " ",
                                        List.of("999999"),
                                        List.of("ALL_GOODS", "COTTON"),
                                        "",
                                        "",
                                        List.of("nope"),
                                        "soon",
                                        null),
                                REFERENCES),
                        "regulator",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .contains(
                                        "title",
                                        "regionCodes",
                                        "sectorCodes",
                                        "legalBasis",
                                        "rationale",
                                        "policyIds",
                                        "effectiveFrom"));
    }

    @Test
    void theLastDayInForceCannotComeBeforeTheFirst() {
        assertThatThrownBy(() -> Designation.draft(
                        DesignationAssembler.terms(
                                new DesignationDraft(
                                        "T",
                                        List.of("650000"),
                                        List.of("COTTON"),
                                        "b",
                                        "r",
                                        List.of(),
                                        "2027-01-02",
                                        "2027-01-01"),
                                REFERENCES),
                        "regulator",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("effectiveTo"));
    }

    @Test
    void submittingWithAnIncompleteAssessmentIsRefusedListingWhatIsMissing() {
        Designation d =
                Designation.draft(DesignationAssembler.terms(description("2026-12-01"), REFERENCES), "regulator", NOW);

        assertThatThrownBy(() -> d.submit("regulator", NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .contains(
                                        "employmentPolicy",
                                        "mobilisationApparatus",
                                        "matrix.UNFREE_RECRUITMENT.INVOLUNTARINESS",
                                        "matrix.IMPOSSIBILITY_OF_LEAVING.MENACE_OF_PENALTY")
                                .hasSize(8));
        assertThat(d.status()).isEqualTo(DesignationStatus.DRAFT);
    }

    @Test
    void aCellCannotBothCiteEvidenceAndSayNoneWasFound() {
        Designation d =
                Designation.draft(DesignationAssembler.terms(description("2026-12-01"), REFERENCES), "regulator", NOW);
        RiskAssessment both = new RiskAssessment(
                null,
                null,
                Map.of(
                        AssessmentItem.UNFREE_RECRUITMENT_INVOLUNTARINESS,
                        new RiskAssessment.Cell("x", List.of(EVIDENCE), "none")),
                Set.of(),
                null);
        assertThatThrownBy(() -> d.assess(both, EVIDENCE::equals, "regulator", NOW))
                .isInstanceOf(InvalidInputException.class);
        RiskAssessment unknownEvidence = new RiskAssessment(
                new RiskAssessment.Precondition(true, "x", List.of(UUID.randomUUID())), null, Map.of(), Set.of(), null);
        assertThatThrownBy(() -> d.assess(unknownEvidence, EVIDENCE::equals, "regulator", NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("employmentPolicy"));
    }

    @Test
    void theAssessmentIsStoredAndReadBackAsItWasGiven() {
        Designation d = submitted("regulator");
        assertThat(d.assessment()).isEqualTo(complete());
        assertThat(d.assessment().complete()).isTrue();
    }

    @Test
    void nobodyWhoWroteAssessedOrSubmittedItMayApproveOrReturnIt() {
        Designation d =
                Designation.draft(DesignationAssembler.terms(description("2026-12-01"), REFERENCES), "regulator", NOW);
        d.assess(complete(), EVIDENCE::equals, "senior-regulator", NOW);
        d.submit("regulator", NOW);

        assertThatThrownBy(() -> d.approve("senior-regulator", NOW)).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> d.returnToDrafter("regulator", "fix it", NOW))
                .isInstanceOf(ForbiddenActionException.class);

        d.approve("another-senior", NOW);
        assertThat(d.status()).isEqualTo(DesignationStatus.APPROVED);
        assertThat(d.approvedBy()).isEqualTo("another-senior");
    }

    static org.onus.core.identity.Actor actor(String username, org.onus.core.identity.Role... roles) {
        return org.onus.core.identity.Actor.of(username, username, Set.of(roles), null);
    }

    @Test
    void whatSomeoneMayDoIsWhatTheChecksAcceptForTheirRoleTheStatusAndFourEyes() {
        var regulator = actor("regulator", org.onus.core.identity.Role.REGULATOR);
        var senior = actor("senior-regulator", org.onus.core.identity.Role.SENIOR_REGULATOR);
        var drafterAndSenior =
                actor("regulator", org.onus.core.identity.Role.REGULATOR, org.onus.core.identity.Role.SENIOR_REGULATOR);
        var auditor = actor("auditor", org.onus.core.identity.Role.AUDITOR);
        Designation d =
                Designation.draft(DesignationAssembler.terms(description("2026-12-01"), REFERENCES), "regulator", NOW);

        assertThat(d.allowedActions(regulator))
                .containsExactlyInAnyOrder(DesignationAction.EDIT, DesignationAction.ASSESS, DesignationAction.SUBMIT);
        assertThat(d.allowedActions(senior)).isEmpty();
        assertThat(d.allowedActions(auditor)).isEmpty();

        d.assess(complete(), EVIDENCE::equals, "regulator", NOW);
        d.submit("regulator", NOW);
        assertThat(d.allowedActions(regulator)).isEmpty();
        assertThat(d.allowedActions(drafterAndSenior)).as("four eyes").isEmpty();
        assertThat(d.allowedActions(senior))
                .containsExactlyInAnyOrder(DesignationAction.APPROVE, DesignationAction.RETURN);
        assertThatThrownBy(() -> d.require(DesignationAction.APPROVE, drafterAndSenior))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> d.require(DesignationAction.EDIT, regulator)).isInstanceOf(ConflictException.class);

        d.approve("senior-regulator", NOW);
        d.publish(TODAY.plusDays(3), NOW);
        assertThat(d.allowedActions(regulator))
                .containsExactlyInAnyOrder(
                        DesignationAction.CONFIRM,
                        DesignationAction.AMEND,
                        DesignationAction.PROPOSE_REVOCATION,
                        DesignationAction.PROPOSE_WITHDRAWAL);
        assertThat(d.allowedActions(senior))
                .containsExactlyInAnyOrder(DesignationAction.PROPOSE_REVOCATION, DesignationAction.PROPOSE_WITHDRAWAL);

        d.proposeWithdrawal("Annulled", "Judgment of the court", "senior-regulator", NOW);
        assertThat(d.allowedActions(senior)).as("the proposer decides nothing").isEmpty();
        assertThat(d.allowedActions(actor("another-senior", org.onus.core.identity.Role.SENIOR_REGULATOR)))
                .containsExactly(DesignationAction.DECIDE_WITHDRAWAL);
        assertThat(d.allowedActions(regulator))
                .as("one decision pending at a time")
                .containsExactlyInAnyOrder(DesignationAction.CONFIRM, DesignationAction.AMEND);
    }

    @Test
    void theReviewTrailRemembersWhoReturnedItWhyAndWhoApprovedIt() {
        Designation d = submitted("regulator");
        d.returnToDrafter("senior-regulator", "Cite the 2023 project", NOW);
        assertThat(d.reviewTrail().verdict()).isEqualTo(org.onus.core.review.Verdict.RETURNED);
        assertThat(d.reviewTrail().reviewedBy()).isEqualTo("senior-regulator");
        assertThat(d.reviewTrail().reason()).isEqualTo("Cite the 2023 project");
        assertThat(d.submittedBy()).isNull();
        assertThat(d.approvedBy()).isNull();

        d.submit("regulator", NOW);
        assertThat(d.submittedBy()).isEqualTo("regulator");
        assertThat(d.reviewTrail().verdict()).as("a new round").isNull();
        d.approve("senior-regulator", NOW);
        assertThat(d.approvedBy()).isEqualTo("senior-regulator");
        assertThat(d.approvedAt()).isEqualTo(NOW);
    }

    @Test
    void returningNeedsACommentAndGivesTheDraftBack() {
        Designation d = submitted("regulator");
        assertThatThrownBy(() -> d.returnToDrafter("senior-regulator", " ", NOW))
                .isInstanceOf(InvalidInputException.class);
        d.returnToDrafter("senior-regulator", "Cite the 2023 project", NOW);
        assertThat(d.status()).isEqualTo(DesignationStatus.DRAFT);
        assertThat(d.events()).last().satisfies(e -> assertThat(e.comment()).isEqualTo("Cite the 2023 project"));
    }

    @Test
    void aDesignationApprovedAfterItsEffectiveDateAppliesFromPublicationNotRetroactively() {
        Designation d = submitted("regulator");
        d.approve("senior-regulator", NOW);
        d.publish(LocalDate.parse("2026-12-05"), NOW);

        assertThat(d.status()).isEqualTo(DesignationStatus.PUBLISHED);
        assertThat(d.effectiveFrom()).isEqualTo(LocalDate.parse("2026-12-05"));
        assertThat(d.appliesOn(LocalDate.parse("2026-12-04"))).isFalse();
        assertThat(d.appliesOn(LocalDate.parse("2026-12-05"))).isTrue();
    }

    @Test
    void anAmendmentIsTheNextVersionAndEndsItsPredecessorTheDayBeforeItTakesEffect() {
        Designation v1 = submitted("regulator");
        v1.approve("senior-regulator", NOW);
        v1.publish(TODAY, NOW);

        Designation v2 = v1.amend("regulator", NOW);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.seriesId()).isEqualTo(v1.seriesId());
        assertThat(v2.supersedes()).isEqualTo(v1.id());
        assertThat(v2.assessment()).isEqualTo(v1.assessment());
        assertThat(v2.status()).isEqualTo(DesignationStatus.DRAFT);

        v2.redescribe(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "b",
                                "r",
                                List.of(POLICY.toString()),
                                "2027-03-01",
                                null),
                        REFERENCES),
                "regulator",
                NOW);
        v2.submit("regulator", NOW);
        v2.approve("senior-regulator", NOW);
        v1.endBefore(v2.effectiveFrom());
        v2.publish(LocalDate.parse("2027-03-01"), NOW);
        v1.supersede(v2, NOW);

        assertThat(v1.status()).isEqualTo(DesignationStatus.SUPERSEDED);
        assertThat(v1.effectiveTo()).isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(v1.appliesOn(LocalDate.parse("2027-02-28"))).isTrue();
        assertThat(v1.appliesOn(LocalDate.parse("2027-03-01"))).isFalse();
        assertThat(v2.appliesOn(LocalDate.parse("2027-03-01"))).isTrue();
    }

    @Test
    void onlyDraftsChangeAndOnlyPublishedDesignationsAreAmended() {
        Designation d = submitted("regulator");
        assertThatThrownBy(() -> d.redescribe(
                        DesignationAssembler.terms(description("2026-12-01"), REFERENCES), "regulator", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> d.amend("regulator", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftIsNeverInForceButAnApprovedOneIsListedForItsFutureDays() {
        Designation d = submitted("regulator");
        assertThat(d.appliesOn(LocalDate.parse("2027-01-01"))).isFalse();
        d.approve("senior-regulator", NOW);
        assertThat(d.appliesOn(LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(d.appliesOn(LocalDate.parse("2027-01-01"))).isTrue();
    }
}
