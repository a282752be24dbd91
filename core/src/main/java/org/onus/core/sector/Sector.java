package org.onus.core.sector;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.annotations.SortNatural;
import org.hibernate.envers.Audited;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * An industrial sector designated by HS code prefixes (cotton: 5201–5203, 5205–5212), or
 * {@link #ALL_GOODS}, which covers every HS code.
 */
@Entity
@Table(name = "sector")
@Audited
@NamedQuery(
        name = "Sector.findAll",
        query = "select distinct s from Sector s left join fetch s.hsPrefixes order by s.code")
public class Sector {

    /** The scope that covers all goods from a region: the presumption in its widest form. */
    public static final String ALL_GOODS = "ALL_GOODS";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "high_priority", nullable = false)
    private boolean highPriority;

    /**
     * Whether goods of this sector declared too coarsely (a region containing a designated one) are
     * held until the disclosure is refined; regulators switch it.
     */
    @Column(name = "disclosure_hold", nullable = false)
    private boolean disclosureHold = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sector_hs_prefix", joinColumns = @JoinColumn(name = "sector_code"))
    @Column(name = "prefix", length = 10, nullable = false)
    @SortNatural
    private SortedSet<String> hsPrefixes = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Sector() {
        // for JPA
    }

    /** What an administrator submits to create or change a sector; raw, as typed. */
    public record Definition(
            String code, String name, String description, Collection<String> hsPrefixes, boolean highPriority) {}

    /**
     * @throws InvalidInputException listing every field that is wrong, so a form can show them all at once
     */
    public static Sector define(Definition definition) {
        Sector sector = new Sector();
        List<Problem> problems = new ArrayList<>();
        String code = definition.code() == null ? "" : definition.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            problems.add(
                    new Problem(
                            "code",
                            "A sector code has 2 to 40 capital letters, digits or underscores and starts with a letter, e.g. COTTON"));
        }
        sector.code = code;
        sector.apply(definition, problems);
        return sector;
    }

    /**
     * Changes name, description, prefixes and priority; the code never changes.
     *
     * @return whether the goods it covers changed: screening reads them, so a designation naming the
     *     sector now catches other goods
     */
    public boolean redefine(Definition definition) {
        List<String> covered = hsPrefixes();
        List<Problem> problems = new ArrayList<>();
        apply(definition, problems);
        return !covered.equals(hsPrefixes());
    }

    private void apply(Definition definition, List<Problem> problems) {
        String newName = definition.name() == null ? "" : definition.name().strip();
        if (newName.isEmpty() || newName.length() > 200) {
            problems.add(new Problem("name", "Give the sector a name of at most 200 characters"));
        }
        String newDescription = definition.description() == null
                ? null
                : definition.description().strip();
        if (newDescription != null && newDescription.length() > 2000) {
            problems.add(new Problem("description", "The description can have at most 2,000 characters"));
        }
        Set<String> prefixes = new TreeSet<>();
        for (String raw : definition.hsPrefixes() == null ? List.<String>of() : definition.hsPrefixes()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                prefixes.add(HsCode.of(raw).digits());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("hsPrefixes", e.getMessage()));
            }
        }
        boolean allGoods = ALL_GOODS.equals(code);
        if (allGoods && !prefixes.isEmpty()) {
            problems.add(new Problem("hsPrefixes", "All goods covers every HS code; it takes no prefixes"));
        }
        if (!allGoods
                && prefixes.isEmpty()
                && problems.stream().noneMatch(p -> p.code().equals("hsPrefixes"))) {
            problems.add(new Problem("hsPrefixes", "Give at least one HS code prefix, e.g. 5201"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.name = newName;
        this.description = newDescription == null || newDescription.isEmpty() ? null : newDescription;
        this.highPriority = definition.highPriority();
        this.hsPrefixes.clear();
        this.hsPrefixes.addAll(prefixes);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** A supply-chain disclosure is demanded for goods of high-priority sectors. */
    public boolean highPriority() {
        return highPriority;
    }

    /** Whether a coarse disclosure of this sector's goods holds them until it is refined. */
    public boolean disclosureHold() {
        return disclosureHold;
    }

    /** Switches the disclosure hold on or off. */
    public void switchDisclosureHold(boolean on) {
        this.disclosureHold = on;
    }

    public boolean coversAllGoods() {
        return ALL_GOODS.equals(code);
    }

    /** Digits only, in order. */
    public List<String> hsPrefixes() {
        return List.copyOf(hsPrefixes);
    }

    /** Whether goods with this HS code belong to the sector. */
    public boolean covers(HsCode hsCode) {
        return coversAllGoods()
                || hsPrefixes.stream().anyMatch(p -> hsCode.digits().startsWith(p));
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return Snapshot.of("code", code)
                .and("name", name)
                .and("description", description)
                .and("highPriority", highPriority)
                .and("disclosureHold", disclosureHold)
                .and("hsPrefixes", hsPrefixes());
    }

    @Override
    public String toString() {
        return "Sector[" + code + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sector other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
