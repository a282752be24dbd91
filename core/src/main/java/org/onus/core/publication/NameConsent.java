package org.onus.core.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An importer organisation agreed to be named in its published decisions (ONUS_DECISION_NAMES=CONSENTED). */
@Entity
@Table(name = "decision_name_consent")
public class NameConsent {

    @Id
    @Column(name = "organisation_code", length = 64)
    private String organisationCode;

    @Column(name = "consented_by", nullable = false)
    private String consentedBy;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    protected NameConsent() {
        // for JPA
    }

    public NameConsent(String organisationCode, String consentedBy, Instant consentedAt) {
        this.organisationCode = organisationCode;
        this.consentedBy = consentedBy;
        this.consentedAt = consentedAt;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String consentedBy() {
        return consentedBy;
    }

    public Instant consentedAt() {
        return consentedAt;
    }
}
