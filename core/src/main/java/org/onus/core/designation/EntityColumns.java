package org.onus.core.designation;

import java.util.Arrays;
import java.util.List;

/**
 * How a listed entity's lists are kept in one text column each, the same for a designation's
 * producer and for the entity a list version keeps of it: one value per line; a registration
 * number as "scheme number"; an address as "region<TAB>line" (no region: empty before the tab).
 */
final class EntityColumns {

    private static final String SEPARATOR = "\n";

    private EntityColumns() {}

    /** The values one per line, or null for none. */
    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    static String numbers(List<RegistrationNumber> numbers) {
        return join(numbers.stream()
                .map(r -> r.scheme() + " " + r.number())
                .distinct()
                .toList());
    }

    static List<RegistrationNumber> numbers(String joined) {
        return split(joined).stream()
                .map(s -> {
                    int space = s.indexOf(' ');
                    return new RegistrationNumber(s.substring(0, space), s.substring(space + 1));
                })
                .toList();
    }

    static String addresses(List<EntityAddress> addresses) {
        return join(addresses.stream()
                .map(a -> (a.regionCode() == null ? "" : a.regionCode()) + "\t" + a.line())
                .distinct()
                .toList());
    }

    static List<EntityAddress> addresses(String joined) {
        return split(joined).stream()
                .map(s -> {
                    int tab = s.indexOf('\t');
                    return new EntityAddress(s.substring(tab + 1), s.substring(0, tab));
                })
                .toList();
    }
}
