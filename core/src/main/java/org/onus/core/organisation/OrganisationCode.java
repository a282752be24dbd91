package org.onus.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable code of an organisation, as carried in the identity provider's {@code organization}
 * claim (for example {@code ACME-IMPORTS}). Upper case letters, digits, dot, dash and underscore.
 */
@Embeddable
public class OrganisationCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,63}");

    @Column(name = "code", nullable = false, unique = true, length = 64)
    private String value;

    protected OrganisationCode() {
        // for JPA
    }

    private OrganisationCode(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException if the value cannot be an organisation code; the message
     *     says why, so it can be shown to the person who sent it.
     */
    public static OrganisationCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("An organisation code is required");
        }
        String normalised = raw.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            throw new IllegalArgumentException(
                    "An organisation code has 2 to 64 characters: letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return new OrganisationCode(normalised);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationCode other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
