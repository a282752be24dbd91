package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceRepository;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/** Follow-up between cycles: who may assess what, the history, the overview and the mid-term report. */
class UprFollowUpServiceTest {

    static final Actor DRAFTER = Actor.of("drafter", "Drafter", Set.of(Role.UPR_DRAFTER), null);
    static final Actor AUDITOR = Actor.of("auditor", "Auditor", Set.of(Role.AUDITOR), null);
    static final Actor IMPORTER = Actor.of("imp", "Importer", Set.of(Role.IMPORTER), "ACME");

    final Map<UUID, Recommendation> recommendations = new HashMap<>();
    final Map<UUID, UprRecord> imported = new HashMap<>();
    final List<ImplementationAssessment> assessments = new ArrayList<>();
    final Map<UUID, EvidenceItem> evidenceItems = new HashMap<>();
    final List<String> audited = new ArrayList<>();
    final UprFollowUpService service = new UprFollowUpService();

    EvidenceItem publicReport;
    EvidenceItem internalNote;
    Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void wire() {
        service.upr = new UprRepository() {
            @Override
            public Optional<Recommendation> recommendation(UUID id) {
                return Optional.ofNullable(recommendations.get(id));
            }
        };
        service.records = new UprRecordRepository() {
            @Override
            public Optional<UprRecord> record(UUID id) {
                return Optional.ofNullable(imported.get(id));
            }
        };
        service.followUp = new UprFollowUpRepository() {
            @Override
            public void store(ImplementationAssessment a) {
                assessments.add(a);
            }

            @Override
            public List<ImplementationAssessment> history(FollowUpSubject subject) {
                return assessments.stream()
                        .filter(a -> a.subject().equals(subject))
                        .sorted(ImplementationAssessment::newestFirst)
                        .toList();
            }

            @Override
            public Map<UUID, ImplementationAssessment> latest(FollowUpSubject.Kind kind, Collection<UUID> ids) {
                Map<UUID, ImplementationAssessment> latest = new HashMap<>();
                for (UUID id : ids) {
                    history(new FollowUpSubject(kind, id)).stream().findFirst().ifPresent(a -> latest.put(id, a));
                }
                return latest;
            }

            @Override
            public List<Recommendation> answeredOwn(String state, int cycle) {
                return recommendations.values().stream()
                        .filter(r -> r.review().stateUnderReview().equalsIgnoreCase(state)
                                && r.review().cycle() == cycle
                                && (r.response() == StateResponse.SUPPORTED || r.response() == StateResponse.NOTED))
                        .toList();
            }

            @Override
            public List<UprRecord> answeredImported(String state, int cycle) {
                return imported.values().stream()
                        .filter(r -> r.stateUnderReview().equalsIgnoreCase(state)
                                && r.cycle() == cycle
                                && (r.response() == StateResponse.SUPPORTED || r.response() == StateResponse.NOTED))
                        .toList();
            }
        };
        service.evidence = new EvidenceRepository() {
            @Override
            public Optional<EvidenceItem> find(UUID id) {
                return Optional.ofNullable(evidenceItems.get(id));
            }

            @Override
            public long count() {
                return evidenceItems.size();
            }

            @Override
            public void store(EvidenceItem item) {
                evidenceItems.put(item.id(), item);
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public AuditEvent record(
                    Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                audited.add(action + " " + entityType + " " + entityId);
                return null;
            }
        };
        service.clock = clock;
        publicReport = evidence("ILO Committee of Experts, observation on C105", "PUBLIC");
        internalNote = evidence("Interview notes", "INTERNAL");
    }

    EvidenceItem evidence(String title, String access) {
        EvidenceItem item = EvidenceItem.recorded(
                new EvidenceItem.Description(
                        "RESEARCH_REPORT",
                        title,
                        "ILO",
                        "https://www.ilo.org/report",
                        "2026-03-01",
                        "en",
                        null,
                        List.of(),
                        access),
                Actor.of("reg", "Reg", Set.of(Role.REGULATOR), null),
                Instant.EPOCH);
        evidenceItems.put(item.id(), item);
        return item;
    }

    Recommendation answered(String text, StateResponse response) {
        Recommendation r = RecommendationTest.drafted();
        r.edit(RecommendationTest.draft(text), RecommendationTest.CITABLE, "drafter", RecommendationTest.NOW);
        r.submit("drafter", RecommendationTest.NOW);
        r.approve("upr-reviewer", RecommendationTest.NOW);
        if (response != null) {
            r.recordResponse(response, null, "drafter", RecommendationTest.NOW);
        }
        recommendations.put(r.id(), r);
        return r;
    }

    UprRecord record(String by, int cycle, StateResponse response, String wording) {
        UprRecord r = UprRecord.imported(
                new UprRecord.Content(
                        UUID.randomUUID().toString(),
                        null,
                        "China",
                        by,
                        cycle,
                        31,
                        "A/HRC/40/6",
                        "28." + (imported.size() + 1),
                        by + " recommends that China ratify ILO C105",
                        response,
                        wording,
                        4,
                        new TreeSet<>()),
                "importer",
                Instant.EPOCH);
        imported.put(r.id(), r);
        return r;
    }

    static ImplementationAssessment.Description assessment(String status, String on, String... evidence) {
        return new ImplementationAssessment.Description(status, on, "  What changed  ", List.of(evidence));
    }

    @Test
    void eachAssessmentIsKeptAndTheHistoryComesNewestFirst() {
        FollowUpSubject subject =
                FollowUpSubject.own(answered("China should repeal the quotas", StateResponse.SUPPORTED)
                        .id());

        service.assess(DRAFTER, subject, assessment("NOT_IMPLEMENTED", "2025-01-10"));
        service.assess(DRAFTER, subject, assessment("partially_implemented", "2025-09-01"));
        service.assess(
                DRAFTER,
                subject,
                assessment("FULLY_IMPLEMENTED", "2026-06-30", publicReport.id().toString()));

        assertThat(service.history(AUDITOR, subject))
                .extracting(ImplementationAssessment::status)
                .containsExactly(
                        ImplementationStatus.FULLY_IMPLEMENTED,
                        ImplementationStatus.PARTIALLY_IMPLEMENTED,
                        ImplementationStatus.NOT_IMPLEMENTED);
        ImplementationAssessment latest = service.subject(AUDITOR, subject).latest();
        assertThat(latest.note()).isEqualTo("What changed");
        assertThat(latest.evidenceIds()).containsExactly(publicReport.id());
        assertThat(audited)
                .hasSize(3)
                .allSatisfy(
                        a -> assertThat(a).isEqualTo("upr-implementation.assessed UprRecommendation " + subject.id()));
    }

    @Test
    void onlyWhatTheStateSupportedOrNotedIsFollowedUp() {
        FollowUpSubject unanswered = FollowUpSubject.own(
                answered("China should publish the quotas", null).id());
        FollowUpSubject other = FollowUpSubject.imported(
                record("France", 3, StateResponse.OTHER, "Supported in part").id());
        FollowUpSubject noted = FollowUpSubject.imported(
                record("Germany", 3, StateResponse.NOTED, "Noted").id());

        assertThatThrownBy(() -> service.assess(DRAFTER, unanswered, assessment("NOT_IMPLEMENTED", "2025-01-10")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("not recorded yet");
        assertThatThrownBy(() -> service.assess(DRAFTER, other, assessment("NOT_IMPLEMENTED", "2025-01-10")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Other (Supported in part)");
        assertThat(service.assess(DRAFTER, noted, assessment("NOT_IMPLEMENTED", "2025-01-10"))
                        .status())
                .isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
        assertThat(audited).containsExactly("upr-implementation.assessed UprRecord " + noted.id());
        assertThatThrownBy(() -> service.history(DRAFTER, FollowUpSubject.imported(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyDraftersAssessAndOnlyUprTeamsAndAuditorsRead() {
        FollowUpSubject subject = FollowUpSubject.own(
                answered("China should end transfers", StateResponse.NOTED).id());

        assertThatThrownBy(() -> service.assess(AUDITOR, subject, assessment("NOT_IMPLEMENTED", "2025-01-10")))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> service.history(IMPORTER, subject)).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> service.overview(IMPORTER, "China", 4)).isInstanceOf(ForbiddenActionException.class);
        assertThat(service.history(AUDITOR, subject)).isEmpty();
        assertThat(assessments).isEmpty();
    }

    @Test
    void aWrongAssessmentIsRefusedFieldByFieldAndNothingIsStored() {
        FollowUpSubject subject = FollowUpSubject.own(
                answered("China should end transfers", StateResponse.NOTED).id());

        assertThatThrownBy(() -> service.assess(
                        DRAFTER,
                        subject,
                        new ImplementationAssessment.Description(
                                "DONE",
                                "2026-11-29",
                                "x".repeat(4001),
                                List.of(
                                        "not-an-id",
                                        internalNote.id().toString(),
                                        UUID.randomUUID().toString()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly(
                                        "status", "assessedOn", "note", "evidenceIds", "evidenceIds", "evidenceIds"));
        assertThatThrownBy(() -> service.assess(DRAFTER, subject, assessment("FULLY_IMPLEMENTED", "28/11/2026")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("assessedOn"));
        assertThat(service.assess(DRAFTER, subject, assessment("FULLY_IMPLEMENTED", "2026-11-28"))
                        .assessedOn())
                .as("today is not the future")
                .hasToString("2026-11-28");
        assertThat(assessments).hasSize(1);
    }

    @Test
    void theOverviewAndReportCoverOwnAndImportedWithTheLatestStatusAndCounts() {
        Recommendation own = answered("China should repeal the quotas by 2026", StateResponse.SUPPORTED);
        answered("China should publish the quotas", null);
        UprRecord germany = record("Germany", 4, StateResponse.NOTED, "Noted");
        record("France", 4, StateResponse.OTHER, "Supported in part");
        record("Chile", 3, StateResponse.SUPPORTED, "Supported");
        service.assess(DRAFTER, FollowUpSubject.own(own.id()), assessment("NOT_IMPLEMENTED", "2025-01-10"));
        service.assess(
                DRAFTER,
                FollowUpSubject.own(own.id()),
                assessment(
                        "PARTIALLY_IMPLEMENTED", "2026-01-10", publicReport.id().toString()));

        FollowUpOverview overview = service.overview(AUDITOR, " china ", 4);
        assertThat(overview.items())
                .extracting(FollowUpItem::text, FollowUpItem::statusLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "China should repeal the quotas by 2026", "Partially implemented"),
                        org.assertj.core.groups.Tuple.tuple(germany.text(), "Not assessed"));
        assertThat(overview.countsByStatus())
                .containsEntry(ImplementationStatus.PARTIALLY_IMPLEMENTED, 1L)
                .containsEntry(ImplementationStatus.NOT_IMPLEMENTED, 0L)
                .containsEntry(ImplementationStatus.FULLY_IMPLEMENTED, 0L);
        assertThat(overview.notAssessed()).isEqualTo(1);

        MidTermReport report = service.midTermReport(AUDITOR, "China", 4);
        assertThat(report.title()).endsWith("to China");
        assertThat(report.subtitle()).startsWith("4th cycle").endsWith("28 November 2026");
        assertThat(report.byStatus())
                .extracting(MidTermReport.Count::label, MidTermReport.Count::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Not implemented", 0L),
                        org.assertj.core.groups.Tuple.tuple("Partially implemented", 1L),
                        org.assertj.core.groups.Tuple.tuple("Fully implemented", 0L),
                        org.assertj.core.groups.Tuple.tuple("Not assessed", 1L));
        assertThat(report.byResponse()).extracting(MidTermReport.Count::count).containsExactly(1L, 1L);
        MidTermReport.Entry first = report.entries().get(0);
        assertThat(first.status()).isEqualTo("Partially implemented");
        assertThat(first.assessedOn()).isEqualTo("10 January 2026");
        assertThat(first.response()).isEqualTo("Supported");
        assertThat(first.sources()).containsExactly(1);
        assertThat(report.sources().get(0).text()).contains("ILO Committee of Experts", "1 March 2026");
        MidTermReport.Entry second = report.entries().get(1);
        assertThat(second.recommendingState()).isEqualTo("Germany");
        assertThat(second.reference()).isEqualTo("A/HRC/40/6, para. " + germany.paragraph());
        assertThat(second.status()).isEqualTo("Not assessed");

        assertThatThrownBy(() -> service.overview(AUDITOR, " ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("stateUnderReview", "cycle"));
    }

    @Test
    void evidenceThatStoppedBeingPublicIsLeftOutOfTheReport() {
        Recommendation own = answered("China should repeal the quotas by 2026", StateResponse.SUPPORTED);
        service.assess(
                DRAFTER,
                FollowUpSubject.own(own.id()),
                assessment("FULLY_IMPLEMENTED", "2026-01-10", publicReport.id().toString()));
        evidenceItems.remove(publicReport.id());

        MidTermReport report = service.midTermReport(DRAFTER, "China", 4);
        assertThat(report.sources()).isEmpty();
        assertThat(report.entries().get(0).sources()).isEmpty();
    }
}
