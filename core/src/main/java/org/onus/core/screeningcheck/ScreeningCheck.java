package org.onus.core.screeningcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryStatus;

/**
 * One check before shipping, as officers see it: who checked, for which organisation, when, the
 * hash of the disclosure checked, and what screening answered. The disclosure itself is not kept.
 */
@Entity
@Table(name = "screening_check")
public class ScreeningCheck {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, length = 100)
    private String organisationCode;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "disclosure_hash", nullable = false, length = 64)
    private String disclosureHash;

    @Column(name = "arrival_date", nullable = false)
    private LocalDate arrivalDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private EntryStatus status;

    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @Column(name = "matches", nullable = false)
    private int matches;

    protected ScreeningCheck() {
        // for JPA
    }

    /** The record of checking a screened, unfiled entry. */
    static ScreeningCheck of(Entry screened, String checkedBy, Instant at) {
        Objects.requireNonNull(screened.status(), "an entry that was screened");
        ScreeningCheck c = new ScreeningCheck();
        c.id = UUID.randomUUID();
        c.organisationCode = screened.organisationCode();
        c.checkedBy = checkedBy;
        c.checkedAt = at;
        c.disclosureHash = CanonicalDisclosure.hash(screened);
        c.arrivalDate = screened.arrivalDate();
        c.status = screened.status();
        c.listVersion = screened.listVersion();
        c.matches = screened.matches().size();
        return c;
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    /** SHA-256 (hex) of the {@link CanonicalDisclosure canonical disclosure} checked. */
    public String disclosureHash() {
        return disclosureHash;
    }

    public LocalDate arrivalDate() {
        return arrivalDate;
    }

    public EntryStatus status() {
        return status;
    }

    public int listVersion() {
        return listVersion;
    }

    public int matches() {
        return matches;
    }

    Snapshot snapshot() {
        return Snapshot.of("organisation", organisationCode)
                .and("disclosureHash", disclosureHash)
                .and("arrivalDate", arrivalDate)
                .and("outcome", status)
                .and("listVersion", listVersion)
                .and("matches", matches);
    }
}
