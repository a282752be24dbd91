package org.onus.core.supplychain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;
import org.onus.core.entry.EntryDraft;

/** One saved version of a supply-chain map: immutable, readable for as long as the map exists. */
@Entity
@Immutable
@Table(name = "supply_chain_map_version")
public class MapVersion {

    @Id
    private UUID id;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "goods_hs_code", nullable = false, length = 10)
    private String goodsHsCode;

    @Column(name = "goods_description", nullable = false, length = 2000)
    private String goodsDescription;

    @Column(name = "goods_quantity", precision = 19, scale = 3)
    private BigDecimal goodsQuantity;

    @Column(name = "goods_unit", length = 10)
    private String goodsUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "supply_chain_map_input", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<MapInput> inputs = new ArrayList<>();

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected MapVersion() {
        // for JPA
    }

    MapVersion(int number, MapDraft.Checked map, String savedBy, Instant savedAt) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.name = map.name();
        this.goodsHsCode = map.hsCode().digits();
        this.goodsDescription = map.description();
        this.goodsQuantity = map.quantity();
        this.goodsUnit = map.unit();
        this.inputs.addAll(map.inputs());
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** The inputs as an entry discloses them, in the map's order. */
    public List<EntryDraft.InputDraft> entryInputs() {
        return inputs.stream().map(MapInput::toEntryInput).toList();
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String goodsHsCode() {
        return goodsHsCode;
    }

    public String goodsDescription() {
        return goodsDescription;
    }

    public BigDecimal goodsQuantity() {
        return goodsQuantity;
    }

    public String goodsUnit() {
        return goodsUnit;
    }

    public List<MapInput> inputs() {
        return List.copyOf(inputs);
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
