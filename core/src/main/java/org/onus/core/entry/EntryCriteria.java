package org.onus.core.entry;

import java.util.List;

/**
 * Filters for entry lists.
 *
 * @param hsPrefixes a sector's HS prefixes; empty for any goods
 * @param filedByOrganisation only entries this customs broker organisation filed; null for any
 */
public record EntryCriteria(
        String organisationCode,
        EntryStatus status,
        String originCountry,
        String port,
        List<String> hsPrefixes,
        int limit,
        String filedByOrganisation) {

    public static final int MAX_LIMIT = 500;

    public EntryCriteria {
        limit = limit <= 0 || limit > MAX_LIMIT ? MAX_LIMIT : limit;
        hsPrefixes = hsPrefixes == null ? List.of() : List.copyOf(hsPrefixes);
    }

    /** Filters for any filer. */
    public EntryCriteria(
            String organisationCode,
            EntryStatus status,
            String originCountry,
            String port,
            List<String> hsPrefixes,
            int limit) {
        this(organisationCode, status, originCountry, port, hsPrefixes, limit, null);
    }

    public EntryCriteria forOrganisation(String code) {
        return new EntryCriteria(code, status, originCountry, port, hsPrefixes, limit, filedByOrganisation);
    }

    /** Only what this broker organisation filed, for whichever importer. */
    public EntryCriteria filedBy(String brokerCode) {
        return new EntryCriteria(organisationCode, status, originCountry, port, hsPrefixes, limit, brokerCode);
    }
}
