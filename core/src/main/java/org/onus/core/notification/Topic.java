package org.onus.core.notification;

import java.util.Locale;

/** What people can subscribe to. */
public enum Topic {
    /** A new version of the designation list was published. */
    DESIGNATION_LIST;

    /** Accepts the API's path form ({@code designation-list}) as well as the constant's name. */
    public static Topic parse(String raw) {
        if (raw != null) {
            String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Topic t : values()) {
                if (t.name().equals(name)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("Unknown topic " + raw);
    }
}
