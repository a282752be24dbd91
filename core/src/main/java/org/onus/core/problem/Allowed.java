package org.onus.core.problem;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an aggregate offers someone, derived from the very check that refuses the action, so a
 * page's button and the service's acceptance cannot drift apart.
 */
public final class Allowed {

    private Allowed() {}

    /** Every action whose check passes: {@code require} throws a {@link RuleViolation} to refuse. */
    public static <A extends Enum<A>> Set<A> among(Class<A> actions, Consumer<A> require) {
        Set<A> allowed = EnumSet.noneOf(actions);
        for (A action : actions.getEnumConstants()) {
            try {
                require.accept(action);
                allowed.add(action);
            } catch (RuleViolation refused) {
                // not allowed now
            }
        }
        return allowed;
    }
}
