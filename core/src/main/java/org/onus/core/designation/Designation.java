package org.onus.core.designation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.annotations.SortNatural;
import org.onus.core.audit.Snapshot;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * A declaration that goods made in whole or in part with inputs from these regions and sectors
 * are presumed made with state-imposed forced labour. Each version of a designation is its own
 * row; versions of the same designation share a series id.
 */
@Entity
@Table(name = "designation")
@NamedQuery(name = "Designation.findAll", query = "select d from Designation d order by d.title, d.version")
@NamedQuery(
        name = "Designation.findByStatus",
        query = "select d from Designation d where d.status in :statuses order by d.title, d.version")
@NamedQuery(
        name = "Designation.findBySeries",
        query = "select d from Designation d where d.seriesId = :series order by d.version")
@NamedQuery(
        name = "Designation.findEffective",
        query = "select d from Designation d where d.status in :statuses and d.effectiveFrom <= :day"
                + " and (d.effectiveTo is null or d.effectiveTo >= :day) order by d.title, d.version")
public class Designation {

    /** Who drafted a seeded designation: nobody who can sign in, so any regulator may take it on. */
    public static final String SEED_DRAFTER = "onus-seed";

    @Id
    private UUID id;

    @Column(name = "series_id", nullable = false)
    private UUID seriesId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "legal_basis", nullable = false, length = 4000)
    private String legalBasis;

    @Column(name = "rationale", nullable = false, length = 20000)
    private String rationale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_region", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "region_code", length = 20, nullable = false)
    @SortNatural
    private SortedSet<String> regionCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_sector", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "sector_code", length = 40, nullable = false)
    @SortNatural
    private SortedSet<String> sectorCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_policy", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "policy_id", nullable = false)
    @SortNatural
    private SortedSet<UUID> policyIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_producer", joinColumns = @JoinColumn(name = "designation_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    private List<ListedProducer> producers = new ArrayList<>();

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** Last day in force (inclusive); open-ended when empty. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DesignationStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Everyone who wrote or submitted this version: none of them may approve it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_contributor", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "username", nullable = false)
    @SortNatural
    private SortedSet<String> contributors = new TreeSet<>();

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "supersedes")
    private UUID supersedes;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "designation_id", nullable = false)
    private List<AssessmentFinding> findings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_core_feature", joinColumns = @JoinColumn(name = "designation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 40, nullable = false)
    @SortNatural
    private SortedSet<CoreFeature> coreFeatures = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_rationale", length = 20)
    private RationaleKind assessmentRationale;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "designation_id", nullable = false)
    @OrderBy("at")
    private List<DesignationEvent> events = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Designation() {
        // for JPA
    }

    /** What a regulator submits, raw; the aggregate validates it against the reference data passed in. */
    public record Description(
            String title,
            Collection<String> regionCodes,
            Collection<String> sectorCodes,
            String legalBasis,
            String rationale,
            Collection<String> policyIds,
            String effectiveFrom,
            String effectiveTo,
            Collection<Producer> producers) {

        public Description(
                String title,
                Collection<String> regionCodes,
                Collection<String> sectorCodes,
                String legalBasis,
                String rationale,
                Collection<String> policyIds,
                String effectiveFrom,
                String effectiveTo) {
            this(
                    title,
                    regionCodes,
                    sectorCodes,
                    legalBasis,
                    rationale,
                    policyIds,
                    effectiveFrom,
                    effectiveTo,
                    List.of());
        }
    }

    /** A producer to name, as typed: its name and, optionally, the region code it is limited to. */
    public record Producer(String name, String regionCode) {}

    /** Checks that need the rest of the system. */
    public record References(
            Predicate<String> regionExists, Predicate<String> sectorExists, Predicate<UUID> policyExists) {}

    public static Designation draft(Description description, References references, String by, Instant at) {
        Designation d = new Designation();
        d.id = UUID.randomUUID();
        d.seriesId = d.id;
        d.version = 1;
        d.status = DesignationStatus.DRAFT;
        d.createdBy = by;
        d.createdAt = at;
        d.describe(description, references);
        d.contributors.add(by);
        d.events.add(new DesignationEvent(DesignationEvent.Kind.DRAFTED, by, at, null));
        return d;
    }

    /**
     * Starts the next version of a published designation: same scope and assessment, to be
     * changed by the drafter; it supersedes this one when it is published.
     */
    public Designation amend(String by, Instant at) {
        if (status != DesignationStatus.PUBLISHED) {
            throw new ConflictException(
                    "Only a published designation can be amended; this one is " + status,
                    List.of(new Problem("status", "The designation is " + status)));
        }
        Designation next = new Designation();
        next.id = UUID.randomUUID();
        next.seriesId = seriesId;
        next.version = version + 1;
        next.status = DesignationStatus.DRAFT;
        next.createdBy = by;
        next.createdAt = at;
        next.title = title;
        next.legalBasis = legalBasis;
        next.rationale = rationale;
        next.regionCodes.addAll(regionCodes);
        next.sectorCodes.addAll(sectorCodes);
        next.policyIds.addAll(policyIds);
        next.producers.addAll(producers);
        next.effectiveFrom = effectiveFrom;
        next.effectiveTo = effectiveTo;
        next.supersedes = id;
        next.replaceAssessment(assessment());
        next.contributors.add(by);
        next.events.add(
                new DesignationEvent(DesignationEvent.Kind.AMENDMENT_DRAFTED, by, at, "Amends version " + version));
        return next;
    }

    public void redescribe(Description description, References references, String by, Instant at) {
        requireDraft("changed");
        describe(description, references);
        contributors.add(by);
        events.add(new DesignationEvent(DesignationEvent.Kind.EDITED, by, at, null));
    }

    private void describe(Description d, References references) {
        List<Problem> problems = new ArrayList<>();
        String newTitle = text(d.title());
        if (newTitle == null || newTitle.length() > 500) {
            problems.add(new Problem("title", "Give the designation a title, at most 500 characters"));
        }
        Set<String> regions = codes(d.regionCodes(), references.regionExists(), "regionCodes", "region", problems);
        if (regions.isEmpty() && problems.stream().noneMatch(p -> p.code().equals("regionCodes"))) {
            problems.add(new Problem(
                    "regionCodes", "Name at least one region; a region covers all its prefectures and counties"));
        }
        Set<String> sectors = codes(d.sectorCodes(), references.sectorExists(), "sectorCodes", "sector", problems);
        if (sectors.isEmpty() && problems.stream().noneMatch(p -> p.code().equals("sectorCodes"))) {
            problems.add(new Problem("sectorCodes", "Name at least one sector, or ALL_GOODS"));
        }
        if (sectors.contains("ALL_GOODS") && sectors.size() > 1) {
            problems.add(new Problem("sectorCodes", "ALL_GOODS already covers every sector: name it alone"));
        }
        String basis = text(d.legalBasis());
        if (basis == null || basis.length() > 4000) {
            problems.add(new Problem("legalBasis", "Give the legal basis, at most 4,000 characters"));
        }
        String why = text(d.rationale());
        if (why == null || why.length() > 20_000) {
            problems.add(new Problem("rationale", "Give the rationale, at most 20,000 characters"));
        }
        Set<UUID> policies = new LinkedHashSet<>();
        for (String raw : d.policyIds() == null ? List.<String>of() : d.policyIds()) {
            String value = text(raw);
            if (value == null) {
                continue;
            }
            UUID pid = uuid(value);
            if (pid == null || !references.policyExists().test(pid)) {
                problems.add(new Problem("policyIds", "There is no state policy " + value));
            } else {
                policies.add(pid);
            }
        }
        List<ListedProducer> named = new ArrayList<>();
        for (Producer p : d.producers() == null ? List.<Producer>of() : d.producers()) {
            if (p == null || text(p.name()) == null) {
                continue;
            }
            if (p.name().strip().length() > 500
                    || ListedProducer.normalise(p.name()).isEmpty()) {
                problems.add(new Problem("producers", "Give each producer's name, at most 500 characters"));
                continue;
            }
            String region = text(p.regionCode());
            if (region != null && !references.regionExists().test(region.toUpperCase(Locale.ROOT))) {
                problems.add(new Problem("producers", "There is no region with the code " + region));
                continue;
            }
            ListedProducer listed = new ListedProducer(p.name(), region);
            if (!named.contains(listed)) {
                named.add(listed);
            }
        }
        LocalDate from = date(d.effectiveFrom(), "effectiveFrom", true, problems);
        LocalDate to = date(d.effectiveTo(), "effectiveTo", false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("effectiveTo", "The last day in force cannot be before the first"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        title = newTitle;
        legalBasis = basis;
        rationale = why;
        regionCodes.clear();
        regionCodes.addAll(regions);
        sectorCodes.clear();
        sectorCodes.addAll(sectors);
        policyIds.clear();
        policyIds.addAll(policies);
        producers.clear();
        producers.addAll(named);
        effectiveFrom = from;
        effectiveTo = to;
    }

    /** Replaces the risk assessment of a draft; completeness is checked on submission, not here. */
    public void assess(RiskAssessment assessment, Predicate<UUID> evidenceExists, String by, Instant at) {
        requireDraft("assessed");
        List<Problem> problems = assessment.problems(evidenceExists);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        replaceAssessment(assessment);
        contributors.add(by);
        events.add(new DesignationEvent(DesignationEvent.Kind.ASSESSED, by, at, null));
    }

    private void replaceAssessment(RiskAssessment a) {
        findings.clear();
        findings.add(AssessmentFinding.precondition(AssessmentItem.EMPLOYMENT_POLICY, a.employmentPolicy()));
        findings.add(AssessmentFinding.precondition(AssessmentItem.MOBILISATION_APPARATUS, a.mobilisationApparatus()));
        a.matrix().forEach((item, cell) -> findings.add(AssessmentFinding.cell(item, cell)));
        coreFeatures.clear();
        coreFeatures.addAll(a.coreFeatures());
        assessmentRationale = a.rationale();
    }

    public RiskAssessment assessment() {
        RiskAssessment.Precondition step1 = null;
        RiskAssessment.Precondition step2 = null;
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        for (AssessmentFinding f : findings) {
            switch (f.item()) {
                case EMPLOYMENT_POLICY -> step1 = f.asPrecondition();
                case MOBILISATION_APPARATUS -> step2 = f.asPrecondition();
                default -> cells.put(f.item(), f.asCell());
            }
        }
        return new RiskAssessment(step1, step2, cells, coreFeatures, assessmentRationale);
    }

    /** Sends the draft to review; refused while the assessment is incomplete, listing what is missing. */
    public void submit(String by, Instant at) {
        requireDraft("submitted");
        List<Problem> missing = assessment().missing();
        if (!missing.isEmpty()) {
            throw new ConflictException("The risk assessment is incomplete", missing);
        }
        contributors.add(by);
        submittedBy = by;
        status = DesignationStatus.IN_REVIEW;
        events.add(new DesignationEvent(DesignationEvent.Kind.SUBMITTED, by, at, null));
    }

    /** Four eyes: whoever wrote, assessed or submitted this version may not review it. */
    public void requireIndependentReviewer(String reviewer) {
        if (contributors.contains(reviewer)) {
            throw new ForbiddenActionException(
                    "You drafted or submitted this designation; another senior regulator must review it");
        }
    }

    public void approve(String by, Instant at) {
        requireStatus(DesignationStatus.IN_REVIEW, "approved");
        requireIndependentReviewer(by);
        approvedBy = by;
        approvedAt = at;
        status = DesignationStatus.APPROVED;
        events.add(new DesignationEvent(DesignationEvent.Kind.APPROVED, by, at, null));
    }

    public void returnToDrafter(String by, String comment, Instant at) {
        requireStatus(DesignationStatus.IN_REVIEW, "returned");
        requireIndependentReviewer(by);
        String why = text(comment);
        if (why == null || why.length() > 4000) {
            throw InvalidInputException.of("comment", "Tell the drafter what to change, at most 4,000 characters");
        }
        status = DesignationStatus.DRAFT;
        submittedBy = null;
        events.add(new DesignationEvent(DesignationEvent.Kind.RETURNED, by, at, why));
    }

    /**
     * Puts an approved designation on the public list. A designation never applies retroactively:
     * one approved after its effective date is in force from the day it is published.
     */
    public void publish(LocalDate today, Instant at) {
        requireStatus(DesignationStatus.APPROVED, "published");
        String comment = null;
        if (effectiveFrom.isBefore(today)) {
            comment = "In force from publication on " + today + " (it was to apply from " + effectiveFrom
                    + "); a designation never applies retroactively";
            effectiveFrom = today;
            if (effectiveTo != null && effectiveTo.isBefore(today)) {
                effectiveTo = today;
            }
        }
        status = DesignationStatus.PUBLISHED;
        publishedAt = at;
        events.add(new DesignationEvent(DesignationEvent.Kind.PUBLISHED, "system", at, comment));
    }

    /**
     * Ends this version the day before its successor takes effect. Called when the successor is
     * approved (so that lists for future dates are right) and again when it is published.
     */
    public void endBefore(LocalDate successorFrom) {
        LocalDate last = successorFrom.minusDays(1);
        if (effectiveTo == null || effectiveTo.isAfter(last)) {
            effectiveTo = last;
        }
    }

    public void supersede(Designation successor, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "superseded");
        endBefore(successor.effectiveFrom());
        supersededBy = successor.id();
        status = DesignationStatus.SUPERSEDED;
        events.add(new DesignationEvent(
                DesignationEvent.Kind.SUPERSEDED, "system", at, "Superseded by version " + successor.version()));
    }

    /** Linked policies that are not verified repealed: while any remains, the designation stays. */
    public List<Problem> revocationBlockers(Function<UUID, PolicyStatus> policyStatus) {
        List<Problem> blockers = new ArrayList<>();
        for (UUID policy : policyIds) {
            PolicyStatus s = policyStatus.apply(policy);
            if (s != PolicyStatus.REPEAL_VERIFIED) {
                blockers.add(new Problem(
                        "POLICY_REPEALED:" + policy,
                        "Policy " + policy + " is " + (s == null ? "unknown" : s)
                                + "; revocation needs its repeal verified"));
            }
        }
        return blockers;
    }

    /**
     * Withdraws a published designation. The standard of proof is the one importers face: every
     * linked state policy must be verified repealed.
     */
    public void revoke(
            String reason, Function<UUID, PolicyStatus> policyStatus, String by, LocalDate today, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "revoked");
        String why = text(reason);
        if (why == null || why.length() > 4000) {
            throw InvalidInputException.of("reason", "Say why the designation is revoked, at most 4,000 characters");
        }
        List<Problem> blockers = revocationBlockers(policyStatus);
        if (!blockers.isEmpty()) {
            throw new ConflictException(
                    "A designation is revoked only when every linked state policy is verified repealed", blockers);
        }
        endBefore(today);
        status = DesignationStatus.REVOKED;
        events.add(new DesignationEvent(DesignationEvent.Kind.REVOKED, by, at, why));
    }

    public void recordReview(String by, String comment, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "reviewed");
        events.add(new DesignationEvent(DesignationEvent.Kind.REVIEWED, by, at, text(comment)));
    }

    /** In force on that day, or (approved, not yet published) to be in force on it. */
    public boolean appliesOn(LocalDate day) {
        boolean listed = status.isPublic() || status == DesignationStatus.APPROVED;
        return listed && !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    private void requireDraft(String what) {
        requireStatus(DesignationStatus.DRAFT, what);
    }

    private void requireStatus(DesignationStatus required, String what) {
        if (status != required) {
            throw new ConflictException(
                    "A designation that is " + status + " cannot be " + what,
                    List.of(new Problem("status", "It must be " + required + " to be " + what)));
        }
    }

    private static Set<String> codes(
            Collection<String> raw, Predicate<String> exists, String field, String noun, List<Problem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            String code = text(value);
            if (code == null) {
                continue;
            }
            code = code.toUpperCase(Locale.ROOT);
            if (!exists.test(code)) {
                problems.add(new Problem(field, "There is no " + noun + " with the code " + code));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static LocalDate date(String raw, String field, boolean required, List<Problem> problems) {
        String value = text(raw);
        if (value == null) {
            if (required) {
                problems.add(new Problem(field, "Give the first day in force, as 2027-01-01"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "\"" + value + "\" is not a date; write it as 2027-01-01"));
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String rationale() {
        return rationale;
    }

    public List<String> regionCodes() {
        return List.copyOf(regionCodes);
    }

    public List<String> sectorCodes() {
        return List.copyOf(sectorCodes);
    }

    public List<UUID> policyIds() {
        return List.copyOf(policyIds);
    }

    /** The producers it names (an entity list); empty for most designations. */
    public List<ListedProducer> producers() {
        return List.copyOf(producers);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public DesignationStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> contributors() {
        return Set.copyOf(contributors);
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public UUID supersedes() {
        return supersedes;
    }

    public UUID supersededBy() {
        return supersededBy;
    }

    public List<DesignationEvent> events() {
        return List.copyOf(events);
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Snapshot snapshot() {
        return Snapshot.of("title", title)
                .and("version", version)
                .and("status", status)
                .and("regionCodes", regionCodes())
                .and("sectorCodes", sectorCodes())
                .and("policyIds", policyIds())
                .and(
                        "producers",
                        producers.stream()
                                .map(p -> p.name() + (p.regionCode() == null ? "" : " @" + p.regionCode()))
                                .toList())
                .and("legalBasis", legalBasis)
                .and("effectiveFrom", effectiveFrom)
                .and("effectiveTo", effectiveTo)
                .and("assessmentComplete", assessment().complete());
    }
}
