package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/** What the case offers each person, and how it refuses the rest (the status codes the API answers). */
class AllowedActionsTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Actor IMPORTER = Actor.of("importer-a", "Alice", Set.of(Role.IMPORTER), "ACME-IMPORTS");
    static final Actor STRANGER = Actor.of("importer-b", "Bob", Set.of(Role.IMPORTER), "OTHER-IMPORTS");
    static final Actor OFFICER = Actor.of("officer", "Olu", Set.of(Role.CUSTOMS_OFFICER), null);
    static final Actor SUPERVISOR =
            Actor.of("supervisor", "Sam", Set.of(Role.CUSTOMS_SUPERVISOR, Role.CUSTOMS_OFFICER), null);
    static final Actor SUPERVISOR_2 = Actor.of("supervisor-2", "Sue", Set.of(Role.CUSTOMS_SUPERVISOR), null);
    static final Actor AUDITOR = Actor.of("auditor", "Ada", Set.of(Role.AUDITOR), null);
    static final UUID POLICY = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final Requirement REPEAL = new Requirement(RequirementCode.policyRepealed(POLICY), "Repeal");
    static final PolicyStatuses VERIFIED = id -> Optional.of(PolicyStatus.REPEAL_VERIFIED);

    private final DetentionCase c =
            OpenedCases.opened("matched", DAY, AT, new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()));

    @Test
    void aDetainedCaseOffersTheOwnerTheRebuttalAndUploadsAndCustomsTheReviewOnly() {
        assertThat(c.allowedActions(IMPORTER, DAY))
                .containsExactly(CaseAction.FILE_REBUTTAL, CaseAction.UPLOAD_EVIDENCE);
        assertThat(c.allowedActions(OFFICER, DAY)).containsExactly(CaseAction.REVIEW_EVIDENCE);
        assertThat(c.allowedActions(STRANGER, DAY)).isEmpty();
        assertThat(c.allowedActions(AUDITOR, DAY)).isEmpty();
        assertThat(c.allowedActions(IMPORTER, c.rebuttalDeadline().plusDays(1)))
                .as("after the deadline nothing is offered, the confiscation timer is due")
                .isEmpty();
    }

    @Test
    void refusalsKeepTheirStatusCodes() {
        assertThatThrownBy(() -> c.require(CaseAction.FILE_REBUTTAL, STRANGER, DAY))
                .as("another organisation does not learn the case exists")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.require(CaseAction.FILE_REBUTTAL, OFFICER, DAY))
                .as("customs do not rebut for importers")
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> c.require(CaseAction.DECIDE, IMPORTER, DAY))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> c.require(CaseAction.DECIDE, OFFICER, DAY))
                .as("no rebuttal yet")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theSupervisorWhoProposedAnExceptionReleaseIsNotOfferedItsApproval() {
        c.fileRebuttal(Route.EXCEPTION, "repealed", List.of(REPEAL), "importer-a", DAY, 30, AT);
        CaseEvidence notice = c.offer(
                new CaseEvidence.Offer(
                        org.onus.core.rebuttal.CaseEvidenceType.POLICY_REPEAL_NOTICE,
                        REPEAL.code(),
                        "gazette",
                        "g.pdf",
                        "application/pdf",
                        10,
                        "ab"),
                "importer-a",
                DAY,
                AT);
        c.evidenceJudged(notice.id(), true, "official", AT);
        c.reviewEvidence(notice.id(), true, null, "officer", AT);
        c.decideRelease("supervisor", "repeal verified", VERIFIED, AT);

        assertThat(c.allowedActions(SUPERVISOR, DAY)).doesNotContain(CaseAction.APPROVE_RELEASE);
        assertThatThrownBy(() -> c.require(CaseAction.APPROVE_RELEASE, SUPERVISOR, DAY))
                .isInstanceOf(ForbiddenActionException.class);
        assertThat(c.allowedActions(SUPERVISOR_2, DAY)).contains(CaseAction.APPROVE_RELEASE);
        assertThat(c.allowedActions(OFFICER, DAY))
                .as("an officer neither approves nor decides again")
                .doesNotContain(CaseAction.APPROVE_RELEASE, CaseAction.DECIDE);
    }
}
