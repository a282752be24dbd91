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
        List<InputDraft> inputs) {

    /** One disclosed input, raw. */
    public record InputDraft(
            String tier,
            String material,
            String hsCode,
            String producer,
            String regionCode,
            String openSupplyHubId,
            String sharePercent) {

        public boolean isBlank() {
            return blank(tier)
                    && blank(material)
                    && blank(hsCode)
                    && blank(producer)
                    && blank(regionCode)
                    && blank(openSupplyHubId)
                    && blank(sharePercent);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** The same draft under another entry number (a check before shipping may have none yet). */
    public EntryDraft withEntryNumber(String number) {
        return new EntryDraft(number, hsCode, description, originCountry, amount, currency, arrivalDate, port, inputs);
    }

    public List<InputDraft> inputs() {
        return inputs == null ? List.of() : inputs;
    }
}
