package org.onus.core.entry;

import java.util.Objects;
import java.util.UUID;

/**
 * The version of an importer's supply-chain map an entry's disclosure was taken from; the entry
 * keeps it when the map is edited later (a new version).
 */
public record SupplyChainMapRef(UUID id, String name, int version) {

    public SupplyChainMapRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("A map version counts from 1, not " + version);
        }
    }
}
