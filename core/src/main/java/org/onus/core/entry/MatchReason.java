package org.onus.core.entry;

/**
 * Why a line of an entry's detention grounds is there. Screening finds the first two; an officer's
 * detention by hand is its own variant, as is a disclosure left unrefined past its deadline.
 */
public enum MatchReason {
    /** The item's region lies in the designation's regions and its HS code in its sectors. */
    REGION_AND_SECTOR,
    /** The item's producer is on the designation's entity list. */
    LISTED_PRODUCER,
    /** An officer detained the goods by hand, citing grounds (rule {@code MANUAL_DETENTION_GROUNDS}). */
    MANUAL,
    /** The goods were held for a disclosure that was not refined by its deadline. */
    DISCLOSURE_NOT_REFINED
}
