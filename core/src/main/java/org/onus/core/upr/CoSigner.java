package org.onus.core.upr;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An organisation that co-signs a review's stakeholder submission: its name and country are printed
 * on the title page; the contact is for the team only and never leaves the portal in an export.
 */
@Embeddable
public class CoSigner {

    public static final int MAX_NAME = 200;
    public static final int MAX_COUNTRY = 200;
    public static final int MAX_CONTACT = 500;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "country", length = MAX_COUNTRY)
    private String country;

    @Column(name = "contact", length = MAX_CONTACT)
    private String contact;

    protected CoSigner() {
        // for JPA
    }

    CoSigner(String name, String country, String contact) {
        this.name = Objects.requireNonNull(name);
        this.country = country;
        this.contact = contact;
    }

    public String name() {
        return name;
    }

    /** The country the organisation works from, or null. */
    public String country() {
        return country;
    }

    /** Internal: who to call about the submission; never printed in an export. */
    public String contact() {
        return contact;
    }

    /** "Coalition for Supply Chain Transparency (Netherlands)": as the title page prints it. */
    public String printed() {
        return country == null ? name : name + " (" + country + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoSigner other
                && name.equals(other.name)
                && Objects.equals(country, other.country)
                && Objects.equals(contact, other.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, country, contact);
    }
}
