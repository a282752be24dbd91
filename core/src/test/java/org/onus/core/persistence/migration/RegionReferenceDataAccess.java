package org.onus.core.persistence.migration;

import java.util.List;

/** Lets tests in other packages read the region files as the loader does. */
public final class RegionReferenceDataAccess {

    private RegionReferenceDataAccess() {}

    /** code, parent per row. */
    public static List<String[]> rows() throws java.io.IOException {
        return RegionReferenceData.read().stream()
                .map(r -> new String[] {r.code(), r.parent()})
                .toList();
    }
}
