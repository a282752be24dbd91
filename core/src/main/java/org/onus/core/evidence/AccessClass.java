package org.onus.core.evidence;

import java.util.EnumSet;
import java.util.Set;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;

/** Who may see an evidence item. */
public enum AccessClass {
    /** Anyone signed in, importers included. */
    PUBLIC,
    /** Government staff: every role but importers. */
    INTERNAL,
    /** Regulators and auditors only: witness testimony and anything that could endanger a source. */
    RESTRICTED;

    public boolean visibleTo(Actor actor) {
        return switch (this) {
            case PUBLIC -> true;
            case INTERNAL -> isStaff(actor);
            case RESTRICTED -> actor.has(Role.REGULATOR) || actor.has(Role.SENIOR_REGULATOR) || actor.has(Role.AUDITOR);
        };
    }

    /** The classes this actor may see. */
    public static Set<AccessClass> visibleClasses(Actor actor) {
        Set<AccessClass> classes = EnumSet.noneOf(AccessClass.class);
        for (AccessClass c : values()) {
            if (c.visibleTo(actor)) {
                classes.add(c);
            }
        }
        return classes;
    }

    private static boolean isStaff(Actor actor) {
        return actor.roles().stream().anyMatch(r -> r != Role.IMPORTER);
    }

    public static AccessClass parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Choose who may see it: PUBLIC, INTERNAL or RESTRICTED");
        }
        try {
            return valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + raw.strip() + "\" is not an access class; use PUBLIC, INTERNAL or RESTRICTED");
        }
    }
}
