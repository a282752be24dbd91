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
        String producer) {

    /** The item's region lies in the designation's regions and its HS code in its sectors. */
    public static final String REGION_AND_SECTOR = "REGION_AND_SECTOR";

    /** The item's producer is on the designation's entity list (within the listing's region). */
    public static final String LISTED_PRODUCER = "LISTED_PRODUCER";

    public boolean forGoods() {
        return inputIndex == ScreenedItem.GOODS;
    }
}
