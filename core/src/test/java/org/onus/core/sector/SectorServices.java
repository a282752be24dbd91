package org.onus.core.sector;

import jakarta.enterprise.event.Event;
import org.onus.core.audit.AuditTrail;

/** A sector service wired by hand, for tests in other packages. */
public final class SectorServices {

    private SectorServices() {}

    public static SectorService wired(
            SectorRepository sectors, AuditTrail audit, Event<SectorScopeChanged> scopeChanges) {
        SectorService service = new SectorService();
        service.sectors = sectors;
        service.audit = audit;
        service.scopeChanges = scopeChanges;
        return service;
    }
}
