package org.onus.core.supplychain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A site of a supplier where goods are made or processed. */
@Entity
@Table(name = "supplier_facility")
public class Facility {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "address", length = 1000)
    private String address;

    @Column(name = "region_code", nullable = false, length = 20)
    private String regionCode;

    @Column(name = "open_supply_hub_id", length = 40)
    private String openSupplyHubId;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Facility() {
        // for JPA
    }

    Facility(SupplierDraft.FacilityDetails details, String by, Instant at) {
        this.id = UUID.randomUUID();
        describe(details);
        this.addedBy = by;
        this.addedAt = at;
    }

    /** New details replace the old; maps saved before keep what they copied. */
    void describe(SupplierDraft.FacilityDetails details) {
        this.name = details.name();
        this.address = details.address();
        this.regionCode = details.regionCode().value();
        this.openSupplyHubId = details.openSupplyHubId();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String regionCode() {
        return regionCode;
    }

    public String openSupplyHubId() {
        return openSupplyHubId;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
