package org.onus.core.delegation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.organisation.OrganisationCode;
import org.onus.core.organisation.OrganisationKind;
import org.onus.core.organisation.OrganisationService;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;

/**
 * Importers grant and revoke delegations to customs brokers; brokers see who delegated them; the
 * entry service asks {@link #requireInForce} before a broker files. Every change is audited.
 */
@Stateless
public class DelegationService {

    static final String ENTITY = "Delegation";

    @Inject
    DelegationRepository delegations;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The importer's organisation delegates the broker organisation with this code.
     *
     * @param rawValidUntil the last day (ISO date), or null/blank until revoked
     * @throws InvalidInputException naming {@code broker} when no customs broker organisation has
     *     that code (a broker organisation is known once one of its members has used Onus), or
     *     {@code validUntil}
     * @throws ConflictException when a delegation to that broker is already in force
     */
    public Delegation grant(Actor importer, String rawBroker, String rawValidUntil) {
        String own = importerOrganisation(importer);
        String broker = brokerCode(rawBroker);
        LocalDate validUntil = validUntil(rawValidUntil);
        if (organisations
                .find(OrganisationCode.of(broker))
                .filter(o -> o.kind() == OrganisationKind.BROKER)
                .isEmpty()) {
            throw InvalidInputException.of(
                    "broker",
                    "No customs broker organisation has the code " + broker
                            + " in Onus (a broker appears once one of its members has signed in)");
        }
        LocalDate today = LocalDate.now(clock);
        if (Delegation.permits(delegations.between(own, broker), own, broker, today)) {
            throw new ConflictException(
                    "A delegation to " + broker + " is already in force; revoke it before granting another",
                    List.of(new org.onus.core.problem.Problem(
                            "broker", "A delegation to " + broker + " is already in force")));
        }
        organisations.registerOnFirstUse(importer);
        Delegation d = Delegation.grant(own, broker, validUntil, importer.username(), clock.instant(), today)
                .withGranterEmail(importer.email().orElse(null));
        delegations.store(d);
        audit.record(importer, "delegation.granted", ENTITY, d.id().toString(), Snapshot.NONE, d.snapshot());
        return d;
    }

    /** The importer revokes one of its delegations; another organisation's is 404, a revoked one 409. */
    public Delegation revoke(Actor importer, UUID id) {
        String own = importerOrganisation(importer);
        Delegation d = delegations
                .find(id)
                .filter(x -> x.importerCode().equals(own))
                .orElseThrow(() -> new NotFoundException("Delegation " + id));
        Snapshot before = d.snapshot();
        d.revoke(importer.username(), clock.instant());
        audit.record(importer, "delegation.revoked", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    /**
     * The delegations the reader is party to, newest first: an importer's grants, a broker's
     * received ones; customs staff and auditors see all.
     */
    public List<Delegation> visibleTo(Actor reader) {
        if (reader.has(Role.IMPORTER) && reader.organisationCode().isPresent()) {
            return delegations.byImporter(reader.organisationCode().get());
        }
        if (reader.has(Role.CUSTOMS_BROKER) && reader.organisationCode().isPresent()) {
            organisations.registerOnFirstUse(reader);
            return delegations.byBroker(reader.organisationCode().get());
        }
        if (reader.isCustoms()) {
            return delegations.all(500);
        }
        throw new ForbiddenActionException("Only importers, customs brokers and customs see delegations");
    }

    /** Whether the delegation is in force today. */
    public boolean inForce(Delegation d) {
        return d.inForceOn(LocalDate.now(clock));
    }

    /**
     * Before a broker files for an importer: a delegation from it must be in force today. The
     * refusal is the same for an importer that never delegated this broker, one that revoked or
     * let its delegation lapse, and a code no organisation has, so nothing is learnt about
     * importers that did not delegate the broker.
     *
     * @return the importer's code, normalised
     * @throws ForbiddenActionException when no delegation is in force
     */
    public String requireInForce(Actor broker, String rawImporter) {
        if (!broker.has(Role.CUSTOMS_BROKER) || broker.organisationCode().isEmpty()) {
            throw new ForbiddenActionException("Only customs brokers file for another organisation");
        }
        String own = broker.organisationCode().get();
        String importer;
        try {
            importer = OrganisationCode.of(rawImporter).value();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("importer", e.getMessage());
        }
        if (!Delegation.permits(delegations.between(importer, own), importer, own, LocalDate.now(clock))) {
            throw new ForbiddenActionException("No delegation from " + importer + " to " + own
                    + " is in force: the importer must delegate your organisation before you file in its name");
        }
        return importer;
    }

    private static String importerOrganisation(Actor actor) {
        if (!actor.has(Role.IMPORTER)) {
            throw new ForbiddenActionException("Only importers grant and revoke delegations");
        }
        return actor.organisationCode()
                .orElseThrow(() -> new ForbiddenActionException(
                        "Your account has no organisation; ask an administrator to add one in the identity provider"));
    }

    private static String brokerCode(String raw) {
        try {
            return OrganisationCode.of(raw).value();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("broker", e.getMessage());
        }
    }

    private static LocalDate validUntil(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("validUntil", "Give the last day as a date, YYYY-MM-DD");
        }
    }
}
