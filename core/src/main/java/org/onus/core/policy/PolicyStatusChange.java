package org.onus.core.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One move of a policy's status, with why, on what evidence, by whom and when. Never changed. */
@Entity
@Table(name = "policy_status_change")
public class PolicyStatusChange {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private PolicyStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PolicyStatus to;

    @Column(name = "reason", nullable = false, length = 4000)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_status_change_evidence", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "evidence_id", nullable = false)
    @OrderColumn(name = "position")
    private List<UUID> evidenceIds = new ArrayList<>();

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PolicyStatusChange() {
        // for JPA
    }

    PolicyStatusChange(
            PolicyStatus from, PolicyStatus to, String reason, List<UUID> evidenceIds, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.evidenceIds.addAll(evidenceIds);
        this.changedBy = by;
        this.changedAt = at;
    }

    public PolicyStatus from() {
        return from;
    }

    public PolicyStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public List<UUID> evidenceIds() {
        return List.copyOf(evidenceIds);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
