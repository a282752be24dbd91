package org.onus.core.upr;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
 * The one way in to the UPR workspace, for the API and the pages alike. Every change asks the
 * aggregate first, is recorded in the audit trail and, for a review step, moves the peer-review
 * process behind {@link RecommendationProcess} (whose listener holds the four-eyes rule again);
 * all in one transaction.
 */
@Stateless
public class UprService {

    static final String REVIEW = "UprReview";
    static final String RECOMMENDATION = "UprRecommendation";

    @Inject
    UprRepository upr;

    @Inject
    UprRecordRepository records;

    @Inject
    EvidenceRepository evidence;

    @Inject
    AuditTrail audit;

    @Inject
    RecommendationProcess process;

    @Inject
    Clock clock;

    // --- reviews -------------------------------------------------------------------------------

    /** One page of the reviews, latest first, and how many there are. */
    public UprReviewPage reviews(Actor actor, int offset, int limit) {
        requireReader(actor);
        if (offset < 0 || limit < 1) {
            throw InvalidInputException.of(offset < 0 ? "offset" : "limit", "Give an offset from 0 and a limit from 1");
        }
        return upr.reviews(offset, limit);
    }

    public UprReview review(Actor actor, UUID id) {
        requireReader(actor);
        return upr.review(id).orElseThrow(() -> new NotFoundException("UPR review " + id));
    }

    public UprReview openReview(Actor actor, UprReview.Description description) {
        requireDrafter(actor);
        UprReview r = UprReview.open(description, actor.username(), clock.instant());
        upr.store(r);
        audit.record(actor, "upr-review.opened", REVIEW, r.id().toString(), Snapshot.NONE, r.snapshot());
        return r;
    }

    // --- the coalition and the briefs ----------------------------------------------------------

    /** Adds an organisation co-signing the submission (drafters only). */
    public UprReview coSign(Actor actor, UUID reviewId, UprReview.CoSignerInput signer) {
        return changeReview(actor, reviewId, "upr-review.co-signed", r -> r.coSign(signer));
    }

    /** Takes a co-signing organisation off the submission, by name (drafters only; 404 when absent). */
    public UprReview withdrawCoSigner(Actor actor, UUID reviewId, String name) {
        return changeReview(actor, reviewId, "upr-review.co-signer-withdrawn", r -> r.withdrawCoSigner(name));
    }

    /** Replaces the co-signers with this list (drafters only). */
    public UprReview replaceCoSigners(Actor actor, UUID reviewId, List<UprReview.CoSignerInput> signers) {
        return changeReview(actor, reviewId, "upr-review.co-signers-changed", r -> r.replaceCoSigners(signers));
    }

    /** Adds a recommending State whose permanent mission gets a brief (drafters only). */
    public UprReview addBrief(Actor actor, UUID reviewId, String state) {
        return changeReview(actor, reviewId, "upr-review.brief-added", r -> r.addBrief(state));
    }

    /**
     * Takes a State off the briefs (drafters only; 404 when absent). Refused (409) while a
     * recommendation is still proposed for it: propose those for another State first.
     */
    public UprReview removeBrief(Actor actor, UUID reviewId, String state) {
        return changeReview(actor, reviewId, "upr-review.brief-removed", r -> {
            String listed = r.briefFor(state).orElse(state);
            requireNoProposals(r, List.of(listed));
            r.removeBrief(state);
        });
    }

    /** Replaces the briefs with this list (drafters only); a dropped State must have no proposals (409). */
    public UprReview replaceBriefs(Actor actor, UUID reviewId, List<String> states) {
        return changeReview(actor, reviewId, "upr-review.briefs-changed", r -> {
            List<String> kept = states == null ? List.of() : states;
            requireNoProposals(
                    r,
                    r.briefs().stream()
                            .filter(b -> kept.stream()
                                    .noneMatch(k -> k != null && k.strip().equalsIgnoreCase(b)))
                            .toList());
            r.replaceBriefs(kept);
        });
    }

    private void requireNoProposals(UprReview review, List<String> dropped) {
        for (String state : dropped) {
            long proposed = upr.recommendations(review.id()).stream()
                    .filter(x -> x.supersededBy() == null && state.equalsIgnoreCase(x.proposedFor()))
                    .count();
            if (proposed > 0) {
                throw new ConflictException(
                        proposed + (proposed == 1 ? " recommendation is" : " recommendations are") + " proposed for "
                                + state + "; propose " + (proposed == 1 ? "it" : "them")
                                + " for another State before removing its brief",
                        List.of(new Problem("briefs", "Recommendations are proposed for " + state)));
            }
        }
    }

    private UprReview changeReview(Actor actor, UUID reviewId, String event, Consumer<UprReview> change) {
        requireDrafter(actor);
        UprReview r = review(actor, reviewId);
        Snapshot before = r.snapshot();
        change.accept(r);
        audit.record(actor, event, REVIEW, r.id().toString(), before, r.snapshot());
        return r;
    }

    /** Each State that gets a brief, with what its brief holds and its word count. */
    public List<BriefSummary> briefs(Actor actor, UUID reviewId) {
        UprReview review = review(actor, reviewId);
        List<Recommendation> all = upr.recommendations(reviewId);
        List<Recommendation> current =
                all.stream().filter(Recommendation::current).toList();
        return review.briefs().stream()
                .map(state -> {
                    List<UprRecord> earlier =
                            records.earlierRecommendations(review.stateUnderReview(), state, review.cycle());
                    BriefDocument brief = BriefDocument.of(review, state, current, earlier, this::publicSource);
                    int inProgress = (int) all.stream()
                            .filter(r -> r.status() != RecommendationStatus.APPROVED
                                    && state.equalsIgnoreCase(r.proposedFor()))
                            .count();
                    return new BriefSummary(
                            state,
                            brief.recommendations(),
                            inProgress,
                            brief.earlier().size(),
                            brief.wordCount(),
                            brief.overLimit());
                })
                .toList();
    }

    /**
     * The brief for one State's permanent mission as it stands: the review's current recommendations
     * proposed for that State, what it recommended in earlier cycles, and the public evidence cited.
     * 404 when the review lists no brief for the State.
     */
    public BriefDocument brief(Actor actor, UUID reviewId, String state) {
        UprReview review = review(actor, reviewId);
        String listed = review.briefFor(state)
                .orElseThrow(() -> new NotFoundException("Brief for " + state + " in " + review.label()));
        List<Recommendation> current = upr.recommendations(reviewId).stream()
                .filter(Recommendation::current)
                .toList();
        return BriefDocument.of(
                review,
                listed,
                current,
                records.earlierRecommendations(review.stateUnderReview(), listed, review.cycle()),
                this::publicSource);
    }

    /** Records that a brief left the portal, and whether it was over its limit. */
    public void recordBriefExport(Actor actor, BriefDocument document, String format, boolean markedDraft) {
        audit.record(
                actor,
                "upr-brief.exported",
                REVIEW,
                document.review().id().toString(),
                Snapshot.NONE,
                Snapshot.of("state", document.state())
                        .and("format", format)
                        .and("words", document.wordCount())
                        .and("wordLimit", document.wordLimit())
                        .and("recommendations", document.recommendations())
                        .and("markedDraft", markedDraft));
    }

    // --- recommendations -----------------------------------------------------------------------

    public List<Recommendation> recommendations(Actor actor, UUID reviewId) {
        review(actor, reviewId);
        return upr.recommendations(reviewId);
    }

    public Recommendation recommendation(Actor actor, UUID id) {
        requireReader(actor);
        return upr.recommendation(id).orElseThrow(() -> new NotFoundException("Recommendation " + id));
    }

    /**
     * What this person may do to the revision now, as the aggregate answers it, and as far as the
     * other revisions allow (one open revision at a time). The service refuses the rest.
     */
    public Set<RecommendationAction> allowedActions(Actor actor, Recommendation r) {
        Set<RecommendationAction> allowed = r.allowedActions(actor);
        if (allowed.contains(RecommendationAction.REVISE) && openRevision(r).isPresent()) {
            allowed.remove(RecommendationAction.REVISE);
        }
        return allowed;
    }

    private Optional<Recommendation> openRevision(Recommendation r) {
        return upr.series(r.seriesId()).stream()
                .filter(v -> v.status() != RecommendationStatus.APPROVED)
                .findFirst();
    }

    /** Every revision of the recommendation this one belongs to, oldest first. */
    public List<Recommendation> revisions(Actor actor, Recommendation r) {
        requireReader(actor);
        return upr.series(r.seriesId());
    }

    public List<Recommendation> search(Actor actor, UprSearch search) {
        requireReader(actor);
        return upr.search(search);
    }

    public List<RecommendationTemplate> templates(Actor actor) {
        requireReader(actor);
        return upr.templates();
    }

    public RecommendationTemplate template(Actor actor, String code) {
        requireReader(actor);
        return upr.template(code).orElseThrow(() -> new NotFoundException("Template " + code));
    }

    public Recommendation draft(Actor actor, UUID reviewId, Recommendation.Draft draft) {
        requireDrafter(actor);
        UprReview review = review(actor, reviewId);
        if (draft.templateCode() != null && !draft.templateCode().isBlank()) {
            template(actor, draft.templateCode().strip());
        }
        Recommendation r = Recommendation.draft(review, draft, citable(actor), actor.username(), clock.instant());
        includeBrief(actor, review, r.proposedFor());
        upr.store(r);
        audit.record(
                actor,
                "upr-recommendation.drafted",
                RECOMMENDATION,
                r.id().toString(),
                Snapshot.NONE,
                r.snapshot().and("templateCode", r.templateCode()));
        return r;
    }

    /**
     * Changes a draft. {@code expectedLockVersion}, when given, must be the version the drafter read:
     * two people editing at once do not silently overwrite each other.
     */
    public Recommendation edit(Actor actor, UUID id, Long expectedLockVersion, Recommendation.Draft draft) {
        requireDrafter(actor);
        Recommendation r = recommendation(actor, id);
        if (expectedLockVersion != null && r.lockVersion() != expectedLockVersion) {
            throw new ConflictException(
                    "Someone else changed this recommendation while you were editing it; reload it and apply your change again");
        }
        r.require(RecommendationAction.EDIT, actor);
        Snapshot before = r.snapshot();
        r.edit(draft, citable(actor), actor.username(), clock.instant());
        includeBrief(actor, r.review(), r.proposedFor());
        audit.record(actor, "upr-recommendation.changed", RECOMMENDATION, r.id().toString(), before, r.snapshot());
        return r;
    }

    public Recommendation submit(Actor actor, UUID id) {
        requireDrafter(actor);
        Recommendation r = recommendation(actor, id);
        r.require(RecommendationAction.SUBMIT, actor);
        Snapshot before = r.snapshot();
        r.submit(actor.username(), clock.instant());
        audit.record(actor, "upr-recommendation.submitted", RECOMMENDATION, r.id().toString(), before, r.snapshot());
        process.submitted(id, actor.username());
        return r;
    }

    public Recommendation approve(Actor actor, UUID id) {
        requireReviewer(actor);
        Recommendation r = recommendation(actor, id);
        r.require(RecommendationAction.APPROVE, actor);
        Snapshot before = r.snapshot();
        r.approve(actor.username(), clock.instant());
        audit.record(actor, "upr-recommendation.approved", RECOMMENDATION, r.id().toString(), before, r.snapshot());
        if (r.revisionOf() != null) {
            Recommendation previous = upr.recommendation(r.revisionOf()).orElseThrow();
            Snapshot pBefore = previous.snapshot().and("supersededBy", previous.supersededBy());
            previous.supersededBy(r, clock.instant());
            audit.record(
                    actor,
                    "upr-recommendation.superseded",
                    RECOMMENDATION,
                    previous.id().toString(),
                    pBefore,
                    previous.snapshot().and("supersededBy", r.id()));
        }
        process.reviewed(id, actor.username(), true);
        return r;
    }

    public Recommendation returnToDrafter(Actor actor, UUID id, String comment) {
        requireReviewer(actor);
        Recommendation r = recommendation(actor, id);
        r.require(RecommendationAction.RETURN, actor);
        Snapshot before = r.snapshot();
        r.returnToDrafter(actor.username(), comment, clock.instant());
        audit.record(
                actor,
                "upr-recommendation.returned",
                RECOMMENDATION,
                r.id().toString(),
                before,
                r.snapshot().and("comment", comment));
        process.reviewed(id, actor.username(), false);
        return r;
    }

    /** The engine's four-eyes check, for the process model. */
    public void requireIndependentReviewer(UUID id, String reviewer) {
        upr.recommendation(id)
                .orElseThrow(() -> new NotFoundException("Recommendation " + id))
                .requireIndependentReviewer(reviewer);
    }

    /** Starts a new revision of an approved (locked) recommendation; one open revision at a time. */
    public Recommendation revise(Actor actor, UUID id) {
        requireDrafter(actor);
        Recommendation r = recommendation(actor, id);
        r.require(RecommendationAction.REVISE, actor);
        Optional<Recommendation> open = openRevision(r);
        if (open.isPresent()) {
            throw new ConflictException(
                    "Revision " + open.get().revision() + " of this recommendation is already being prepared",
                    List.of(new Problem(
                            "revision",
                            "Continue with revision " + open.get().revision() + " ("
                                    + open.get().status() + ") instead")));
        }
        Recommendation next = r.revise(actor.username(), clock.instant());
        upr.store(next);
        audit.record(
                actor,
                "upr-recommendation.revision-drafted",
                RECOMMENDATION,
                next.id().toString(),
                Snapshot.NONE,
                next.snapshot().and("revisionOf", r.id()));
        return next;
    }

    public Recommendation recordResponse(Actor actor, UUID id, StateResponse response, String followUp) {
        requireDrafter(actor);
        Recommendation r = recommendation(actor, id);
        r.require(RecommendationAction.RECORD_RESPONSE, actor);
        Snapshot before = r.snapshot();
        r.recordResponse(response, followUp, actor.username(), clock.instant());
        audit.record(
                actor, "upr-recommendation.response-recorded", RECOMMENDATION, r.id().toString(), before, r.snapshot());
        return r;
    }

    // --- the submission ------------------------------------------------------------------------

    /** The submission as it stands: the review's current approved recommendations, laid out. */
    public SubmissionDocument submission(Actor actor, UUID reviewId) {
        UprReview review = review(actor, reviewId);
        List<Recommendation> approved = upr.recommendations(reviewId).stream()
                .filter(Recommendation::current)
                .toList();
        List<Recommendation> earlier = upr.reviewsOf(review.stateUnderReview()).stream()
                .filter(v -> v.reviewDate().isBefore(review.reviewDate()))
                .sorted(Comparator.comparing(UprReview::reviewDate))
                .flatMap(v -> upr.recommendations(v.id()).stream())
                .filter(r -> r.current() && (r.response() != null || r.followUp() != null))
                .toList();
        return SubmissionDocument.of(review, approved, earlier, this::publicSource);
    }

    /** How an evidence item is cited in an export: only public items, since exports leave the portal. */
    private Optional<SubmissionDocument.Source> publicSource(UUID id) {
        return evidence.find(id)
                .filter(e -> e.accessClass() == AccessClass.PUBLIC)
                .map(UprService::source);
    }

    /**
     * Proposing a recommendation for a State that has no brief yet adds the State to the briefs: the
     * drafter said which mission should make it, so that mission gets a brief.
     */
    private void includeBrief(Actor actor, UprReview review, String state) {
        if (state == null) {
            return;
        }
        Snapshot before = review.snapshot();
        if (review.includeBrief(state, "proposedFor")) {
            audit.record(actor, "upr-review.brief-added", REVIEW, review.id().toString(), before, review.snapshot());
        }
    }

    /** Records that a submission left the portal, and whether it was over the limit. */
    public void recordExport(Actor actor, SubmissionDocument document, String format, boolean markedDraft) {
        audit.record(
                actor,
                "upr-submission.exported",
                REVIEW,
                document.review().id().toString(),
                Snapshot.NONE,
                Snapshot.of("format", format)
                        .and("words", document.wordCount())
                        .and("wordLimit", document.wordLimit())
                        .and("recommendations", document.recommendations())
                        .and("markedDraft", markedDraft));
    }

    private static SubmissionDocument.Source source(EvidenceItem e) {
        return new SubmissionDocument.Source(e.title(), e.source(), e.url().orElse(null), e.documentDate());
    }

    /**
     * A submission is published by the UN, so it may cite only public evidence the drafter can see;
     * an internal or restricted item would leak through the endnotes.
     */
    private Recommendation.Citable citable(Actor actor) {
        return id -> evidence.find(id)
                .filter(e -> e.visibleTo(actor) && e.accessClass() == AccessClass.PUBLIC)
                .isPresent();
    }

    static boolean mayRead(Actor actor) {
        return actor.has(Role.UPR_DRAFTER) || actor.has(Role.UPR_REVIEWER) || actor.has(Role.AUDITOR);
    }

    private static void requireReader(Actor actor) {
        if (!mayRead(actor)) {
            throw new ForbiddenActionException("Only UPR teams and auditors see the UPR workspace");
        }
    }

    private static void requireDrafter(Actor actor) {
        if (!actor.has(Role.UPR_DRAFTER)) {
            throw new ForbiddenActionException("Only UPR drafters draft and change recommendations");
        }
    }

    private static void requireReviewer(Actor actor) {
        if (!actor.has(Role.UPR_REVIEWER)) {
            throw new ForbiddenActionException("Only UPR reviewers approve or return recommendations");
        }
    }
}
