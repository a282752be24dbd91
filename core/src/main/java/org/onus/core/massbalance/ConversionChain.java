package org.onus.core.massbalance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;

/**
 * A sector's conversion chain: the ordered stages from raw material to finished good with the
 * yield from each stage to the next, and the public sources the factors come from. Regulators
 * maintain the yields; the mass-balance check reads them.
 */
@Entity
@Table(name = "conversion_chain")
@NamedQuery(
        name = "ConversionChain.findAll",
        query = "select distinct c from ConversionChain c left join fetch c.stages order by c.code")
public class ConversionChain {

    /** The largest yield a regulator may set (units of the next stage per unit). */
    static final BigDecimal MAX_YIELD = new BigDecimal("100000");

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "source", nullable = false, length = 4000)
    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conversion_stage", joinColumns = @JoinColumn(name = "chain_code"))
    @OrderColumn(name = "position")
    private List<Stage> stages = new ArrayList<>();

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ConversionChain() {
        // for JPA
    }

    /** A chain built in memory (tests and checks); stored chains come from the database. */
    public static ConversionChain of(String code, String name, String source, List<Stage> stages) {
        ConversionChain chain = new ConversionChain();
        chain.code = code;
        chain.name = name;
        chain.source = source;
        chain.stages = new ArrayList<>(stages);
        return chain;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public Optional<String> updatedBy() {
        return Optional.ofNullable(updatedBy);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /** The stage an HS code belongs to (longest prefix), or -1 if none of this chain's. */
    public int stageOf(String hsCode) {
        int best = -1;
        int bestLength = 0;
        for (int i = 0; i < stages.size(); i++) {
            int length = stages.get(i).match(hsCode);
            if (length > bestLength) {
                best = i;
                bestLength = length;
            }
        }
        return best;
    }

    /** How long the longest prefix of any stage is that the code starts with (0: none). */
    int matchLength(String hsCode) {
        return stages.stream().mapToInt(s -> s.match(hsCode)).max().orElse(0);
    }

    /** The product of the yields from stage {@code from} up to (not including) stage {@code to}. */
    public BigDecimal yieldBetween(int from, int to) {
        BigDecimal product = BigDecimal.ONE;
        for (int i = from; i < to; i++) {
            product = product.multiply(stages.get(i).yieldToNext().orElseThrow(), MathContext.DECIMAL128);
        }
        return product;
    }

    /**
     * A regulator sets the yield from a stage to the next.
     *
     * @throws InvalidInputException if the stage is the last, or the yield is not a positive number
     */
    public void changeYield(int position, BigDecimal yield, String actor, Instant at) {
        if (position < 0 || position >= stages.size() - 1) {
            throw InvalidInputException.of("position", "Only a stage followed by another has a yield");
        }
        if (yield == null || yield.signum() <= 0 || yield.compareTo(MAX_YIELD) > 0) {
            throw InvalidInputException.of("yield", "Give the yield as a positive number, at most 100,000");
        }
        stages.set(position, stages.get(position).withYield(yield.stripTrailingZeros()));
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    public Snapshot snapshot() {
        Snapshot s = Snapshot.of("code", code).and("name", name);
        for (int i = 0; i < stages.size(); i++) {
            Stage st = stages.get(i);
            s = s.and(
                    "stage" + i,
                    st.name() + " [" + String.join(" ", st.hsPrefixes()) + "] " + st.unit()
                            + st.yieldToNext()
                                    .map(y -> " → " + y.toPlainString())
                                    .orElse(""));
        }
        return s;
    }
}
