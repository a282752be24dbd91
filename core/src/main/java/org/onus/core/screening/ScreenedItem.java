package org.onus.core.screening;

/**
 * One thing to screen: the goods of an entry themselves, or one of their declared inputs.
 *
 * @param inputIndex the input's position in the declaration, or {@link #GOODS} for the goods
 * @param tier how far up the supply chain the input is (1 = direct supplier); 0 for the goods
 * @param hsCode the HS code, digits only (2 to 10)
 * @param regionCode where it was made: a region code of the tree; for the goods, the country of
 *     origin
 * @param producerName who made it, as declared; null when not declared
 * @param registrationNumber the producer's registration number as declared; null when not declared
 */
public record ScreenedItem(
        int inputIndex, int tier, String hsCode, String regionCode, String producerName, String registrationNumber) {

    /** An item without a declared registration number. */
    public ScreenedItem(int inputIndex, int tier, String hsCode, String regionCode, String producerName) {
        this(inputIndex, tier, hsCode, regionCode, producerName, null);
    }

    /** The input index that stands for the goods themselves. */
    public static final int GOODS = -1;

    /** The goods of an entry, by their country of origin. */
    public static ScreenedItem goods(String hsCode, String originCountryCode) {
        return new ScreenedItem(GOODS, 0, hsCode, originCountryCode, null);
    }
}
