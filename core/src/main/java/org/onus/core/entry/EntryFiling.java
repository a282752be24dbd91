package org.onus.core.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.onus.core.geography.RegionCode;
import org.onus.core.money.Money;
import org.onus.core.quantity.Quantity;
import org.onus.core.sector.HsCode;

/**
 * An entry to file, read and checked: typed values only, so {@link Entry} never parses. Made by
 * {@link EntryAssembler}, which also checks the codes against the reference data and names every
 * problem by its field; the checks here only guard what no assembled filing can break.
 */
public record EntryFiling(
        String entryNumber,
        HsCode hsCode,
        String description,
        RegionCode originCountry,
        Money value,
        LocalDate arrivalDate,
        String port,
        List<Input> inputs,
        Quantity quantity) {

    /** An entry without a declared quantity of goods. */
    public EntryFiling(
            String entryNumber,
            HsCode hsCode,
            String description,
            RegionCode originCountry,
            Money value,
            LocalDate arrivalDate,
            String port,
            List<Input> inputs) {
        this(entryNumber, hsCode, description, originCountry, value, arrivalDate, port, inputs, null);
    }

    /** The goods are classified to at least the subheading; their inputs to at least the heading. */
    static final int GOODS_HS_DIGITS = 6;

    static final int INPUT_HS_DIGITS = 4;

    static final int MAX_INPUTS = 500;

    public EntryFiling {
        Objects.requireNonNull(entryNumber, "entryNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(originCountry, "originCountry");
        Objects.requireNonNull(arrivalDate, "arrivalDate");
        Objects.requireNonNull(port, "port");
        if (hsCode.digits().length() < GOODS_HS_DIGITS) {
            throw new IllegalArgumentException("The goods need at least 6 digits of the HS code, not " + hsCode);
        }
        if (!value.isPositive()) {
            throw new IllegalArgumentException("The declared value must be positive, not " + value);
        }
        inputs = List.copyOf(inputs);
        if (inputs.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("At most 500 inputs per entry, not " + inputs.size());
        }
    }

    /**
     * One disclosed input of the goods, at some tier of the supply chain.
     *
     * @param quantity how much of it went into the goods, or null when not declared
     * @param producerRegistrationNumber the producer's registration number (a unified social
     *     credit code, say) as declared, or null
     */
    public record Input(
            int tier,
            String material,
            HsCode hsCode,
            String producer,
            RegionCode regionCode,
            String openSupplyHubId,
            BigDecimal sharePercent,
            Quantity quantity,
            String producerRegistrationNumber) {

        /** An input without quantity or registration number. */
        public Input(
                int tier,
                String material,
                HsCode hsCode,
                String producer,
                RegionCode regionCode,
                String openSupplyHubId,
                BigDecimal sharePercent) {
            this(tier, material, hsCode, producer, regionCode, openSupplyHubId, sharePercent, null, null);
        }

        public Input {
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(regionCode, "regionCode");
            if (tier < 1 || tier > 20) {
                throw new IllegalArgumentException("A tier runs from 1 to 20, not " + tier);
            }
            if (hsCode.digits().length() < INPUT_HS_DIGITS) {
                throw new IllegalArgumentException("An input needs at least 4 digits of the HS code, not " + hsCode);
            }
        }
    }
}
