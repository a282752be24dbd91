package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.detention.DetentionCase.AssignmentAction;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/** Who works a case: the shared queue, one officer at a time, and officials who step aside. */
class DetentionCaseAssignmentTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of());
    static final Requirement TRACE = new Requirement(RequirementCode.trace(0), "Trace input 1");
    static final PolicyStatuses IN_FORCE = id -> Optional.of(PolicyStatus.IN_FORCE);

    static final Actor OFFICER = Actor.of("officer", "Priya", Set.of(Role.CUSTOMS_OFFICER), null);
    static final Actor OFFICER_2 = Actor.of("officer-2", "Li", Set.of(Role.CUSTOMS_OFFICER), null);
    static final Actor SUPERVISOR = Actor.of("supervisor", "Tomás", Set.of(Role.CUSTOMS_SUPERVISOR), null);
    static final Actor AUDITOR = Actor.of("auditor", "Grace", Set.of(Role.AUDITOR), null);
    static final Actor IMPORTER = Actor.of("importer-a", "Alice", Set.of(Role.IMPORTER), "ACME-IMPORTS");

    private final DetentionCase c = OpenedCases.opened("input 1 → Xinjiang cotton", DAY, AT, CALENDAR);

    @Test
    void aNewCaseWaitsInTheSharedQueueAndAnOfficerTakesIt() {
        assertThat(c.assignee()).isEmpty();
        c.take("officer", AT);
        assertThat(c.assignee()).contains("officer");
        assertThat(c.assignmentOptions(OFFICER).handBack()).isTrue();
        assertThat(c.assignmentOptions(OFFICER_2).take())
                .as("someone else works it")
                .isFalse();
    }

    @Test
    void takingACaseSomeoneElseWorksIsAConflictAndChangesNothing() {
        c.take("officer", AT);
        assertThatThrownBy(() -> c.take("officer-2", AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("assigned to officer");
        assertThat(c.assignee()).contains("officer");
    }

    @Test
    void onlyTheAssigneeHandsBackAndTheCaseReturnsToTheSharedQueue() {
        c.take("officer", AT);
        assertThatThrownBy(() -> c.handBack("officer-2")).isInstanceOf(ConflictException.class);
        c.handBack("officer");
        assertThat(c.assignee()).isEmpty();
        assertThatThrownBy(() -> c.handBack("officer")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSupervisorAssignsAndReassigns() {
        c.take("officer", AT);
        c.assign("officer-2", "supervisor", AT);
        assertThat(c.assignee()).contains("officer-2");
        assertThatThrownBy(() -> c.assign("officer-2", "supervisor", AT)).isInstanceOf(ConflictException.class);
        assertThat(c.assignmentOptions(SUPERVISOR).assign()).isTrue();
        assertThat(c.assignmentOptions(OFFICER).assign())
                .as("officers do not assign")
                .isFalse();
    }

    @Test
    void assignmentStepsNeedTheirRole() {
        assertThatThrownBy(() -> DetentionCase.requireAssignmentRole(AssignmentAction.ASSIGN, OFFICER))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> DetentionCase.requireAssignmentRole(AssignmentAction.TAKE, SUPERVISOR))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> DetentionCase.requireAssignmentRole(AssignmentAction.STEP_ASIDE, AUDITOR))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> DetentionCase.requireAssignmentRole(AssignmentAction.TAKE, IMPORTER))
                .isInstanceOf(ForbiddenActionException.class);
        DetentionCase.requireAssignmentRole(AssignmentAction.STEP_ASIDE, SUPERVISOR);
        assertThat(c.assignmentOptions(AUDITOR).any()).isFalse();
        assertThat(c.assignmentOptions(IMPORTER).any()).isFalse();
    }

    @Test
    void steppingAsideNeedsAReasonAndReturnsTheCaseToTheSharedQueue() {
        c.take("officer", AT);
        assertThatThrownBy(() -> c.stepAside("officer", "  ", AT))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("reason"));
        assertThat(c.assignee()).as("a refused step changes nothing").contains("officer");

        c.stepAside("officer", "The importer is my brother-in-law's firm", AT);
        assertThat(c.assignee()).isEmpty();
        assertThat(c.hasSteppedAside("officer")).isTrue();
        assertThat(c.recusals()).singleElement().satisfies(r -> {
            assertThat(r.official()).isEqualTo("officer");
            assertThat(r.reason()).isEqualTo("The importer is my brother-in-law's firm");
        });
        assertThatThrownBy(() -> c.stepAside("officer", "again", AT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anOfficerWhoSteppedAsideCanNeitherTakeNorBeAssigned() {
        c.stepAside("officer", "Conflict of interest", AT);
        assertThatThrownBy(() -> c.take("officer", AT)).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> c.assign("officer", "supervisor", AT)).isInstanceOf(ConflictException.class);
        assertThat(c.assignee()).isEmpty();
        assertThat(c.assignmentOptions(OFFICER).take()).isFalse();
        assertThat(c.assignmentOptions(OFFICER).stepAside()).isFalse();
        c.take("officer-2", AT);
        assertThat(c.assignee()).contains("officer-2");
    }

    @Test
    void anOfficerWhoSteppedAsideCannotReviewEvidenceNorDecide() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "not from there", List.of(TRACE), "importer-a", DAY, 30, AT);
        CaseEvidence e = c.offer(
                new CaseEvidence.Offer(
                        CaseEvidenceType.INVOICE, TRACE.code(), "doc", "doc.pdf", "application/pdf", 10, "ab"),
                "importer-a",
                DAY,
                AT);
        c.evidenceJudged(e.id(), true, "admissible", AT);
        assertThat(c.allowedActions(OFFICER, DAY)).contains(CaseAction.REVIEW_EVIDENCE, CaseAction.DECIDE);

        c.stepAside("officer", "I audited this importer last year", AT);

        assertThat(c.allowedActions(OFFICER, DAY)).doesNotContain(CaseAction.REVIEW_EVIDENCE, CaseAction.DECIDE);
        assertThatThrownBy(() -> c.require(CaseAction.DECIDE, OFFICER, DAY))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageContaining("stepped aside");
        // The aggregate's own steps refuse too, whatever path calls them.
        assertThatThrownBy(() -> c.reviewEvidence(e.id(), true, null, "officer", AT))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> c.confiscate("officer", "no proof", DAY, DAY.plusDays(30), AT))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> c.decideRelease("officer", "proof", IN_FORCE, AT))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> c.requestInformation("officer", "more", 2, DAY.plusDays(40), DAY, AT))
                .isInstanceOf(ForbiddenActionException.class);
        assertThat(c.status()).isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);

        assertThat(c.allowedActions(OFFICER_2, DAY)).contains(CaseAction.REVIEW_EVIDENCE, CaseAction.DECIDE);
        c.reviewEvidence(e.id(), true, null, "officer-2", AT);
    }

    @Test
    void theRunningDeadlineIsTheImportersUntilTheRebuttalThenTheAuthoritys() {
        assertThat(c.deadlineKind()).contains(DetentionCase.DeadlineKind.REBUTTAL);
        assertThat(c.runningDeadline()).contains(c.rebuttalDeadline());
        c.fileRebuttal(Route.NOT_APPLICABLE, "not from there", List.of(TRACE), "importer-a", DAY, 30, AT);
        assertThat(c.deadlineKind()).contains(DetentionCase.DeadlineKind.DECISION);
        assertThat(c.runningDeadline()).contains(c.decisionDue());
        c.confiscate("officer", "no proof", DAY, DAY.plusDays(30), AT);
        assertThat(c.runningDeadline())
                .as("decided: no deadline runs for customs")
                .isEmpty();
        assertThatThrownBy(() -> c.take("officer", AT))
                .as("a closed case is no longer worked")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void steppingAsideIsOnTheAuditSnapshot() {
        c.take("officer", AT);
        c.stepAside("officer", "conflict", AT);
        assertThat(c.snapshot().fields()).containsEntry("assignee", null);
        assertThat(c.snapshot().fields().get("steppedAside")).isEqualTo(List.of("officer"));
    }
}
