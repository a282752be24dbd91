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
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/** The case's rules: one gate frees goods, four eyes, the protest paths, the authority's clock, dispositions. */
class DetentionCaseTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final UUID POLICY = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final Requirement TRACE = new Requirement(RequirementCode.trace(0), "Trace input 1");
    static final Requirement REPEAL = new Requirement(RequirementCode.policyRepealed(POLICY), "Repeal");
    static final PolicyStatuses IN_FORCE = id -> Optional.of(PolicyStatus.IN_FORCE);
    static final PolicyStatuses VERIFIED = id -> Optional.of(PolicyStatus.REPEAL_VERIFIED);
    static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of());

    private final DetentionCase c = OpenedCases.opened("input 1 → Xinjiang cotton", DAY, AT, CALENDAR);

    private CaseEvidence offer(CaseEvidenceType type, Requirement r) {
        return c.offer(
                new CaseEvidence.Offer(
                        type, r == null ? null : r.code(), "doc", "doc.pdf", "application/pdf", 10, "ab"),
                "importer-a",
                DAY,
                AT);
    }

    private CaseEvidence accepted(CaseEvidenceType type, Requirement r, String officer) {
        CaseEvidence e = offer(type, r);
        c.evidenceJudged(e.id(), true, "admissible", AT);
        c.reviewEvidence(e.id(), true, null, officer, AT);
        return e;
    }

    @Test
    void aReleaseNeedsEveryRequirementMetByAdmissibleAcceptedEvidenceAndStoresItsProof() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "not from there", List.of(TRACE), "importer-a", DAY, 30, AT);
        CaseEvidence audit = offer(CaseEvidenceType.FACTORY_AUDIT, TRACE);
        c.evidenceJudged(audit.id(), true, "a table row gone wrong", AT);
        assertThat(audit.isAdmissible()).as("an audit is never admissible").isFalse();
        assertThatThrownBy(() -> c.reviewEvidence(audit.id(), true, "ok", "officer", AT))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> c.decideRelease("officer", "proof", IN_FORCE, AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(Rule.NO_RELEASE_WITHOUT_PROOF.name())
                .satisfies(e -> assertThat(((ConflictException) e).problems())
                        .extracting(Problem::code)
                        .containsExactly("TRACE:0"));
        assertThat(c.status()).isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);
        assertThat(c.pendingFreeing()).isEmpty();

        CaseEvidence invoice = accepted(CaseEvidenceType.INVOICE, TRACE, "officer");
        assertThat(c.unmetNow(IN_FORCE)).as("one invoice never traces an input").containsExactly(TRACE);
        CaseEvidence production = accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE, "officer");
        c.decideRelease("officer", "traced to Uzbekistan", IN_FORCE, AT);
        assertThat(c.status()).as("deciding frees nothing by itself").isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);
        c.free(IN_FORCE, DAY, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(c.freedBy()).contains(FreeingPath.OFFICER_RELEASE);
        assertThat(c.proof()).extracting(ProofLine::evidenceId).containsExactly(invoice.id(), production.id());
        assertThat(c.proof()).allSatisfy(line -> {
            assertThat(line.requirementCode()).isEqualTo("TRACE:0");
            assertThat(line.acceptedBy()).isEqualTo("officer");
        });
    }

    @Test
    void nothingFreesGoodsWithoutAPendingDecisionAndTheGateRecomputesAtTheLastMoment() {
        assertThatThrownBy(() -> c.free(VERIFIED, DAY, AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(Rule.NO_RELEASE_WITHOUT_PROOF.name());
        c.fileRebuttal(Route.EXCEPTION, "repealed", List.of(REPEAL), "importer-a", DAY, 30, AT);
        accepted(CaseEvidenceType.POLICY_REPEAL_NOTICE, REPEAL, "officer");
        c.decideRelease("officer", "repealed", VERIFIED, AT);
        c.approveRelease(true, "supervisor", "checked the gazette", VERIFIED, AT);
        // The registry moved back between the approval and the freeing step: the gate says no.
        assertThatThrownBy(() -> c.free(IN_FORCE, DAY, AT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).problems())
                        .extracting(Problem::code)
                        .containsExactly(REPEAL.code().code()));
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void anExceptionReleaseNeedsASupervisorWhoNeitherProposedItNorAcceptedItsEvidence() {
        c.fileRebuttal(Route.EXCEPTION, "repealed", List.of(REPEAL), "importer-a", DAY, 30, AT);
        accepted(CaseEvidenceType.POLICY_REPEAL_NOTICE, REPEAL, "supervisor");
        assertThatThrownBy(() -> c.decideRelease("officer", "repealed", IN_FORCE, AT))
                .as("a claimed repeal is not a verified one")
                .isInstanceOf(ConflictException.class);

        c.decideRelease("officer", "repealed", VERIFIED, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> c.approveRelease(true, "officer", "mine", VERIFIED, AT))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageContaining(Rule.FOUR_EYES_RELEASE.name());
        assertThatThrownBy(() -> c.approveRelease(true, "supervisor", "I accepted the notice", VERIFIED, AT))
                .as("whoever accepted the evidence is not a second pair of eyes")
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageContaining("accepted evidence");

        c.approveRelease(false, "supervisor-2", "check the gazette again", VERIFIED, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);
        c.decideRelease("officer", "checked", VERIFIED, AT);
        c.approveRelease(true, "supervisor-2", "independent of the officer", VERIFIED, AT);
        c.free(VERIFIED, DAY, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(c.approvedBy()).isEqualTo("supervisor-2");
        assertThat(c.proof())
                .singleElement()
                .satisfies(line -> assertThat(line.policyStatus()).isEqualTo(PolicyStatus.REPEAL_VERIFIED));
    }

    @Test
    void anInformationRequestStopsTheAuthoritysClockAndAnAnswerRestartsIt() {
        c.noticeIssued(DAY.plusDays(2), AT, CALENDAR, 30);
        c.fileRebuttal(Route.NOT_APPLICABLE, "first", List.of(TRACE), "importer-a", DAY.plusDays(10), 30, AT);
        assertThat(c.decisionDue())
                .as("2 days of the authority's time were used before the notice")
                .isEqualTo(DAY.plusDays(10 + 28));
        c.requestInformation("officer", "send the bill of lading", 1, DAY.plusDays(60), DAY.plusDays(15), AT);
        assertThat(c.decisionDue())
                .as("the clock stops while the importer is awaited")
                .isNull();
        c.fileRebuttal(Route.NOT_APPLICABLE, "here it is", List.of(), "importer-a", DAY.plusDays(40), 30, AT);
        assertThat(c.decisionDue()).as("2 + 5 days used, 23 left").isEqualTo(DAY.plusDays(40 + 23));
        assertThatThrownBy(() -> c.requestInformation("officer", "more", 1, DAY.plusDays(90), DAY.plusDays(41), AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void whenTheAuthorityRunsOutOfTimeTheGoodsAreDeemedExcludedNeverReleased() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "traced", List.of(TRACE), "importer-a", DAY, 30, AT);
        c.deemExcluded(DAY.plusDays(31), DAY.plusDays(211), AT);
        assertThat(c.status()).isEqualTo(CaseStatus.EXCLUDED);
        assertThat(c.status().isOpen()).isFalse();
        assertThat(c.decisionReason()).contains(Rule.AUTHORITY_CLOCK.name());
        assertThat(c.proof()).isEmpty();
        c.protest("we filed in time", null, List.of(), "importer-a", DAY.plusDays(40), DAY.plusDays(70), AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTESTED);
        c.deemProtestDenied(AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTEST_DENIED);
        assertThat(c.protestDecidedBy()).isEqualTo("system");
    }

    @Test
    void aProtestUpheldOnTheMeritsFreesGoodsOnlyThroughTheGate() {
        LocalDate late = c.rebuttalDeadline().plusDays(1);
        c.confiscateAtDeadline(late, late.plusDays(180), AT);
        assertThatThrownBy(() -> c.protest("the notice never came", null, List.of(), "importer-a", late, late, AT))
                .as("with no rebuttal on file the protest names its route")
                .isInstanceOf(InvalidInputException.class);
        c.protest("the goods are Uzbek", Route.NOT_APPLICABLE, List.of(TRACE), "importer-a", late, late, AT);
        assertThat(c.collectsEvidence())
                .as("evidence comes in while the protest is open")
                .isTrue();

        assertThatThrownBy(() -> c.decideProtest(
                        true, ProtestGrounds.MERITS, "supervisor", "looks right", IN_FORCE, late, late, 30, AT))
                .as("the hole closed: an upheld protest with no proof releases nothing")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(Rule.NO_RELEASE_WITHOUT_PROOF.name());
        assertThat(c.status()).isEqualTo(CaseStatus.PROTESTED);

        accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE, "officer");
        accepted(CaseEvidenceType.TRANSPORT_DOCUMENT, TRACE, "officer");
        c.decideProtest(true, ProtestGrounds.MERITS, "supervisor", "traced", IN_FORCE, late, late, 30, AT);
        c.free(IN_FORCE, late, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTEST_UPHELD);
        assertThat(c.protestDecidedBy()).isEqualTo("supervisor");
        assertThat(c.protestDecisionReason()).isEqualTo("traced");
        assertThat(c.proof()).isNotEmpty();
    }

    @Test
    void aProtestUpheldOnProcedureReopensTheCaseWithAFreshClockAndReleasesNothing() {
        LocalDate late = c.rebuttalDeadline().plusDays(1);
        c.confiscateAtDeadline(late, late.plusDays(180), AT);
        c.protest("the notice never came", Route.NOT_APPLICABLE, List.of(TRACE), "importer-a", late, late, AT);
        c.decideProtest(
                true, ProtestGrounds.PROCEDURE, "supervisor", "no notice", IN_FORCE, late, late.plusDays(30), 30, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.DETAINED);
        assertThat(c.rebuttalDeadline()).isEqualTo(late.plusDays(30));
        assertThat(c.decidedBy()).isNull();
        assertThat(c.proof()).isEmpty();
        c.fileRebuttal(Route.NOT_APPLICABLE, "now with proof", List.of(TRACE), "importer-a", late, 30, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.REBUTTAL_SUBMITTED);
    }

    @Test
    void whoeverTookTheDecisionDoesNotDecideTheProtest() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "first", List.of(TRACE), "importer-a", DAY, 30, AT);
        c.confiscate("supervisor", "no trace", DAY, DAY.plusDays(180), AT);
        c.protest("here is the trace", null, List.of(), "importer-a", DAY, DAY.plusDays(30), AT);
        assertThatThrownBy(() ->
                        c.decideProtest(true, ProtestGrounds.MERITS, "supervisor", "mine", IN_FORCE, DAY, DAY, 30, AT))
                .isInstanceOf(ForbiddenActionException.class);
        accepted(CaseEvidenceType.PRODUCTION_RECORD, TRACE, "supervisor-2");
        accepted(CaseEvidenceType.TRANSPORT_DOCUMENT, TRACE, "officer");
        assertThatThrownBy(() -> c.decideProtest(
                        true, ProtestGrounds.MERITS, "supervisor-2", "I accepted it", IN_FORCE, DAY, DAY, 30, AT))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessageContaining(Rule.FOUR_EYES_RELEASE.name());
        c.decideProtest(false, null, "supervisor-2", "no new evidence", IN_FORCE, DAY, DAY, 30, AT);
        assertThat(c.status()).isEqualTo(CaseStatus.PROTEST_DENIED);
        assertThat(c.protestDecidedBy()).isEqualTo("supervisor-2");
    }

    @Test
    void aDispositionIsRecordedOnceAndDestructionWaitsForTheProtestWindow() {
        c.fileRebuttal(Route.NOT_APPLICABLE, "first", List.of(TRACE), "importer-a", DAY, 30, AT);
        assertThatThrownBy(() -> c.recordDisposition(DispositionKind.REEXPORTED, DAY, "EX-1", "officer", DAY, AT))
                .isInstanceOf(ConflictException.class);
        c.confiscate("officer", "no trace", DAY, DAY.plusDays(180), AT);
        assertThatThrownBy(() ->
                        c.recordDisposition(DispositionKind.DESTROYED, DAY, "D-1", "officer", DAY.plusDays(1), AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("protest");
        c.recordDisposition(DispositionKind.REEXPORTED, DAY, "EX-1", "officer", DAY.plusDays(1), AT);
        assertThat(c.dispositionKind()).isEqualTo(DispositionKind.REEXPORTED);
        assertThatThrownBy(() ->
                        c.recordDisposition(DispositionKind.ABANDONED, DAY, "A-1", "officer", DAY.plusDays(1), AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already");
    }
}
