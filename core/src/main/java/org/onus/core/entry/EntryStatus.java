package org.onus.core.entry;

/** What screening (or an officer) decided about an entry. */
public enum EntryStatus {
    /** No input matched a designation in force on the arrival date. */
    CLEARED,
    /** Goods or an input matched: presumed made with forced labour, held under a detention case. */
    DETAINED,
    /** High-priority goods from a country with a designated region, and no inputs disclosed. */
    DISCLOSURE_REQUIRED;

    public boolean isCleared() {
        return this == CLEARED;
    }

    public boolean isDetained() {
        return this == DETAINED;
    }

    public boolean isDisclosureRequired() {
        return this == DISCLOSURE_REQUIRED;
    }
}
