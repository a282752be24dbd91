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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_policy_region", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "region_code", length = 20, nullable = false)
    @SortNatural
    private SortedSet<String> regionCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_policy_source", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "evidence_id", nullable = false)
    @SortNatural
    private SortedSet<UUID> sourceIds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PolicyStatus status;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "policy_id", nullable = false)
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

    /**
     * Moves the policy to another status.
     *
     * @throws ConflictException if that move is not allowed from the current status (listing the allowed ones)
     * @throws InvalidInputException if the reason is missing or a verified repeal cites no evidence
     */
    public PolicyStatusChange changeStatus(
            PolicyStatus to, String reason, Collection<UUID> evidenceIds, String by, Instant at) {
        if (!status.next().contains(to)) {
            throw new ConflictException(
                    "A policy " + status + " cannot become " + to,
                    status.next().stream()
                            .map(s -> new Problem("status", "From " + status + " it can only become " + s))
                            .toList());
        }
        List<Problem> problems = new ArrayList<>();
        String why = text(reason);
        if (why == null || why.length() > 4000) {
            problems.add(new Problem("reason", "Say why the status changes, at most 4,000 characters"));
        }
        List<UUID> evidence = evidenceIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(evidenceIds));
        if (to == PolicyStatus.REPEAL_VERIFIED && evidence.isEmpty()) {
            problems.add(
                    new Problem(
                            "evidenceIds",
                            "A repeal is verified only on evidence: cite the official repeal notice or other evidence you relied on"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PolicyStatusChange change = new PolicyStatusChange(status, to, why, evidence, by, at);
        statusChanges.add(change);
        status = to;
        return change;
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
