package org.onus.core.policy;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.review.FourEyes;

/** A state policy that sustains forced labour, where it applies, and whether it is still in force. */
@Entity
@Table(name = "state_policy")
@Audited
@NamedQuery(name = "StatePolicy.findAll", query = "select p from StatePolicy p order by p.title")
public class StatePolicy {

    @Id
    private UUID id;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "authority", nullable = false, length = 500)
    private String authority;

    @Column(name = "issued")
    private LocalDate issued;

    @Column(name = "summary", length = 10000)
    private String summary;

    // Collections are read for up to 100 loaded aggregates at a time, not one query per aggregate
    // and collection, when a list or a page loads many (issue 14).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_policy_region", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "region_code", length = 20, nullable = false)
    @SortNatural
    private SortedSet<String> regionCodes = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_policy_source", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "evidence_id", nullable = false)
    @SortNatural
    private SortedSet<UUID> sourceIds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PolicyStatus status;

    @NotAudited
    @BatchSize(size = 100)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    @OrderBy("changedAt")
    private List<PolicyStatusChange> statusChanges = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StatePolicy() {
        // for JPA
    }

    /**
     * What a regulator submits, raw; region and evidence checks are passed in, so the aggregate
     * decides with the reference data without depending on it.
     */
    public record Description(
            String title,
            String authority,
            String issued,
            String summary,
            Collection<String> regionCodes,
            Collection<String> sourceIds) {}

    /** Rules that need the rest of the system: does this region code exist, may the actor cite this evidence. */
    public record References(Predicate<String> regionExists, Predicate<UUID> evidenceExists) {}

    public static StatePolicy enact(Description description, References references) {
        StatePolicy policy = new StatePolicy();
        policy.id = UUID.randomUUID();
        policy.status = PolicyStatus.IN_FORCE;
        policy.describe(description, references);
        return policy;
    }

    public void redescribe(Description description, References references) {
        describe(description, references);
    }

    private void describe(Description d, References references) {
        List<Problem> problems = new ArrayList<>();
        String newTitle = text(d.title());
        if (newTitle == null || newTitle.length() > 500) {
            problems.add(new Problem("title", "Give the policy's title, at most 500 characters"));
        }
        String newAuthority = text(d.authority());
        if (newAuthority == null || newAuthority.length() > 500) {
            problems.add(new Problem("authority", "Say which authority issued it, at most 500 characters"));
        }
        LocalDate newIssued = null;
        if (text(d.issued()) != null) {
            try {
                newIssued = LocalDate.parse(text(d.issued()));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(
                        "issued", "Give the date it was issued as 2021-12-14, or leave it empty if unknown"));
            }
        }
        String newSummary = text(d.summary());
        if (newSummary != null && newSummary.length() > 10_000) {
            problems.add(new Problem("summary", "The summary can have at most 10,000 characters"));
        }
        Set<String> regions = new LinkedHashSet<>();
        for (String raw : d.regionCodes() == null ? List.<String>of() : d.regionCodes()) {
            String code = text(raw);
            if (code == null) {
                continue;
            }
            code = code.toUpperCase(java.util.Locale.ROOT);
            if (!references.regionExists().test(code)) {
                problems.add(new Problem("regionCodes", "There is no region with the code " + code));
            } else {
                regions.add(code);
            }
        }
        if (regions.isEmpty() && problems.stream().noneMatch(p -> p.code().equals("regionCodes"))) {
            problems.add(new Problem("regionCodes", "Name at least one region where the policy applies, e.g. 650000"));
        }
        Set<UUID> sources = new LinkedHashSet<>();
        for (String raw : d.sourceIds() == null ? List.<String>of() : d.sourceIds()) {
            String value = text(raw);
            if (value == null) {
                continue;
            }
            UUID id = parseId(value);
            if (id == null || !references.evidenceExists().test(id)) {
                problems.add(new Problem("sourceIds", "There is no evidence item " + value + " you may cite"));
            } else {
                sources.add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.title = newTitle;
        this.authority = newAuthority;
        this.issued = newIssued;
        this.summary = newSummary;
        this.regionCodes.clear();
        this.regionCodes.addAll(regions);
        this.sourceIds.clear();
        this.sourceIds.addAll(sources);
    }

    /** Rule: a verified repeal, and any move away from it except back to IN_FORCE, needs a second, senior regulator. */
    public static final String FOUR_EYES_REPEAL = "FOUR_EYES_REPEAL";

    /** Rule: a repeal is verified only on evidence the policy-status table admits. */
    public static final String REPEAL_EVIDENCE_ADMISSIBLE = "REPEAL_EVIDENCE_ADMISSIBLE";

    /** Rule: only regulators move a policy's status; back to IN_FORCE needs one regulator and a reason. */
    public static final String POLICY_STATUS_BY_REGULATOR = "POLICY_STATUS_BY_REGULATOR";

    /** Who asks for a move, as values: the rules run without a server or a token. */
    public record Mover(String username, Set<Role> roles) {

        public Mover {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("A status change needs the user name of who makes it");
            }
            roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(roles);
        }

        public static Mover of(Actor actor) {
            return new Mover(actor.username(), actor.roles());
        }

        boolean regulator() {
            return roles.contains(Role.REGULATOR) || roles.contains(Role.SENIOR_REGULATOR);
        }

        boolean senior() {
            return roles.contains(Role.SENIOR_REGULATOR);
        }
    }

    /** An evidence item cited for a move, with the type the library holds for it. */
    public record CitedEvidence(UUID id, EvidenceType type) {

        public CitedEvidence {
            java.util.Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(type, "type");
        }
    }

    /**
     * Whether a move needs four eyes: into {@code REPEAL_VERIFIED}, or away from it in any
     * direction but the protective one (back to {@code IN_FORCE}).
     */
    public static boolean needsFourEyes(PolicyStatus from, PolicyStatus to) {
        return to == PolicyStatus.REPEAL_VERIFIED
                || (from == PolicyStatus.REPEAL_VERIFIED && to != PolicyStatus.IN_FORCE);
    }

    /** Who recorded the repeal claim the policy now rests on, if its status comes from one. */
    public Optional<String> claimedBy() {
        if (status == PolicyStatus.IN_FORCE) {
            return Optional.empty();
        }
        for (int i = statusChanges.size() - 1; i >= 0; i--) {
            PolicyStatusChange change = statusChanges.get(i);
            if (change.to() == PolicyStatus.REPEAL_CLAIMED) {
                return Optional.of(change.changedBy());
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the policy to another status, after every rule has agreed; nothing changes on a
     * refusal. The checks, in order: the move is allowed from the current status (409); the
     * mover is a regulator, and for a move that {@link #needsFourEyes needs four eyes} a senior
     * regulator who did not record the repeal claim ({@value #FOUR_EYES_REPEAL}, 403); a reason,
     * and evidence for a verified repeal (400); every cited item admitted by the policy-status
     * table ({@value #REPEAL_EVIDENCE_ADMISSIBLE}, 409 naming each refused item).
     *
     * @param evidence the cited items with their library types; for a verified repeal each is judged
     * @param table the policy-status decision table (a port; a plain lambda in unit tests)
     * @throws ConflictException if the move is not allowed from the current status (listing the
     *     allowed ones), or cited evidence cannot show a repeal
     * @throws ForbiddenActionException if the mover may not make this move
     * @throws InvalidInputException if the reason is missing or a verified repeal cites no evidence
     */
    public PolicyStatusChange changeStatus(
            PolicyStatus to,
            String reason,
            Collection<CitedEvidence> evidence,
            Mover by,
            RepealEvidenceTable table,
            Instant at) {
        java.util.Objects.requireNonNull(to, "to");
        java.util.Objects.requireNonNull(by, "by");
        java.util.Objects.requireNonNull(table, "table");
        if (!status.next().contains(to)) {
            throw new ConflictException(
                    "A policy " + status + " cannot become " + to,
                    status.next().stream()
                            .map(s -> new Problem("status", "From " + status + " it can only become " + s))
                            .toList());
        }
        requireMayMove(to, by);
        List<Problem> problems = new ArrayList<>();
        String why = text(reason);
        if (why == null || why.length() > 4000) {
            problems.add(new Problem("reason", "Say why the status changes, at most 4,000 characters"));
        }
        Map<UUID, CitedEvidence> cited = new LinkedHashMap<>();
        for (CitedEvidence item : evidence == null ? List.<CitedEvidence>of() : evidence) {
            cited.putIfAbsent(item.id(), item);
        }
        if (to == PolicyStatus.REPEAL_VERIFIED && cited.isEmpty()) {
            problems.add(
                    new Problem(
                            "evidenceIds",
                            "A repeal is verified only on evidence: cite the official repeal notice or gazette, or the court or legislative record you relied on"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (to == PolicyStatus.REPEAL_VERIFIED) {
            requireAdmissible(cited.values(), table);
        }
        PolicyStatusChange change =
                new PolicyStatusChange(status, to, why, List.copyOf(cited.keySet()), by.username(), at);
        statusChanges.add(change);
        status = to;
        return change;
    }

    private void requireMayMove(PolicyStatus to, Mover by) {
        if (!by.regulator()) {
            throw new ForbiddenActionException(
                    POLICY_STATUS_BY_REGULATOR + ": only a regulator changes the status of a state policy");
        }
        if (!needsFourEyes(status, to)) {
            return;
        }
        if (!by.senior()) {
            throw new ForbiddenActionException(FOUR_EYES_REPEAL + ": only a senior regulator may move a policy "
                    + status + " to " + to + "; ask a senior regulator who did not record the repeal claim");
        }
        FourEyes.requireIndependent(
                by.username(),
                claimedBy().map(Set::of).orElse(Set.of()),
                FOUR_EYES_REPEAL + ": " + by.username()
                        + " recorded the repeal claim and may not also move the policy to " + to
                        + "; another senior regulator must check it");
    }

    private static void requireAdmissible(Collection<CitedEvidence> cited, RepealEvidenceTable table) {
        List<Problem> refused = new ArrayList<>();
        for (CitedEvidence item : cited) {
            RepealEvidenceTable.Verdict verdict = table.judge(item.type());
            if (!verdict.admissible()) {
                refused.add(new Problem(
                        REPEAL_EVIDENCE_ADMISSIBLE,
                        "Evidence " + item.id() + " (" + item.type() + ") cannot show a repeal: " + verdict.reason()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ConflictException(
                    REPEAL_EVIDENCE_ADMISSIBLE
                            + ": a repeal is verified only on an official repeal notice or gazette, or a court or legislative record; "
                            + refused.size() + " of the cited items cannot show it",
                    refused);
        }
    }

    private static UUID parseId(String value) {
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

    public String title() {
        return title;
    }

    public String authority() {
        return authority;
    }

    public LocalDate issued() {
        return issued;
    }

    public String summary() {
        return summary;
    }

    public List<String> regionCodes() {
        return List.copyOf(regionCodes);
    }

    public List<UUID> sourceIds() {
        return List.copyOf(sourceIds);
    }

    public PolicyStatus status() {
        return status;
    }

    public List<PolicyStatusChange> statusChanges() {
        return List.copyOf(statusChanges);
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return Snapshot.of("title", title)
                .and("authority", authority)
                .and("issued", issued)
                .and("summary", summary)
                .and("regionCodes", regionCodes())
                .and("sourceIds", sourceIds())
                .and("status", status);
    }
}
