package org.onus.core.organisation;

import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;

/**
 * What an organisation is. Only an importer's entries are filed in its name; a broker files for
 * importers that delegated it and never in its own name.
 */
public enum OrganisationKind {
    IMPORTER,
    BROKER;

    /** The kind of the organisation a member acts for, from the member's role. */
    public static OrganisationKind of(Actor member) {
        return member.has(Role.CUSTOMS_BROKER) && !member.has(Role.IMPORTER) ? BROKER : IMPORTER;
    }
}
