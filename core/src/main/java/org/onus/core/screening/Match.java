package org.onus.core.screening;

import java.util.UUID;

/**
 * One designation that catches one screened item: the path input → tier → region → designation.
 *
 * @param inputIndex the item's input index ({@link ScreenedItem#GOODS} for the goods)
 * @param tier the item's tier
 * @param regionCode the item's region
 * @param designatedRegionCode the designation's region that covers the item's region (that region
 *     or its nearest designated ancestor); for a match by {@link #LISTED_PRODUCER}, the listing's
 *     region, or null when the listing is not limited to a region
 * @param hsCode the item's HS code
 * @param reason {@link #REGION_AND_SECTOR} when the designation's scope covers the item, otherwise
 *     {@link #LISTED_PRODUCER}
 * @param producer the name of the designation's listing the item's producer matches, or null; set
 *     for either reason, so a scope match also shows that the producer is named
 * @param producerMatchOn what of the listing the item's producer matched ({@link #ON_NAME}, {@link
 *     #ON_ALIAS}, {@link #ON_FORMER_NAME}, {@link #ON_REGISTRATION_NUMBER}); null when no producer
 *     matched
 * @param producerMatchValue the listed name, alias, former name or registration number matched
 */
public record Match(
        UUID designationId,
        int designationVersion,
        int inputIndex,
        int tier,
        String regionCode,
        String designatedRegionCode,
        String hsCode,
        String reason,
        String producer,
        String producerMatchOn,
        String producerMatchValue) {

    public static final String ON_NAME = "NAME";
    public static final String ON_ALIAS = "ALIAS";
    public static final String ON_FORMER_NAME = "FORMER_NAME";
    public static final String ON_REGISTRATION_NUMBER = "REGISTRATION_NUMBER";

    public Match(
            UUID designationId,
            int designationVersion,
            int inputIndex,
            int tier,
            String regionCode,
            String designatedRegionCode,
            String hsCode,
            String reason,
            String producer) {
        this(
                designationId,
                designationVersion,
                inputIndex,
                tier,
                regionCode,
                designatedRegionCode,
                hsCode,
                reason,
                producer,
                producer == null ? null : ON_NAME,
                producer);
    }

    /** The item's region lies in the designation's regions and its HS code in its sectors. */
    public static final String REGION_AND_SECTOR = "REGION_AND_SECTOR";

    /** The item's producer is on the designation's entity list (within the listing's region). */
    public static final String LISTED_PRODUCER = "LISTED_PRODUCER";

    public boolean forGoods() {
        return inputIndex == ScreenedItem.GOODS;
    }
}
