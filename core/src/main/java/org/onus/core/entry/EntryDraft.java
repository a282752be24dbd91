package org.onus.core.entry;

import java.util.List;

/**
 * An entry as typed into the page, sent to the API or read from a CSV row: raw text, so that every
 * problem can be reported against the field it is in.
 */
public record EntryDraft(
        String entryNumber,
        String hsCode,
        String description,
        String originCountry,
        String amount,
        String currency,
        String arrivalDate,
        String port,
        List<InputDraft> inputs,
        String quantity,
        String unit) {

    /** An entry without a declared quantity of goods, as before quantities were asked for. */
    public EntryDraft(
            String entryNumber,
            String hsCode,
            String description,
            String originCountry,
            String amount,
            String currency,
            String arrivalDate,
            String port,
            List<InputDraft> inputs) {
        this(entryNumber, hsCode, description, originCountry, amount, currency, arrivalDate, port, inputs, null, null);
    }

    /** One disclosed input, raw. */
    public record InputDraft(
            String tier,
            String material,
            String hsCode,
            String producer,
            String regionCode,
            String openSupplyHubId,
            String sharePercent,
            String quantity,
            String unit,
            String producerRegistrationNumber) {

        /** An input without quantity or registration number, as before they were asked for. */
        public InputDraft(
                String tier,
                String material,
                String hsCode,
                String producer,
                String regionCode,
                String openSupplyHubId,
                String sharePercent) {
            this(tier, material, hsCode, producer, regionCode, openSupplyHubId, sharePercent, null, null, null);
        }

        public boolean isBlank() {
            return blank(tier)
                    && blank(material)
                    && blank(hsCode)
                    && blank(producer)
                    && blank(regionCode)
                    && blank(openSupplyHubId)
                    && blank(sharePercent)
                    && blank(quantity)
                    && blank(unit)
                    && blank(producerRegistrationNumber);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public List<InputDraft> inputs() {
        return inputs == null ? List.of() : inputs;
    }
}
