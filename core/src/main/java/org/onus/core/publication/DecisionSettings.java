package org.onus.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a published decision may name the importer ({@code ONUS_DECISION_NAMES}): {@code NEVER}
 * (the default) or {@code CONSENTED} (only an organisation that recorded its consent). The entry
 * number is never shown.
 */
@ApplicationScoped
public class DecisionSettings {

    /** The naming rule. */
    public enum Names {
        NEVER,
        CONSENTED
    }

    @Inject
    @ConfigProperty(name = "onus.decision.names", defaultValue = "NEVER")
    String names;

    public Names names() {
        try {
            return Names.valueOf(names.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Names.NEVER;
        }
    }
}
