package org.onus.core.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Keycloak realm roles Onus knows. Realm roles become Jakarta security roles with the same
 * name, so {@link Names} gives the strings that {@code @RolesAllowed} needs at compile time.
 */
public enum Role {
    REGULATOR(Names.REGULATOR),
    SENIOR_REGULATOR(Names.SENIOR_REGULATOR),
    CUSTOMS_OFFICER(Names.CUSTOMS_OFFICER),
    CUSTOMS_SUPERVISOR(Names.CUSTOMS_SUPERVISOR),
    IMPORTER(Names.IMPORTER),
    UPR_DRAFTER(Names.UPR_DRAFTER),
    UPR_REVIEWER(Names.UPR_REVIEWER),
    AUDITOR(Names.AUDITOR),
    ADMIN(Names.ADMIN),
    CUSTOMS_BROKER(Names.CUSTOMS_BROKER);

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The name of the role in the Keycloak realm and in the token's {@code realm_access.roles}. */
    public String realmName() {
        return realmName;
    }

    public static Optional<Role> fromRealmName(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
    }

    /** Compile-time constants for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String REGULATOR = "regulator";
        public static final String SENIOR_REGULATOR = "senior-regulator";
        public static final String CUSTOMS_OFFICER = "customs-officer";
        public static final String CUSTOMS_SUPERVISOR = "customs-supervisor";
        public static final String IMPORTER = "importer";
        public static final String UPR_DRAFTER = "upr-drafter";
        public static final String UPR_REVIEWER = "upr-reviewer";
        public static final String AUDITOR = "auditor";
        public static final String ADMIN = "admin";
        public static final String CUSTOMS_BROKER = "customs-broker";

        private Names() {}
    }
}
