package org.onus.core.upr;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.annotations.SortNatural;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.Allowed;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.review.FourEyes;
import org.onus.core.review.ReviewTrail;

/**
 * One revision of a recommendation for a UPR review. Drafted, submitted for peer review, approved
 * by a reviewer who had no hand in it (four eyes), and then locked: a change after approval is a
 * new revision in the same series, which replaces the approved one only when it is approved in turn.
 */
@Entity
@Table(name = "upr_recommendation")
@NamedQuery(
        name = "Recommendation.findByReview",
        query = "select r from Recommendation r where r.review.id = :review order by r.createdAt, r.revision")
@NamedQuery(
        name = "Recommendation.findBySeries",
        query = "select r from Recommendation r where r.seriesId = :series order by r.revision")
public class Recommendation {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_ANCHOR = 500;
    public static final int MAX_ANCHORS = 20;
    public static final int MAX_CITATIONS = 30;

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "review_id", nullable = false)
    private UprReview review;

    @Column(name = "series_id", nullable = false)
    private UUID seriesId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_recommendation_theme", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 40, nullable = false)
    @SortNatural
    private SortedSet<Theme> themes = new TreeSet<>();

    @Column(name = "action_category", nullable = false)
    private int actionCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_recommendation_citation", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "evidence_id", nullable = false)
    private List<UUID> citations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_recommendation_anchor", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "anchor", length = MAX_ANCHOR, nullable = false)
    private List<String> legalAnchors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RecommendationStatus status;

    @Column(name = "template_code", length = 60)
    private String templateCode;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Everyone who wrote, edited or submitted this revision: none of them may review it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_recommendation_contributor", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "username", nullable = false)
    @SortNatural
    private SortedSet<String> contributors = new TreeSet<>();

    /** Who submitted this version for review, and what its last review decided. */
    @Embedded
    private ReviewTrail trail = new ReviewTrail();

    @Column(name = "revision_of")
    private UUID revisionOf;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_response", length = 20)
    private StateResponse response;

    @Column(name = "follow_up", length = 4000)
    private String followUp;

    /** The recommending State this is proposed for, or null for the stakeholder submission alone. */
    @Column(name = "proposed_for", length = 200)
    private String proposedFor;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
    @OrderBy("at")
    private List<RecommendationEvent> events = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Recommendation() {
        // for JPA
    }

    /** What a drafter sends, raw; the aggregate validates it. */
    public record Draft(
            String text,
            Collection<String> themes,
            Integer actionCategory,
            Collection<String> citations,
            Collection<String> legalAnchors,
            String templateCode,
            String proposedFor) {

        /** A draft for the stakeholder submission alone, proposed for no State. */
        public Draft(
                String text,
                Collection<String> themes,
                Integer actionCategory,
                Collection<String> citations,
                Collection<String> legalAnchors,
                String templateCode) {
            this(text, themes, actionCategory, citations, legalAnchors, templateCode, null);
        }
    }

    /** Whether an evidence item may be cited: it exists, this drafter may see it, and it is public. */
    public interface Citable extends Predicate<UUID> {}

    public static Recommendation draft(UprReview review, Draft draft, Citable citable, String by, Instant at) {
        Recommendation r = new Recommendation();
        r.id = UUID.randomUUID();
        r.review = review;
        r.seriesId = r.id;
        r.revision = 1;
        r.status = RecommendationStatus.DRAFT;
        r.createdBy = by;
        r.createdAt = at;
        r.templateCode = blankToNull(draft.templateCode());
        r.describe(draft, citable);
        r.contributors.add(by);
        r.events.add(new RecommendationEvent(
                RecommendationEvent.Kind.DRAFTED,
                by,
                at,
                r.templateCode == null ? null : "From the template " + r.templateCode));
        return r;
    }

    /** Changes a draft; an approved (locked) or reviewed revision is refused with 409. */
    public void edit(Draft draft, Citable citable, String by, Instant at) {
        requireDraft("changed");
        describe(draft, citable);
        contributors.add(by);
        events.add(new RecommendationEvent(RecommendationEvent.Kind.EDITED, by, at, null));
    }

    public void submit(String by, Instant at) {
        requireDraft("submitted");
        contributors.add(by);
        trail().submitted(by);
        status = RecommendationStatus.IN_REVIEW;
        events.add(new RecommendationEvent(RecommendationEvent.Kind.SUBMITTED, by, at, null));
    }

    /** Four eyes: whoever drafted, edited or submitted this revision may not review it. */
    public void requireIndependentReviewer(String reviewer) {
        FourEyes.requireIndependent(
                reviewer,
                contributors,
                "You drafted, changed or submitted this recommendation; another reviewer must review it");
    }

    public void approve(String by, Instant at) {
        requireStatus(RecommendationStatus.IN_REVIEW, "approved");
        requireIndependentReviewer(by);
        status = RecommendationStatus.APPROVED;
        trail().approved(by, at);
        events.add(new RecommendationEvent(RecommendationEvent.Kind.APPROVED, by, at, null));
    }

    public void returnToDrafter(String by, String comment, Instant at) {
        requireStatus(RecommendationStatus.IN_REVIEW, "returned");
        requireIndependentReviewer(by);
        String why = blankToNull(comment);
        if (why == null || why.length() > 4000) {
            throw InvalidInputException.of("comment", "Tell the drafter what to change, at most 4,000 characters");
        }
        status = RecommendationStatus.DRAFT;
        trail().returned(by, why, at);
        events.add(new RecommendationEvent(RecommendationEvent.Kind.RETURNED, by, at, why));
    }

    /**
     * Starts the next revision of an approved recommendation, with the same content to change. This
     * one stays approved (and in the submission) until the new revision is approved.
     */
    public Recommendation revise(String by, Instant at) {
        requireRevisable();
        Recommendation next = new Recommendation();
        next.id = UUID.randomUUID();
        next.review = review;
        next.seriesId = seriesId;
        next.revision = revision + 1;
        next.text = text;
        next.themes.addAll(themes);
        next.actionCategory = actionCategory;
        next.citations.addAll(citations);
        next.legalAnchors.addAll(legalAnchors);
        next.templateCode = templateCode;
        next.proposedFor = proposedFor;
        next.status = RecommendationStatus.DRAFT;
        next.createdBy = by;
        next.createdAt = at;
        next.revisionOf = id;
        next.contributors.add(by);
        next.events.add(new RecommendationEvent(
                RecommendationEvent.Kind.REVISION_DRAFTED,
                by,
                at,
                "Revision " + next.revision + " of revision " + revision));
        return next;
    }

    /** The next revision was approved: it takes this one's place in the submission. */
    void supersededBy(Recommendation next, Instant at) {
        supersededBy = next.id;
        events.add(new RecommendationEvent(
                RecommendationEvent.Kind.SUPERSEDED, next.approvedBy(), at, "Replaced by revision " + next.revision));
    }

    /** Records the State's answer and what followed; only an approved recommendation was put to the State. */
    public void recordResponse(StateResponse response, String followUp, String by, Instant at) {
        requireStatus(RecommendationStatus.APPROVED, "answered");
        if (response == StateResponse.OTHER) {
            throw InvalidInputException.of("response", "Choose SUPPORTED or NOTED");
        }
        String notes = blankToNull(followUp);
        if (response == null && notes == null) {
            throw InvalidInputException.of("response", "Choose SUPPORTED or NOTED, or write a follow-up note");
        }
        if (notes != null && notes.length() > 4000) {
            throw InvalidInputException.of("followUp", "Follow-up notes have at most 4,000 characters");
        }
        if (response != null) {
            this.response = response;
        }
        this.followUp = notes;
        events.add(new RecommendationEvent(
                RecommendationEvent.Kind.RESPONSE_RECORDED,
                by,
                at,
                (this.response == null ? "" : this.response.name()) + (notes == null ? "" : ": " + notes)));
    }

    private void describe(Draft d, Citable citable) {
        List<Problem> problems = new ArrayList<>();
        String t = blankToNull(d.text());
        if (t == null) {
            problems.add(new Problem("text", "Write the recommendation"));
        } else if (t.length() > MAX_TEXT) {
            problems.add(new Problem("text", "A recommendation has at most 4,000 characters"));
        }
        Set<Theme> parsedThemes = new TreeSet<>();
        for (String raw : nonBlank(d.themes())) {
            Theme.parse(raw)
                    .ifPresentOrElse(
                            parsedThemes::add,
                            () -> problems.add(new Problem("themes", "\"" + raw + "\" is not a theme")));
        }
        if (parsedThemes.isEmpty() && problems.stream().noneMatch(p -> p.code().equals("themes"))) {
            problems.add(new Problem("themes", "Choose at least one theme"));
        }
        if (d.actionCategory() == null || d.actionCategory() < 1 || d.actionCategory() > 5) {
            problems.add(new Problem(
                    "actionCategory", "Choose an action category from 1 (minimal action) to 5 (specific action)"));
        }
        List<UUID> ids = new ArrayList<>();
        for (String raw : nonBlank(d.citations())) {
            try {
                UUID id = UUID.fromString(raw.strip());
                if (!citable.test(id)) {
                    problems.add(new Problem(
                            "citations",
                            "Evidence " + id + " cannot be cited: it does not exist, or it is not public"
                                    + " (a submission is published by the UN)"));
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("citations", "\"" + raw + "\" is not an evidence id"));
            }
        }
        if (ids.size() > MAX_CITATIONS) {
            problems.add(new Problem("citations", "Cite at most " + MAX_CITATIONS + " sources"));
        }
        List<String> anchors = new ArrayList<>(new LinkedHashSet<>(
                nonBlank(d.legalAnchors()).stream().map(String::strip).toList()));
        if (anchors.size() > MAX_ANCHORS || anchors.stream().anyMatch(a -> a.length() > MAX_ANCHOR)) {
            problems.add(new Problem(
                    "legalAnchors", "At most " + MAX_ANCHORS + " legal anchors of at most 500 characters each"));
        }
        String proposed = blankToNull(d.proposedFor());
        if (proposed != null && proposed.length() > UprReview.MAX_STATE) {
            problems.add(new Problem("proposedFor", "Name the recommending State, at most 200 characters"));
        } else if (proposed != null && proposed.equalsIgnoreCase(review.stateUnderReview())) {
            problems.add(new Problem(
                    "proposedFor",
                    proposed + " is the State under review; propose the recommendation for a State that will"
                            + " speak in its review"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Spelled as the review's briefs spell it, so the brief finds it whatever the drafter's case.
        proposedFor = proposed == null ? null : review.briefFor(proposed).orElse(proposed);
        text = t;
        themes.clear();
        themes.addAll(parsedThemes);
        actionCategory = d.actionCategory();
        citations.clear();
        citations.addAll(ids);
        legalAnchors.clear();
        legalAnchors.addAll(anchors);
    }

    /**
     * Every action this person may take on this revision now: what the pages offer and the API
     * lists, and what the service accepts, since it refuses through {@link #require}. Unlike a
     * designation's, no rule here depends on the day.
     */
    public Set<RecommendationAction> allowedActions(Actor actor) {
        return Allowed.among(RecommendationAction.class, action -> require(action, actor));
    }

    /** Refuses the action unless this person may take it now: role (403), status (409), four eyes (403). */
    public void require(RecommendationAction action, Actor actor) {
        switch (action) {
            case EDIT, SUBMIT -> {
                requireDrafter(actor);
                requireDraft(action == RecommendationAction.EDIT ? "changed" : "submitted");
            }
            case APPROVE, RETURN -> {
                if (!actor.has(Role.UPR_REVIEWER)) {
                    throw new ForbiddenActionException("Only UPR reviewers approve or return recommendations");
                }
                requireStatus(
                        RecommendationStatus.IN_REVIEW,
                        action == RecommendationAction.APPROVE ? "approved" : "returned");
                requireIndependentReviewer(actor.username());
            }
            case REVISE -> {
                requireDrafter(actor);
                requireRevisable();
            }
            case RECORD_RESPONSE -> {
                requireDrafter(actor);
                requireStatus(RecommendationStatus.APPROVED, "answered");
            }
        }
    }

    private static void requireDrafter(Actor actor) {
        if (!actor.has(Role.UPR_DRAFTER)) {
            throw new ForbiddenActionException("Only UPR drafters draft and change recommendations");
        }
    }

    private void requireRevisable() {
        requireStatus(RecommendationStatus.APPROVED, "revised");
        if (supersededBy != null) {
            throw new ConflictException("A later revision of this recommendation has already been approved");
        }
    }

    private void requireDraft(String verb) {
        if (status != RecommendationStatus.DRAFT) {
            throw new ConflictException(
                    status == RecommendationStatus.APPROVED
                            ? "This recommendation is approved and locked; start a new revision to change it"
                            : "This recommendation is in review; it can be " + verb
                                    + " only after the reviewer returns it",
                    List.of(new Problem("status", "The recommendation is " + status)));
        }
    }

    private void requireStatus(RecommendationStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException(
                    "Only a recommendation that is " + expected + " can be " + verb + "; this one is " + status,
                    List.of(new Problem("status", "The recommendation is " + status)));
        }
    }

    private static List<String> nonBlank(Collection<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The SMART assistant's findings on the current text. */
    public List<SmartFinding> smartFindings() {
        return SmartAssistant.check(text, review.stateUnderReview(), proposedFor);
    }

    /** Current: approved and not yet replaced by a later approved revision; what goes into the submission. */
    public boolean current() {
        return status == RecommendationStatus.APPROVED && supersededBy == null;
    }

    /** The theme a submission files it under: the first in the taxonomy's order. */
    public Theme primaryTheme() {
        return themes.first();
    }

    public UUID id() {
        return id;
    }

    public UprReview review() {
        return review;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public int revision() {
        return revision;
    }

    public String text() {
        return text;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }

    public int actionCategory() {
        return actionCategory;
    }

    public List<UUID> citations() {
        return List.copyOf(citations);
    }

    public List<String> legalAnchors() {
        return List.copyOf(legalAnchors);
    }

    public RecommendationStatus status() {
        return status;
    }

    public String templateCode() {
        return templateCode;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> contributors() {
        return java.util.Collections.unmodifiableSortedSet(contributors);
    }

    public String submittedBy() {
        return trail().submittedBy();
    }

    public String approvedBy() {
        return trail().approvedBy();
    }

    public Instant approvedAt() {
        return trail().approvedAt();
    }

    /** Who submitted it and what its last review decided, when and why. */
    public ReviewTrail reviewTrail() {
        return trail();
    }

    /** Hibernate leaves an embedded value null when all its columns are. */
    private ReviewTrail trail() {
        if (trail == null) {
            trail = new ReviewTrail();
        }
        return trail;
    }

    public UUID revisionOf() {
        return revisionOf;
    }

    public UUID supersededBy() {
        return supersededBy;
    }

    public StateResponse response() {
        return response;
    }

    public String followUp() {
        return followUp;
    }

    /** The recommending State whose advocacy brief carries this recommendation, or null. */
    public String proposedFor() {
        return proposedFor;
    }

    public List<RecommendationEvent> events() {
        return List.copyOf(events);
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Snapshot snapshot() {
        return Snapshot.of("reviewId", review.id())
                .and("revision", revision)
                .and("text", text)
                .and("themes", themes.stream().map(Theme::name).toList())
                .and("actionCategory", actionCategory)
                .and("citations", citations)
                .and("legalAnchors", legalAnchors)
                .and("status", status)
                .and("response", response)
                .and("followUp", followUp)
                .and("proposedFor", proposedFor);
    }
}
