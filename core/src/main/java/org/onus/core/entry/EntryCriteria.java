package org.onus.core.entry;

import java.util.List;

/**
 * Filters for entry lists.
 *
 * @param hsPrefixes a sector's HS prefixes; empty for any goods
 */
public record EntryCriteria(
        String organisationCode,
        EntryStatus status,
        String originCountry,
        String port,
        List<String> hsPrefixes,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public EntryCriteria {
        limit = limit <= 0 || limit > MAX_LIMIT ? MAX_LIMIT : limit;
        hsPrefixes = hsPrefixes == null ? List.of() : List.copyOf(hsPrefixes);
    }

    public EntryCriteria forOrganisation(String code) {
        return new EntryCriteria(code, status, originCountry, port, hsPrefixes, limit);
    }
}
