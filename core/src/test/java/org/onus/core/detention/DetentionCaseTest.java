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
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;

class DetentionCaseTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final UUID POLICY = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final Requirement TRACE = new Requirement(RequirementCode.trace(0), "Trace input 1");
    static final Requirement REPEAL = new Requirement(RequirementCode.policyRepealed(POLICY), "Repeal");

    private final DetentionCase c = DetentionCase.open(
            UUID.randomUUID(),
            "ACME-IMPORTS",
            "input 1 → Xinjiang cotton",
            "screening",
            DAY,
            AT,
            new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()),
            5,
            30);

    private CaseEvidence offer(CaseEvidenceType type, Requirement r) {
        return c.offer(
                new CaseEvidence.Offer(
                        type, r == null ? null : r.code(), "doc", "doc.pdf", "application/pdf", 10, "ab"),
                "importer-a",
                DAY,
                AT);
    }

    private List<Requirement> unmet(PolicyStatus status) {
        return c.unmet(id -> Optional.of(status));
    }

    @Test
    void aReleaseNeedsEveryRequirementMetByAdmissibleAcceptedEvidence() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "not from there", List.of(TRACE), "importer-a", DAY, AT);
        CaseEvidence audit = offer(CaseEvidenceType.FACTORY_AUDIT, TRACE);
        c.evidenceJudged(audit.id(), true, "a table row gone wrong", AT);
        assertThat(audit.isAdmissible()).as("an audit is never admissible").isFalse();
        assertThatThrownBy(() -> c.reviewEvidence(audit.id(), true, "ok", "officer", AT))
                .isInstanceOf(ConflictException.class);
        assertThat(unmet(PolicyStatus.IN_FORCE)).containsExactly(TRACE);
        assertThatThrownBy(() -> c.release("officer", "proof", unmet(PolicyStatus.IN_FORCE), DAY, AT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).problems())
                        .extracting(Problem::code)
                        .containsExactly("TRACE:0"));

        CaseEvidence invoice = offer(CaseEvidenceType.INVOICE, TRACE);
        c.evidenceJudged(invoice.id(), true, "tracing", AT);
        c.reviewEvidence(invoice.id(), true, "matches the bill of lading", "officer", AT);
        assertThat(unmet(PolicyStatus.IN_FORCE))
                .as("one invoice never traces an input")
                .containsExactly(TRACE);
        CaseEvidence production = offer(CaseEvidenceType.PRODUCTION_RECORD, TRACE);
        c.evidenceJudged(production.id(), true, "tracing", AT);
        c.reviewEvidence(production.id(), true, "the ginnery's batch records", "officer", AT);
        c.release("officer", "traced to Uzbekistan", unmet(PolicyStatus.IN_FORCE), DAY, AT);

        assertThat(c.status()).isEqualTo(CaseStatus.RELEASED);
        assertThatThrownBy(() -> offer(CaseEvidenceType.INVOICE, TRACE))
                .as("nothing is added once decided")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anExceptionReleaseWaitsForAnotherSupervisorAndAClaimedRepealIsNotEnough() {
        c.fileRebuttal(Route.EXCEPTION, "repealed", List.of(REPEAL), "importer-a", DAY, AT);
        CaseEvidence notice = offer(CaseEvidenceType.POLICY_REPEAL_NOTICE, REPEAL);
        c.evidenceJudged(notice.id(), true, "official", AT);
        c.reviewEvidence(notice.id(), true, "gazette", "supervisor", AT);
        assertThat(unmet(PolicyStatus.REPEAL_CLAIMED)).containsExactly(REPEAL);

        c.release("supervisor", "repealed", unmet(PolicyStatus.REPEAL_VERIFIED), DAY, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> c.approveRelease(true, "supervisor", "mine", List.of(), DAY, AT))
                .isInstanceOf(ForbiddenActionException.class);

        c.approveRelease(false, "supervisor-2", "check the gazette again", List.of(), DAY, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);
        c.release("officer", "checked", List.of(), DAY, AT);
        c.approveRelease(true, "supervisor", "independent of the officer", List.of(), DAY, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(c.approvedBy()).isEqualTo("supervisor");
    }

    @Test
    void informationIsRequestedOnceWithANewDeadlineAndTheAnswerKeepsTheRoute() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "first", List.of(TRACE), "importer-a", DAY, AT);
        c.requestInformation("officer", "send the bill of lading", 1, DAY.plusDays(60), AT);
        assertThat(c.status()).isEqualTo(CaseStatus.INFO_REQUESTED);
        assertThat(c.rebuttalDeadline()).isEqualTo(DAY.plusDays(60));
        assertThatThrownBy(() -> c.fileRebuttal(Route.EXCEPTION, "switch", List.of(), "importer-a", DAY, AT))
                .isInstanceOf(ConflictException.class);

        c.fileRebuttal(Route.NOT_APPLICABLE, "here it is", List.of(), "importer-a", DAY.plusDays(40), AT);
        assertThat(c.status()).isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);
        assertThat(c.requirements()).containsExactly(TRACE);
        assertThatThrownBy(() -> c.requestInformation("officer", "more", 1, DAY.plusDays(90), AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already been requested");
    }

    @Test
    void afterTheDeadlineNothingIsFiledAndTheGoodsAreConfiscatedThenProtestableWithinTheWindow() {
        LocalDate late = c.rebuttalDeadline().plusDays(1);
        assertThatThrownBy(() -> c.fileRebuttal(Route.NOT_APPLICABLE, "late", List.of(TRACE), "importer-a", late, AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Too late");

        c.confiscateAtDeadline(late, late.plusDays(180), AT);
        assertThat(c.status()).isEqualTo(CaseStatus.CONFISCATED);
        assertThat(c.decidedBy()).isEqualTo("system");
        assertThatThrownBy(() -> c.protest("unfair", "importer-a", late.plusDays(181), AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("window closed");

        c.protest("we had filed by post", "importer-a", late.plusDays(10), AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTESTED);
        c.decideProtest(true, "supervisor", "the post office stamp shows it", AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTEST_UPHELD);
    }

    @Test
    void theOfficerWhoConfiscatedDoesNotDecideTheProtest() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "first", List.of(TRACE), "importer-a", DAY, AT);
        c.confiscate("supervisor", "no tracing evidence", DAY, DAY.plusDays(180), AT);
        c.protest("unfair", "importer-a", DAY, AT);
        assertThatThrownBy(() -> c.decideProtest(true, "supervisor", "mine", AT))
                .isInstanceOf(ForbiddenActionException.class);
        c.decideProtest(false, "supervisor-2", "no new evidence", AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTEST_DENIED);
    }

    @Test
    void beforeTheRebuttalAnOfficerCannotDecide() {
        assertThatThrownBy(() -> c.release("officer", "r", List.of(), DAY, AT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(
                                ((ConflictException) e).problems().get(0).message())
                        .contains("has not been filed"));
    }
}
