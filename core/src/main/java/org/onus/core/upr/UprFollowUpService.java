package org.onus.core.upr;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.AccessClass;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceRepository;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/**
 * The one way in to follow-up between cycles, for the API and the pages alike: implementation
 * assessments of what a State supported or noted (the team's own recommendations and imported UN
 * records alike), their history, the overview of a State's cycle and its mid-term report. Every
 * assessment is recorded in the audit trail against the recommendation it assesses.
 */
@Stateless
public class UprFollowUpService {

    static final String RECORD = "UprRecord";
    static final String REPORT = "UprMidTermReport";

    @Inject
    UprRepository upr;

    @Inject
    UprRecordRepository records;

    @Inject
    UprFollowUpRepository followUp;

    @Inject
    EvidenceRepository evidence;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The subject with its latest assessment; 404 when there is none such. */
    public FollowUpItem subject(Actor actor, FollowUpSubject subject) {
        requireReader(actor);
        FollowUpItem item = find(subject);
        return item.withLatest(followUp.history(subject).stream().findFirst().orElse(null));
    }

    /** Every assessment of the subject, newest first. */
    public List<ImplementationAssessment> history(Actor actor, FollowUpSubject subject) {
        requireReader(actor);
        find(subject);
        return followUp.history(subject).stream()
                .sorted(ImplementationAssessment::newestFirst)
                .toList();
    }

    /** Whether this person may record assessments at all (the subject may still refuse: 409). */
    public boolean mayAssess(Actor actor) {
        return actor.has(Role.UPR_DRAFTER);
    }

    /**
     * Records an assessment of a supported or noted recommendation.
     *
     * @throws ForbiddenActionException not a UPR drafter
     * @throws NotFoundException no such recommendation or record
     * @throws ConflictException the State did not support or note it (no response yet, or OTHER)
     * @throws InvalidInputException a field is missing or wrong, one problem per field
     */
    public ImplementationAssessment assess(
            Actor actor, FollowUpSubject subject, ImplementationAssessment.Description description) {
        if (!mayAssess(actor)) {
            throw new ForbiddenActionException("Only UPR drafters record the implementation of recommendations");
        }
        FollowUpItem item = find(subject);
        requireFollowable(item);
        ImplementationAssessment a = ImplementationAssessment.record(
                subject,
                description,
                id -> evidence.find(id)
                        .filter(e -> e.visibleTo(actor) && e.accessClass() == AccessClass.PUBLIC)
                        .isPresent(),
                LocalDate.now(clock),
                actor.username(),
                clock.instant());
        followUp.store(a);
        audit.record(
                actor,
                "upr-implementation.assessed",
                subject.entityType(),
                subject.id().toString(),
                Snapshot.NONE,
                a.snapshot());
        return a;
    }

    /**
     * Every recommendation the State supported or noted in the cycle, with its latest status: the
     * team's own (the latest answered revision of each) first, then the imported records.
     */
    public FollowUpOverview overview(Actor actor, String stateUnderReview, Integer cycle) {
        requireReader(actor);
        List<Problem> problems = new ArrayList<>();
        String state = stateUnderReview == null ? "" : stateUnderReview.strip();
        if (state.isEmpty() || state.length() > 200) {
            problems.add(new Problem("stateUnderReview", "Name the State under review, at most 200 characters"));
        }
        if (cycle == null || cycle < 1 || cycle > 20) {
            problems.add(new Problem("cycle", "Give the cycle as a number, e.g. 4"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<UUID, Recommendation> latestRevision = new LinkedHashMap<>();
        for (Recommendation r : followUp.answeredOwn(state, cycle)) {
            latestRevision.merge(r.seriesId(), r, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        List<Recommendation> own = List.copyOf(latestRevision.values());
        List<UprRecord> imported = followUp.answeredImported(state, cycle);
        Map<UUID, ImplementationAssessment> ownLatest = followUp.latest(
                FollowUpSubject.Kind.OWN, own.stream().map(Recommendation::id).toList());
        Map<UUID, ImplementationAssessment> importedLatest = followUp.latest(
                FollowUpSubject.Kind.IMPORTED,
                imported.stream().map(UprRecord::id).toList());
        List<FollowUpItem> items = new ArrayList<>();
        own.forEach(r -> items.add(FollowUpItem.of(r, ownLatest.get(r.id()))));
        imported.stream()
                .sorted(Comparator.comparingInt(UprRecord::session))
                .forEach(r -> items.add(FollowUpItem.of(r, importedLatest.get(r.id()))));
        return new FollowUpOverview(state, cycle, items);
    }

    /** The mid-term report on the overview, citing public evidence only. */
    public MidTermReport midTermReport(Actor actor, String stateUnderReview, Integer cycle) {
        FollowUpOverview overview = overview(actor, stateUnderReview, cycle);
        return MidTermReport.of(
                overview,
                id -> evidence.find(id)
                        .filter(e -> e.accessClass() == AccessClass.PUBLIC)
                        .map(UprFollowUpService::source),
                LocalDate.now(clock));
    }

    /** Records that a mid-term report left the portal. */
    public void recordReportExport(Actor actor, MidTermReport report, String format) {
        audit.record(
                actor,
                "upr-midterm-report.exported",
                REPORT,
                report.stateUnderReview() + "/" + report.cycle(),
                Snapshot.NONE,
                Snapshot.of("format", format)
                        .and("stateUnderReview", report.stateUnderReview())
                        .and("cycle", report.cycle())
                        .and("recommendations", report.entries().size()));
    }

    /** How a cited item is named, or empty when it does not exist or this person may not see it. */
    public Optional<SubmissionDocument.Source> citation(Actor actor, UUID evidenceId) {
        requireReader(actor);
        return evidence.find(evidenceId).filter(e -> e.visibleTo(actor)).map(UprFollowUpService::source);
    }

    private FollowUpItem find(FollowUpSubject subject) {
        return switch (subject.kind()) {
            case OWN ->
                upr.recommendation(subject.id())
                        .map(r -> FollowUpItem.of(r, null))
                        .orElseThrow(() -> new NotFoundException("Recommendation " + subject.id()));
            case IMPORTED ->
                records.record(subject.id())
                        .map(r -> FollowUpItem.of(r, null))
                        .orElseThrow(() -> new NotFoundException("UPR record " + subject.id()));
        };
    }

    private static void requireFollowable(FollowUpItem item) {
        if (item.response() == null) {
            throw new ConflictException(
                    "The State's response to this recommendation is not recorded yet; only a recommendation the"
                            + " State supported or noted is followed up",
                    List.of(new Problem("response", "No response recorded")));
        }
        if (!item.followable()) {
            throw new ConflictException(
                    "The State neither supported nor noted this recommendation (its response was "
                            + item.responseLabel() + "); only a recommendation the State supported or noted is"
                            + " followed up",
                    List.of(new Problem("response", "The response is " + item.response())));
        }
    }

    private static SubmissionDocument.Source source(EvidenceItem e) {
        return new SubmissionDocument.Source(e.title(), e.source(), e.url().orElse(null), e.documentDate());
    }

    private static void requireReader(Actor actor) {
        if (!UprService.mayRead(actor)) {
            throw new ForbiddenActionException("Only UPR teams and auditors see the UPR workspace");
        }
    }
}
