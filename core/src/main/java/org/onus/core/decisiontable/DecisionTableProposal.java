package org.onus.core.decisiontable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;

/**
 * A regulator's proposed new version of a decision table: its rows, the version it was made
 * from and why. Another regulator approves it (then it is deployed) or rejects it; the proposer
 * never decides their own proposal.
 */
@Entity
@Table(name = "decision_table_proposal")
@NamedQuery(
        name = "DecisionTableProposal.byTable",
        query = "select p from DecisionTableProposal p where p.tableKey = :key order by p.proposedAt desc")
public class DecisionTableProposal {

    @Id
    private UUID id;

    @Column(name = "table_key", nullable = false, length = 80)
    private String tableKey;

    @Column(name = "based_on_version", nullable = false)
    private int basedOnVersion;

    /** One line per row, cells separated by tabs (cells never contain either). */
    @Column(name = "table_rows", nullable = false, length = 20000)
    private String rows;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "deployed_version")
    private Integer deployedVersion;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected DecisionTableProposal() {
        // for JPA
    }

    static DecisionTableProposal propose(
            ChangeableTable table, int basedOn, List<List<String>> rows, String reason, String by, Instant at) {
        DecisionTableProposal p = new DecisionTableProposal();
        p.id = UUID.randomUUID();
        p.tableKey = table.key();
        p.basedOnVersion = basedOn;
        p.rows = rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
        p.reason = Objects.requireNonNull(reason);
        p.status = ProposalStatus.PROPOSED;
        p.proposedBy = Objects.requireNonNull(by);
        p.proposedAt = at;
        return p;
    }

    /** The proposer never decides; only a proposal still open is decided. */
    private void requireDecidableBy(String decider) {
        if (proposedBy.equals(decider)) {
            throw new ForbiddenActionException("Four eyes: another regulator decides this proposal, not its proposer");
        }
        if (status != ProposalStatus.PROPOSED) {
            throw new ConflictException("The proposal was " + status.name().toLowerCase() + " already", List.of());
        }
    }

    void approve(String decider, Instant at, int currentVersion) {
        requireDecidableBy(decider);
        if (currentVersion != basedOnVersion) {
            throw new ConflictException(
                    "The table changed to version " + currentVersion + " since this proposal was made from version "
                            + basedOnVersion + "; propose again from the current version",
                    List.of());
        }
        this.status = ProposalStatus.APPROVED;
        this.decidedBy = decider;
        this.decidedAt = at;
    }

    void deployedAs(int version) {
        this.deployedVersion = version;
    }

    void reject(String decider, Instant at) {
        requireDecidableBy(decider);
        this.status = ProposalStatus.REJECTED;
        this.decidedBy = decider;
        this.decidedAt = at;
    }

    public UUID id() {
        return id;
    }

    public ChangeableTable table() {
        return ChangeableTable.byKey(tableKey).orElseThrow();
    }

    public int basedOnVersion() {
        return basedOnVersion;
    }

    public List<List<String>> rows() {
        return Arrays.stream(rows.split("\n", -1))
                .map(line -> Arrays.asList(line.split("\t", -1)))
                .toList();
    }

    public String reason() {
        return reason;
    }

    public ProposalStatus status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<Integer> deployedVersion() {
        return Optional.ofNullable(deployedVersion);
    }

    Snapshot snapshot() {
        return Snapshot.of("table", tableKey)
                .and("basedOnVersion", basedOnVersion)
                .and("status", status.name())
                .and("rows", rows)
                .and("reason", reason)
                .and("proposedBy", proposedBy)
                .and("decidedBy", decidedBy)
                .and("deployedVersion", deployedVersion);
    }
}
