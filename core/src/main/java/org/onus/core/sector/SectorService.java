package org.onus.core.sector;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.EntityHistory;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;

/** Reading sectors (anyone) and maintaining them (administrators), every change audited. */
@Stateless
public class SectorService {

    static final String ENTITY = "Sector";

    @Inject
    SectorRepository sectors;

    @Inject
    AuditTrail audit;

    @Inject
    EntityHistory history;

    @Inject
    Event<SectorScopeChanged> scopeChanges;

    public List<Sector> all() {
        return sectors.findAll();
    }

    public Optional<Sector> find(String code) {
        return sectors.find(code);
    }

    /** Earlier versions of a sector, newest first. */
    public List<EntityHistory.Version<Sector>> history(String code) {
        return sectors.find(code)
                .map(s -> history.of(Sector.class, s.code()))
                .orElseThrow(() -> new NotFoundException("Sector " + code));
    }

    public Sector create(Actor actor, Sector.Definition definition) {
        requireAdmin(actor);
        Sector sector = Sector.define(definition);
        if (sectors.find(sector.code()).isPresent()) {
            throw new ConflictException(
                    "A sector with the code " + sector.code() + " exists already",
                    List.of(new org.onus.core.problem.Problem("code", "The code " + sector.code() + " is taken")));
        }
        sectors.store(sector);
        audit.record(actor, "sector.created", ENTITY, sector.code(), Snapshot.NONE, sector.snapshot());
        return sector;
    }

    /**
     * @param expectedVersion the version the administrator edited, so that two people changing the
     *     same sector at once cannot overwrite each other unknowingly
     */
    public Sector redefine(Actor actor, String code, long expectedVersion, Sector.Definition definition) {
        requireAdmin(actor);
        Sector sector = sectors.find(code).orElseThrow(() -> new NotFoundException("Sector " + code));
        if (sector.version() != expectedVersion) {
            throw new ConflictException(
                    "Someone else changed this sector while you were editing it; reload it and apply your change again");
        }
        Snapshot before = sector.snapshot();
        List<String> covered = sector.hsPrefixes();
        boolean scopeChanged = sector.redefine(definition);
        audit.record(actor, "sector.changed", ENTITY, sector.code(), before, sector.snapshot());
        if (scopeChanged) {
            scopeChanges.fire(new SectorScopeChanged(sector.code(), covered, sector.hsPrefixes()));
        }
        return sector;
    }

    /**
     * A regulator switches the disclosure hold of a sector on or off: with it off, goods of the
     * sector declared too coarsely still need their disclosure refined but are not held meanwhile.
     */
    public Sector switchDisclosureHold(Actor actor, String code, boolean on, String reason) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only regulators switch the disclosure hold of a sector");
        }
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty() || why.length() > 2000) {
            throw org.onus.core.problem.InvalidInputException.of(
                    "reason", "Say why the disclosure hold is switched, at most 2,000 characters");
        }
        Sector sector = sectors.find(code).orElseThrow(() -> new NotFoundException("Sector " + code));
        Snapshot before = sector.snapshot();
        sector.switchDisclosureHold(on);
        audit.record(
                actor,
                on ? "sector.disclosure-hold-on" : "sector.disclosure-hold-off",
                ENTITY,
                sector.code(),
                before,
                sector.snapshot().and("reason", why));
        return sector;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenActionException("Only administrators maintain sectors");
        }
    }
}
