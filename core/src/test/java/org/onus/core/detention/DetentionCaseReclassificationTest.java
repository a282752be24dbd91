package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.EvidenceReview;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/** An officer corrects a document's type: judged again at once, and a stale review no longer stands. */
class DetentionCaseReclassificationTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Requirement INDICATOR =
            new Requirement(RequirementCode.indicator(RequirementCode.Indicator.EMPLOYMENT_POLICY), "Indicator");

    /** A stand-in for the table: admits analyses, refuses the rest; remembers what it was asked. */
    final List<String> asked = new ArrayList<>();

    final AdmissibilityTable table = (type, route, kind) -> {
        asked.add(type + " on " + route + " for " + kind);
        return type == CaseEvidenceType.POLICY_ANALYSIS
                        || type == CaseEvidenceType.EMPLOYMENT_TARGET_EVIDENCE
                        || type == CaseEvidenceType.FACTORY_AUDIT
                ? new AdmissibilityTable.Verdict(true, "admitted by the stand-in")
                : new AdmissibilityTable.Verdict(false, "refused by the stand-in");
    };

    private final DetentionCase c = OpenedCases.opened(
            "input 1 → Xinjiang cotton", DAY, AT, new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()));

    private CaseEvidence acceptedAnalysis() {
        c.fileRebuttal(Route.EXCEPTION, "the policy is gone", List.of(INDICATOR), "importer-a", DAY, 30, AT);
        CaseEvidence e = c.offer(
                new CaseEvidence.Offer(
                        CaseEvidenceType.POLICY_ANALYSIS,
                        INDICATOR.code(),
                        "an analysis",
                        "smeta.pdf",
                        "application/pdf",
                        10,
                        "ab"),
                "importer-a",
                DAY,
                AT);
        c.evidenceJudged(e.id(), true, "admissible", AT);
        c.reviewEvidence(e.id(), true, "reads well", "officer", AT);
        assertThat(c.unmet(id -> Optional.empty())).isEmpty();
        return e;
    }

    @Test
    void anAuditUploadedAsAnAnalysisReclassifiedNeverCountsAndItsAcceptanceNoLongerStands() {
        CaseEvidence e = acceptedAnalysis();

        c.reclassifyEvidence(e.id(), CaseEvidenceType.FACTORY_AUDIT, "it is a SMETA audit", "officer-2", table, AT);

        assertThat(asked).containsExactly("FACTORY_AUDIT on EXCEPTION for INDICATOR");
        assertThat(e.type()).isEqualTo(CaseEvidenceType.FACTORY_AUDIT);
        assertThat(e.isAdmissible())
                .as("the domain refuses an audit whatever the table says")
                .isFalse();
        assertThat(e.review()).isEqualTo(EvidenceReview.PENDING);
        assertThat(e.reviewedBy()).isNull();
        assertThat(c.unmet(id -> Optional.empty())).containsExactly(INDICATOR);
        CaseEvent last = c.events().get(c.events().size() - 1);
        assertThat(last.kind()).isEqualTo("EVIDENCE_RECLASSIFIED");
        assertThat(last.actor()).isEqualTo("officer-2");
        assertThat(last.detail())
                .contains(
                        "POLICY_ANALYSIS -> FACTORY_AUDIT", "it is a SMETA audit", "Inadmissible", "no longer stands");
    }

    @Test
    void anUnchangedVerdictKeepsTheReview() {
        CaseEvidence e = acceptedAnalysis();
        c.reclassifyEvidence(
                e.id(), CaseEvidenceType.EMPLOYMENT_TARGET_EVIDENCE, "target records", "officer", table, AT);
        assertThat(e.review()).isEqualTo(EvidenceReview.ACCEPTED);
        assertThat(c.unmet(id -> Optional.empty())).isEmpty();

        CaseEvidence rejected = c.offer(
                new CaseEvidence.Offer(
                        CaseEvidenceType.OTHER, INDICATOR.code(), "?", "x.pdf", "application/pdf", 1, "cd"),
                "importer-a",
                DAY,
                AT);
        c.evidenceJudged(rejected.id(), false, "untyped", AT);
        c.reviewEvidence(rejected.id(), false, "say what it is", "officer", AT);
        c.reclassifyEvidence(rejected.id(), CaseEvidenceType.CERTIFICATION, "a certificate", "officer", table, AT);
        assertThat(rejected.review()).isEqualTo(EvidenceReview.REJECTED);
        assertThat(rejected.isAdmissible()).isFalse();
    }

    @Test
    void theSameTypeOrADecidedCaseIsRefusedAndNothingChanges() {
        CaseEvidence e = acceptedAnalysis();
        int events = c.events().size();

        assertThatThrownBy(() ->
                        c.reclassifyEvidence(e.id(), CaseEvidenceType.POLICY_ANALYSIS, "same", "officer", table, AT))
                .isInstanceOf(ConflictException.class);
        c.confiscate("officer", "not proven", DAY, DAY.plusDays(180), AT);
        assertThatThrownBy(() ->
                        c.reclassifyEvidence(e.id(), CaseEvidenceType.FACTORY_AUDIT, "late", "officer", table, AT))
                .isInstanceOf(ConflictException.class);

        assertThat(asked).isEmpty();
        assertThat(e.type()).isEqualTo(CaseEvidenceType.POLICY_ANALYSIS);
        assertThat(e.review()).isEqualTo(EvidenceReview.ACCEPTED);
        assertThat(c.events()).hasSize(events + 1);
    }
}
