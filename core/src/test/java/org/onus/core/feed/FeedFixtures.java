package org.onus.core.feed;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.ListedDesignation;

/** List versions as JPA would load them (their factories belong to the designation package). */
final class FeedFixtures {

    private FeedFixtures() {}

    static ListedDesignation listed(
            String title, String regions, String sectors, LocalDate from, LocalDate to, UUID... policies) {
        ListedDesignation l = instance(ListedDesignation.class);
        set(l, "designationId", UUID.nameUUIDFromBytes(("d" + title).getBytes()));
        set(l, "seriesId", UUID.nameUUIDFromBytes(("s" + title).getBytes()));
        set(l, "version", 1);
        set(l, "title", title);
        set(l, "regionCodes", regions);
        set(l, "sectorCodes", sectors);
        set(
                l,
                "policyIds",
                String.join(
                        " ",
                        java.util.Arrays.stream(policies).map(UUID::toString).toList()));
        set(l, "effectiveFrom", from);
        set(l, "effectiveTo", to);
        return l;
    }

    static DesignationListVersion version(int number, Instant at, String change, List<ListedDesignation> entries) {
        DesignationListVersion v = instance(DesignationListVersion.class);
        set(v, "number", number);
        set(v, "publishedAt", at);
        set(v, "change", change);
        set(v, "entries", new java.util.ArrayList<>(entries));
        return v;
    }

    private static <T> T instance(Class<T> type) {
        try {
            Constructor<T> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
