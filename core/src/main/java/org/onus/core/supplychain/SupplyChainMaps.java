package org.onus.core.supplychain;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.problem.NotFoundException;

/**
 * An importer organisation's supply-chain maps: created and saved as new versions from the
 * registry's suppliers, every version kept and readable. Another organisation's map is 404.
 */
@Stateless
public class SupplyChainMaps {

    static final String ENTITY = "SupplyChainMap";

    @Inject
    SupplyChainRepository repository;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<SupplyChainMap> list(Actor actor) {
        return repository.maps(SupplierRegistry.organisation(actor));
    }

    /** @throws NotFoundException for an unknown map or another organisation's */
    public SupplyChainMap get(Actor actor, UUID id) {
        return repository
                .map(SupplierRegistry.organisation(actor), id)
                .orElseThrow(() -> new NotFoundException("Supply-chain map " + id));
    }

    /** @throws NotFoundException also for a version the map does not have */
    public MapVersion version(Actor actor, UUID id, int number) {
        return get(actor, id)
                .version(number)
                .orElseThrow(() -> new NotFoundException("Version " + number + " of supply-chain map " + id));
    }

    /** A new map, saved as its version 1. */
    public SupplyChainMap create(Actor actor, MapDraft draft) {
        String org = SupplierRegistry.organisation(actor);
        SupplyChainMap map = SupplyChainMap.create(org, check(org, draft), actor.username(), clock.instant());
        repository.store(map);
        audit.record(actor, "supply-chain-map.created", ENTITY, map.id().toString(), Snapshot.NONE, map.snapshot());
        return map;
    }

    /**
     * Saves the map as a new version; entries filed from earlier versions keep theirs.
     *
     * @param expectedVersion the version the editor started from (If-Match), or null not to check
     */
    public MapVersion save(Actor actor, UUID id, MapDraft draft, Integer expectedVersion) {
        SupplyChainMap map = get(actor, id);
        MapDraft.Checked checked = check(map.organisationCode(), draft);
        Snapshot before = map.snapshot();
        MapVersion v = map.save(checked, expectedVersion, actor.username(), clock.instant());
        audit.record(actor, "supply-chain-map.saved", ENTITY, map.id().toString(), before, map.snapshot());
        return v;
    }

    private MapDraft.Checked check(String org, MapDraft draft) {
        return draft.check(
                supplierId -> repository.supplier(org, supplierId),
                code -> regions.find(code).filter(r -> !r.retired()).isPresent());
    }
}
