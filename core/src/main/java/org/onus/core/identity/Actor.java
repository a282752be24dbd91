package org.onus.core.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person acting through the portal or the API, as the identity provider vouched for them.
 * Immutable; built once per request from the verified token.
 */
public final class Actor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final String organisationCode;

    private Actor(String username, String displayName, Set<Role> roles, String organisationCode) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An actor needs a user name");
        }
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.roles = roles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.organisationCode = organisationCode == null || organisationCode.isBlank() ? null : organisationCode.trim();
    }

    public static Actor of(String username, String displayName, Set<Role> roles, String organisationCode) {
        return new Actor(username, displayName, Objects.requireNonNull(roles), organisationCode);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The organisation the actor belongs to (importers always have one), from the token claim. */
    public Optional<String> organisationCode() {
        return Optional.ofNullable(organisationCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other
                && username.equals(other.username)
                && displayName.equals(other.displayName)
                && roles.equals(other.roles)
                && Objects.equals(organisationCode, other.organisationCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, displayName, roles, organisationCode);
    }

    @Override
    public String toString() {
        return "Actor[" + username + ", roles=" + roles + (organisationCode == null ? "" : ", org=" + organisationCode)
                + "]";
    }
}
