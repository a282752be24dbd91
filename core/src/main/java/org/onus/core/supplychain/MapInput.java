package org.onus.core.supplychain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;
import org.onus.core.entry.EntryDraft;

/**
 * One input of a map version: the tier, the supplier (and facility) from the registry with what
 * the registry said of them when the version was saved, the material and its HS code, the region
 * (given, or the facility's or supplier's), quantity and share of the finished good.
 */
@Embeddable
public class MapInput {

    @Column(name = "tier", nullable = false)
    private int tier;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "producer_name", nullable = false, length = 500)
    private String producerName;

    @Column(name = "producer_registration_number", length = 60)
    private String producerRegistrationNumber;

    @Column(name = "open_supply_hub_id", length = 40)
    private String openSupplyHubId;

    @Column(name = "material", nullable = false, length = 300)
    private String material;

    @Column(name = "hs_code", nullable = false, length = 10)
    private String hsCode;

    @Column(name = "region_code", nullable = false, length = 20)
    private String regionCode;

    @Column(name = "quantity", precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit", length = 10)
    private String unit;

    @Column(name = "share_percent", precision = 7, scale = 3)
    private BigDecimal sharePercent;

    protected MapInput() {
        // for JPA
    }

    MapInput(
            int tier,
            UUID supplierId,
            UUID facilityId,
            String producerName,
            String producerRegistrationNumber,
            String openSupplyHubId,
            String material,
            String hsCode,
            String regionCode,
            BigDecimal quantity,
            String unit,
            BigDecimal sharePercent) {
        this.tier = tier;
        this.supplierId = supplierId;
        this.facilityId = facilityId;
        this.producerName = producerName;
        this.producerRegistrationNumber = producerRegistrationNumber;
        this.openSupplyHubId = openSupplyHubId;
        this.material = material;
        this.hsCode = hsCode;
        this.regionCode = regionCode;
        this.quantity = quantity;
        this.unit = unit;
        this.sharePercent = sharePercent;
    }

    /**
     * The input as an entry discloses it, raw, so the entry pipeline reads it like a typed one:
     * producer = the supplier's legal name, its registration number, the facility's Open Supply
     * Hub id (else the supplier's), region, HS code, quantity and unit, share.
     */
    public EntryDraft.InputDraft toEntryInput() {
        return new EntryDraft.InputDraft(
                String.valueOf(tier),
                material,
                hsCode,
                producerName,
                regionCode,
                openSupplyHubId,
                sharePercent == null ? null : sharePercent.toPlainString(),
                quantity == null ? null : quantity.toPlainString(),
                unit,
                producerRegistrationNumber);
    }

    public int tier() {
        return tier;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public String producerName() {
        return producerName;
    }

    public String producerRegistrationNumber() {
        return producerRegistrationNumber;
    }

    public String openSupplyHubId() {
        return openSupplyHubId;
    }

    public String material() {
        return material;
    }

    public String hsCode() {
        return hsCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }
}
