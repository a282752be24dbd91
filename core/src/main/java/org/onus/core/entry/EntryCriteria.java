package org.onus.core.entry;

import java.util.List;

/**
 * Filters for entry lists, and which page of the list in which order.
 *
 * @param hsPrefixes a sector's HS prefixes; empty for any goods
 * @param limit at most this many entries (the page size); 0 or beyond {@link #MAX_LIMIT} is the maximum
 * @param filedByOrganisation only entries this customs broker organisation filed; null for any
 * @param offset how many matching entries come before the page, from 0
 * @param sort the order; null is {@link EntrySort#NEWEST_FIRST}
 */
public record EntryCriteria(
        String organisationCode,
        EntryStatus status,
        String originCountry,
        String port,
        List<String> hsPrefixes,
        int limit,
        String filedByOrganisation,
        int offset,
        EntrySort sort) {

    public static final int MAX_LIMIT = 500;

    public EntryCriteria {
        limit = limit <= 0 || limit > MAX_LIMIT ? MAX_LIMIT : limit;
        hsPrefixes = hsPrefixes == null ? List.of() : List.copyOf(hsPrefixes);
        offset = Math.max(0, offset);
        sort = sort == null ? EntrySort.NEWEST_FIRST : sort;
    }

    /** Filters for any filer: the first page, newest filed first. */
    public EntryCriteria(
            String organisationCode,
            EntryStatus status,
            String originCountry,
            String port,
            List<String> hsPrefixes,
            int limit) {
        this(organisationCode, status, originCountry, port, hsPrefixes, limit, null, 0, EntrySort.NEWEST_FIRST);
    }

    public EntryCriteria forOrganisation(String code) {
        return new EntryCriteria(
                code, status, originCountry, port, hsPrefixes, limit, filedByOrganisation, offset, sort);
    }

    /** Only what this broker organisation filed, for whichever importer. */
    public EntryCriteria filedBy(String brokerCode) {
        return new EntryCriteria(
                organisationCode, status, originCountry, port, hsPrefixes, limit, brokerCode, offset, sort);
    }

    /** The same filters, {@code size} entries from {@code from}. */
    public EntryCriteria page(int from, int size) {
        return new EntryCriteria(
                organisationCode, status, originCountry, port, hsPrefixes, size, filedByOrganisation, from, sort);
    }

    public EntryCriteria sortedBy(EntrySort order) {
        return new EntryCriteria(
                organisationCode, status, originCountry, port, hsPrefixes, limit, filedByOrganisation, offset, order);
    }
}
