package org.onus.core.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;

/**
 * An importer organisation's delegation to a customs broker organisation to file entries in its
 * name: in force from its grant until it is revoked or its last day ({@link #validUntil()},
 * inclusive) has passed.
 */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    private UUID id;

    @Column(name = "importer_code", nullable = false, length = 64)
    private String importerCode;

    @Column(name = "broker_code", nullable = false, length = 64)
    private String brokerCode;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    /** Where the letters about the broker's filings go (the importer's member who granted it). */
    @Column(name = "granted_by_email", length = 320)
    private String grantedByEmail;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Delegation() {
        // for JPA
    }

    /**
     * An importer delegates a broker.
     *
     * @param validUntil the last day the delegation is in force, or null until revoked; never
     *     before today
     * @throws InvalidInputException naming {@code broker} when the importer names itself, or
     *     {@code validUntil} when the day has passed
     */
    public static Delegation grant(
            String importerCode, String brokerCode, LocalDate validUntil, String by, Instant at, LocalDate today) {
        if (Objects.requireNonNull(importerCode).equals(brokerCode)) {
            throw InvalidInputException.of("broker", "An organisation cannot delegate itself");
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            throw InvalidInputException.of("validUntil", "The last day of a delegation cannot be in the past");
        }
        Delegation d = new Delegation();
        d.id = UUID.randomUUID();
        d.importerCode = importerCode;
        d.brokerCode = Objects.requireNonNull(brokerCode);
        d.validUntil = validUntil;
        d.grantedBy = Objects.requireNonNull(by);
        d.grantedAt = Objects.requireNonNull(at);
        return d;
    }

    /**
     * The importer withdraws the delegation; from now on the broker cannot file in its name.
     *
     * @throws ConflictException when it was revoked before
     */
    public void revoke(String by, Instant at) {
        if (revoked()) {
            throw new ConflictException("This delegation was already revoked on " + revokedAt);
        }
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(at);
    }

    /** Whether the broker may file for the importer on this day under this delegation. */
    public boolean inForceOn(LocalDate day) {
        return !revoked() && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * The rule of filing on behalf: a broker may file for an importer on a day exactly when one of
     * the importer's delegations to that broker is in force on that day.
     */
    public static boolean permits(
            Collection<Delegation> delegations, String importerCode, String brokerCode, LocalDate day) {
        return delegations.stream()
                .anyMatch(d ->
                        d.importerCode.equals(importerCode) && d.brokerCode.equals(brokerCode) && d.inForceOn(day));
    }

    public Snapshot snapshot() {
        return Snapshot.of("importer", importerCode)
                .and("broker", brokerCode)
                .and("validUntil", validUntil == null ? null : validUntil.toString())
                .and("revokedBy", revokedBy);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String importerCode() {
        return importerCode;
    }

    public String brokerCode() {
        return brokerCode;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public String grantedByEmail() {
        return grantedByEmail;
    }

    /** The e-mail address of the importer's member who granted it, for the letters about its cases. */
    public Delegation withGranterEmail(String email) {
        this.grantedByEmail = email == null || email.isBlank() ? null : email.strip();
        return this;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
