package org.onus.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;
import org.onus.core.quantity.Quantity;
import org.onus.core.quantity.Unit;

/** One input of the goods at some tier of the supply chain, as the importer disclosed it. */
@Embeddable
public class DisclosedInput {

    @Column(name = "tier", nullable = false)
    private int tier;

    @Column(name = "material", nullable = false, length = 300)
    private String material;

    @Column(name = "hs_code", nullable = false, length = 10)
    private String hsCode;

    @Column(name = "producer", length = 500)
    private String producer;

    @Column(name = "region_code", nullable = false, length = 20)
    private String regionCode;

    @Column(name = "open_supply_hub_id", length = 40)
    private String openSupplyHubId;

    @Column(name = "share_percent", precision = 7, scale = 3)
    private BigDecimal sharePercent;

    @Column(name = "quantity_amount", precision = 19, scale = 6)
    private BigDecimal quantityAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_unit", length = 10)
    private Unit quantityUnit;

    @Column(name = "producer_registration_number", length = 60)
    private String producerRegistrationNumber;

    protected DisclosedInput() {
        // for JPA
    }

    DisclosedInput(
            int tier,
            String material,
            String hsCode,
            String producer,
            String regionCode,
            String openSupplyHubId,
            BigDecimal sharePercent,
            Quantity quantity,
            String producerRegistrationNumber) {
        this.tier = tier;
        this.material = material;
        this.hsCode = hsCode;
        this.producer = producer;
        this.regionCode = regionCode;
        this.openSupplyHubId = openSupplyHubId;
        this.sharePercent = sharePercent;
        if (quantity != null) {
            this.quantityAmount = quantity.amount();
            this.quantityUnit = quantity.unit();
        }
        this.producerRegistrationNumber = producerRegistrationNumber;
    }

    public int tier() {
        return tier;
    }

    public String material() {
        return material;
    }

    public String hsCode() {
        return hsCode;
    }

    public String producer() {
        return producer;
    }

    public String regionCode() {
        return regionCode;
    }

    public String openSupplyHubId() {
        return openSupplyHubId;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    /** How much of the input went into the goods, when declared. */
    public Optional<Quantity> quantity() {
        return quantityAmount == null || quantityUnit == null
                ? Optional.empty()
                : Optional.of(new Quantity(quantityAmount, quantityUnit));
    }

    /** The producer's registration number as declared, or null. */
    public String producerRegistrationNumber() {
        return producerRegistrationNumber;
    }

    static DisclosedInput of(EntryFiling.Input in) {
        return new DisclosedInput(
                in.tier(),
                in.material(),
                in.hsCode().digits(),
                in.producer(),
                in.regionCode().value(),
                in.openSupplyHubId(),
                in.sharePercent(),
                in.quantity(),
                in.producerRegistrationNumber());
    }

    /** The same facts: what a repeated filing is compared on. */
    String fingerprint() {
        return tier + "|" + material + "|" + hsCode + "|" + producer + "|" + regionCode + "|" + openSupplyHubId + "|"
                + (sharePercent == null ? "" : sharePercent.stripTrailingZeros().toPlainString())
                // Appended only when declared, so inputs filed before these existed keep their fingerprint.
                + quantity().map(q -> "|q=" + q).orElse("")
                + (producerRegistrationNumber == null ? "" : "|r=" + producerRegistrationNumber);
    }
}
