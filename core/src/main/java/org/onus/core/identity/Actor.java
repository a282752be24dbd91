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
    private final String email;

    private Actor(String username, String displayName, Set<Role> roles, String organisationCode, String email) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An actor needs a user name");
        }
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.roles = roles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.organisationCode = organisationCode == null || organisationCode.isBlank() ? null : organisationCode.trim();
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public static Actor of(String username, String displayName, Set<Role> roles, String organisationCode) {
        return new Actor(username, displayName, Objects.requireNonNull(roles), organisationCode, null);
    }

    /** The same actor with the email address the identity provider holds for them (to prefill forms). */
    public Actor withEmail(String email) {
        return new Actor(username, displayName, roles, organisationCode, email);
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

    /** Customs staff and auditors: they see every organisation's entries and cases. */
    public boolean isCustoms() {
        return has(Role.CUSTOMS_OFFICER) || has(Role.CUSTOMS_SUPERVISOR) || has(Role.AUDITOR);
    }

    /**
     * Whether this actor may read an organisation's entries and cases: customs and auditors all,
     * an importer only their own (another organisation's records are 404, never 403).
     */
    public boolean mayRead(String organisationCode) {
        return isCustoms()
                || (has(Role.IMPORTER)
                        && organisationCode().filter(organisationCode::equals).isPresent());
    }

    /**
     * Whether this actor may read an entry (its disclosure and screening result) of an
     * organisation, filed by a customs broker organisation ({@code filedByOrganisation}, null when
     * the importer filed it itself). The one visibility rule of filings: customs and auditors read
     * all, an importer every entry in its own organisation's name whoever filed it, a customs
     * broker only the entries its own organisation filed, also after the delegation ended (the
     * broker keeps its filing records). Anything else is 404, never 403.
     */
    public boolean mayReadFiling(String organisationCode, String filedByOrganisation) {
        return mayRead(organisationCode) || filedByOwnBroker(filedByOrganisation);
    }

    /** A customs broker's own organisation filed it. */
    public boolean filedByOwnBroker(String filedByOrganisation) {
        return has(Role.CUSTOMS_BROKER)
                && filedByOrganisation != null
                && organisationCode().filter(filedByOrganisation::equals).isPresent();
    }

    /**
     * The address in the token's {@code email} claim, if any. Unverified and only a suggestion:
     * whatever is sent to it goes where the person chose (see the notification subscriptions).
     */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other
                && username.equals(other.username)
                && displayName.equals(other.displayName)
                && roles.equals(other.roles)
                && Objects.equals(organisationCode, other.organisationCode)
                && Objects.equals(email, other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, displayName, roles, organisationCode, email);
    }

    @Override
    public String toString() {
        return "Actor[" + username + ", roles=" + roles + (organisationCode == null ? "" : ", org=" + organisationCode)
                + "]";
    }
}
