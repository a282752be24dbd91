package org.onus.core.supplychain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.entry.SupplyChainMapRef;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.Problem;

/**
 * A named bill of materials for a product, owned by an importer organisation. Every save adds a
 * version numbered from 1; versions are never changed or removed, so an entry filed from one keeps
 * exactly what it disclosed.
 */
@Entity
@Table(name = "supply_chain_map")
public class SupplyChainMap {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    /** The latest version's name, for lists. */
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "map_id", nullable = false)
    @OrderColumn(name = "position")
    private List<MapVersion> versions = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SupplyChainMap() {
        // for JPA
    }

    /** A new map with its first version. */
    static SupplyChainMap create(String organisationCode, MapDraft.Checked first, String by, Instant at) {
        SupplyChainMap m = new SupplyChainMap();
        m.id = UUID.randomUUID();
        m.organisationCode = organisationCode;
        m.createdBy = by;
        m.createdAt = at;
        m.save(first, null, by, at);
        return m;
    }

    /**
     * Saves the map as a new version; the earlier ones stay as they were.
     *
     * @param expectedVersion the version the editor started from, or null not to check
     * @throws ConflictException when another version was saved since the one expected
     */
    MapVersion save(MapDraft.Checked map, Integer expectedVersion, String by, Instant at) {
        if (expectedVersion != null && expectedVersion != latestVersion) {
            throw new ConflictException(
                    "The map is at version " + latestVersion + ", not " + expectedVersion
                            + ": someone saved it meanwhile; read it again",
                    List.of(new Problem("version", "The map is now at version " + latestVersion)));
        }
        MapVersion v = new MapVersion(latestVersion + 1, map, by, at);
        versions.add(v);
        latestVersion = v.number();
        name = v.name();
        return v;
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String name() {
        return name;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public MapVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** A version by its number (from 1). */
    public Optional<MapVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    /** Every version, oldest first. */
    public List<MapVersion> versions() {
        return List.copyOf(versions);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What an entry filed from a version records. */
    public SupplyChainMapRef reference(MapVersion version) {
        return new SupplyChainMapRef(id, version.name(), version.number());
    }

    Snapshot snapshot() {
        MapVersion v = latest();
        return Snapshot.of("name", name)
                .and("organisation", organisationCode)
                .and("version", latestVersion)
                .and("hsCode", v.goodsHsCode())
                .and("inputs", v.inputs().size())
                .and(
                        "suppliers",
                        v.inputs().stream()
                                .map(i -> i.supplierId().toString())
                                .distinct()
                                .toList());
    }
}
