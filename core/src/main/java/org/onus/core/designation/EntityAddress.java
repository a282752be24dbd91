package org.onus.core.designation;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a listed producer is: the address as written, and the region of the tree it lies in (null
 * when not known).
 */
public record EntityAddress(String line, String regionCode) {

    public EntityAddress {
        Objects.requireNonNull(line, "line");
        line = line.strip();
        regionCode = regionCode == null || regionCode.isBlank()
                ? null
                : regionCode.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return regionCode == null ? line : line + " (" + regionCode + ")";
    }
}
