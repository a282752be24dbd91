package org.onus.core.designation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows of the published list, shared between list versions (issue 14): a row is stored once,
 * valid from the first version that lists it until the first that no longer does, so that a new
 * version costs what changed in it rather than a copy of the whole list. Here: which rows a new
 * version closes and which it opens, which rows make up a version, and in what order a version
 * lists them (the same order a copy of the list had).
 */
final class ListRows {

    /**
     * A version lists its designations by title, then version. The order is Java's, not the
     * database's (collations differ between H2 and PostgreSQL), so a version is sorted once read. The
     * id settles ties, which were otherwise left to whatever order the database returned them in.
     */
    static final Comparator<ListedDesignation> LIST_ORDER = Comparator.comparing(ListedDesignation::title)
            .thenComparingInt(ListedDesignation::version)
            .thenComparing(ListedDesignation::designationId);

    private ListRows() {}

    /**
     * A producer on a version of the entity list and its place among the producers of its
     * designation (by normalised name): with the place of the designation, the order of the entities.
     */
    record PlacedEntity(ListedEntity entity, int position) {

        List<Object> rowContent() {
            List<Object> content = new ArrayList<>(entity.rowContent());
            content.add(position);
            return content;
        }
    }

    /** The open rows a new version closes, and the rows it opens. */
    record Changes<R, T>(List<R> closed, List<T> opened) {

        Changes {
            closed = List.copyOf(closed);
            opened = List.copyOf(opened);
        }
    }

    /** Whether a row valid from one version until another (exclusive; null: still open) is on a version. */
    static boolean isOnVersion(int number, int validFrom, Integer validUntil) {
        return validFrom <= number && (validUntil == null || validUntil > number);
    }

    /**
     * What publishing {@code listed} as the next version does to the open rows: a row whose content
     * is listed again stays open (shared with the new version); any other is closed; listed content
     * no open row holds is opened. A changed designation thus closes its old row and opens a new one.
     */
    static <R, T> Changes<R, T> publish(
            Collection<R> open,
            Function<R, List<Object>> contentOfRow,
            List<T> listed,
            Function<T, List<Object>> content) {
        Map<List<Object>, Deque<R>> unclaimed = new HashMap<>();
        for (R row : open) {
            unclaimed
                    .computeIfAbsent(contentOfRow.apply(row), k -> new ArrayDeque<>())
                    .add(row);
        }
        List<T> opened = new ArrayList<>();
        for (T t : listed) {
            Deque<R> same = unclaimed.get(content.apply(t));
            if (same == null || same.isEmpty()) {
                opened.add(t);
            } else {
                same.poll();
            }
        }
        List<R> closed = new ArrayList<>();
        unclaimed.values().forEach(closed::addAll);
        return new Changes<>(closed, opened);
    }

    /** The entities of a version, in list order, each with its place within its designation. */
    static List<PlacedEntity> placed(List<ListedEntity> inListOrder) {
        Map<UUID, Integer> next = new HashMap<>();
        return inListOrder.stream()
                .map(e -> new PlacedEntity(e, next.merge(e.designationId(), 1, Integer::sum) - 1))
                .toList();
    }

    /** The designations of a version, read in no particular order, in the order the version lists them. */
    static List<ListedDesignation> entriesInListOrder(Collection<ListedDesignation> rows) {
        return rows.stream().sorted(LIST_ORDER).toList();
    }

    /**
     * The entities of a version in the order it lists them: by the place of their designation on the
     * version, then their place within it.
     */
    static List<ListedEntity> entitiesInListOrder(List<ListedDesignation> entries, Collection<PlacedEntity> rows) {
        Map<UUID, Integer> place = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            place.putIfAbsent(entries.get(i).designationId(), i);
        }
        return rows.stream()
                .sorted(Comparator.<PlacedEntity>comparingInt(
                                p -> place.getOrDefault(p.entity().designationId(), Integer.MAX_VALUE))
                        .thenComparing(p -> p.entity().designationId())
                        .thenComparingInt(PlacedEntity::position))
                .map(PlacedEntity::entity)
                .toList();
    }
}
