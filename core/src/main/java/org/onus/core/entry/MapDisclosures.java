package org.onus.core.entry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an entry's disclosure comes from when it names a supply-chain map instead of listing its
 * inputs: the map's version converted to raw inputs, read by {@link EntryAssembler} exactly like
 * typed ones. Implemented by the supply-chain workspace, so that this package does not depend on it.
 */
public interface MapDisclosures {

    /** A map version's inputs as an entry would disclose them. */
    record Disclosure(SupplyChainMapRef map, List<EntryDraft.InputDraft> inputs) {

        public Disclosure {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * The given version (the latest when null) of an organisation's map; empty for an unknown
     * map, another organisation's, or a version it does not have.
     */
    Optional<Disclosure> disclosure(String organisationCode, UUID mapId, Integer version);
}
