package org.onus.core.supplychain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.entry.MapDisclosures;

/** Entries' view of the maps: a version's inputs, converted, for the organisation that owns it. */
@ApplicationScoped
public class MapDisclosureSource implements MapDisclosures {

    @Inject
    SupplyChainRepository repository;

    @Override
    public Optional<Disclosure> disclosure(String organisationCode, UUID mapId, Integer version) {
        return repository
                .map(organisationCode, mapId)
                .flatMap(map -> (version == null ? Optional.of(map.latest()) : map.version(version))
                        .map(v -> new Disclosure(map.reference(v), v.entryInputs())));
    }
}
