package org.onus.core.massbalance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.Snapshot;

/**
 * An entry's mass-balance check as it was judged: the chain, the thresholds-table version, whether
 * quantities were declared, and the flags with their arithmetic. Re-checked when the disclosure
 * changes; the version of the latest check is the one the entry and its case were judged under.
 */
@Entity
@Table(name = "entry_mass_balance")
public class MassBalanceAssessment {

    @Id
    @Column(name = "entry_id")
    private UUID entryId;

    @Column(name = "chain_code", length = 40)
    private String chainCode;

    @Column(name = "table_version", nullable = false)
    private int tableVersion;

    @Column(name = "quantities", nullable = false)
    private boolean quantities;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entry_mass_balance_flag", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<RecordedFlag> flags = new ArrayList<>();

    protected MassBalanceAssessment() {
        // for JPA
    }

    static MassBalanceAssessment of(UUID entryId, MassBalance.Verdict verdict, int tableVersion, Instant at) {
        MassBalanceAssessment a = new MassBalanceAssessment();
        a.entryId = entryId;
        a.record(verdict, tableVersion, at);
        return a;
    }

    void record(MassBalance.Verdict verdict, int version, Instant at) {
        this.chainCode = verdict.chainCode();
        this.tableVersion = version;
        this.quantities = verdict.quantitiesDeclared();
        this.assessedAt = at;
        this.flags.clear();
        verdict.flags().forEach(f -> flags.add(new RecordedFlag(f)));
    }

    public UUID entryId() {
        return entryId;
    }

    public Optional<String> chainCode() {
        return Optional.ofNullable(chainCode);
    }

    public int tableVersion() {
        return tableVersion;
    }

    /** Whether the goods and every input carried a quantity; if not, the rebuttal asks for them. */
    public boolean quantitiesDeclared() {
        return quantities;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public List<RecordedFlag> flags() {
        return List.copyOf(flags);
    }

    /** Whether the thresholds table said to hold the goods for one of the flags. */
    public boolean holds() {
        return flags.stream().anyMatch(f -> f.action() == MassBalance.Action.HOLD);
    }

    Snapshot snapshot() {
        Snapshot s = Snapshot.of("entryId", entryId)
                .and("chain", chainCode)
                .and("tableVersion", tableVersion)
                .and("quantities", quantities);
        for (int i = 0; i < flags.size(); i++) {
            RecordedFlag f = flags.get(i);
            s = s.and("flag" + i, f.kind() + " " + f.action() + ": " + f.arithmetic());
        }
        return s;
    }
}
