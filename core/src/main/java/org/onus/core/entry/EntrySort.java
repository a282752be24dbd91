package org.onus.core.entry;

import java.util.Arrays;
import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/**
 * The order of an entry list: one column, ascending or descending. Only columns the database has
 * an index to sort by are offered (migration V6_20), so a page costs the same however many entries
 * there are; rows that tie keep a fixed order, so pages neither repeat nor skip an entry.
 */
public record EntrySort(Column column, boolean descending) {

    /** Newest filed first: what an entry list showed before it could be sorted. */
    public static final EntrySort NEWEST_FIRST = new EntrySort(Column.FILED, true);

    /** The sortable columns, by the name the {@code sort} parameter gives them. */
    public enum Column {
        FILED,
        ENTRY,
        IMPORTER,
        ORIGIN,
        ARRIVAL,
        STATUS;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A column's name, prefixed with "-" for descending; blank is {@link #NEWEST_FIRST}.
     *
     * @throws InvalidInputException naming {@code sort} when there is no such column
     */
    public static EntrySort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NEWEST_FIRST;
        }
        String s = raw.strip();
        boolean descending = s.startsWith("-");
        String name = (descending ? s.substring(1) : s).toUpperCase(Locale.ROOT);
        return Arrays.stream(Column.values())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .map(c -> new EntrySort(c, descending))
                .orElseThrow(() -> InvalidInputException.of(
                        "sort",
                        "Sort by filed, entry, importer, origin, arrival or status (prefix \"-\" for descending)"));
    }

    /** The {@code sort} parameter that asks for this order. */
    public String param() {
        return (descending ? "-" : "") + column.param();
    }

    /** Where a column's header leads: this column the other way round, or another column ascending. */
    public EntrySort next(Column clicked) {
        return new EntrySort(clicked, clicked == column && !descending);
    }
}
