package org.onus.core.designation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What changed between two list versions, designation by designation (matched by series, so that
 * a new version of a designation shows as a change, not as one removal and one addition).
 */
public record ListDiff(
        DesignationListVersion from,
        DesignationListVersion to,
        List<ListedDesignation> added,
        List<ListedDesignation> removed,
        List<Change> changed,
        List<EntityChange> entityChanges) {

    public ListDiff(
            DesignationListVersion from,
            DesignationListVersion to,
            List<ListedDesignation> added,
            List<ListedDesignation> removed,
            List<Change> changed) {
        this(from, to, added, removed, changed, List.of());
    }

    /** How an entity on the list changed between the two versions. */
    public enum EntityChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * An entity (listed producer) added, removed or changed, matched by designation series and
     * normalised name.
     *
     * @param before null when added
     * @param after null when removed
     * @param changes for CHANGED: which particulars differ (NAME, REGION, ALIASES, FORMER_NAMES,
     *     REGISTRATION_NUMBERS, ADDRESSES)
     */
    public record EntityChange(EntityChangeKind kind, ListedEntity before, ListedEntity after, List<String> changes) {

        public ListedEntity entity() {
            return after == null ? before : after;
        }
    }

    /** A designation on both lists with different terms. */
    public record Change(ListedDesignation before, ListedDesignation after) {

        public List<String> addedRegions() {
            return minus(after.regionCodes(), before.regionCodes());
        }

        public List<String> removedRegions() {
            return minus(before.regionCodes(), after.regionCodes());
        }

        public List<String> addedSectors() {
            return minus(after.sectorCodes(), before.sectorCodes());
        }

        public List<String> removedSectors() {
            return minus(before.sectorCodes(), after.sectorCodes());
        }

        public boolean periodChanged() {
            return !before.effectiveFrom().equals(after.effectiveFrom())
                    || !java.util.Objects.equals(before.effectiveTo(), after.effectiveTo());
        }

        private static List<String> minus(List<String> a, List<String> b) {
            return a.stream().filter(x -> !b.contains(x)).toList();
        }
    }

    public static ListDiff between(DesignationListVersion from, DesignationListVersion to) {
        Map<UUID, ListedDesignation> before = bySeries(from.entries());
        Map<UUID, ListedDesignation> after = bySeries(to.entries());
        List<ListedDesignation> added = new ArrayList<>();
        List<ListedDesignation> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((series, entry) -> {
            ListedDesignation old = before.get(series);
            if (old == null) {
                added.add(entry);
            } else if (!old.sameTermsAs(entry)) {
                changed.add(new Change(old, entry));
            }
        });
        before.forEach((series, entry) -> {
            if (!after.containsKey(series)) {
                removed.add(entry);
            }
        });
        return new ListDiff(from, to, added, removed, changed, entityChanges(from.entities(), to.entities()));
    }

    static List<EntityChange> entityChanges(List<ListedEntity> from, List<ListedEntity> to) {
        Map<String, ListedEntity> before = new LinkedHashMap<>();
        from.forEach(e -> before.putIfAbsent(e.key(), e));
        Map<String, ListedEntity> after = new LinkedHashMap<>();
        to.forEach(e -> after.putIfAbsent(e.key(), e));
        List<EntityChange> changes = new ArrayList<>();
        after.forEach((key, entity) -> {
            ListedEntity old = before.get(key);
            if (old == null) {
                changes.add(new EntityChange(EntityChangeKind.ADDED, null, entity, List.of()));
            } else {
                List<String> what = entity.changesSince(old);
                if (!what.isEmpty()) {
                    changes.add(new EntityChange(EntityChangeKind.CHANGED, old, entity, what));
                }
            }
        });
        before.forEach((key, entity) -> {
            if (!after.containsKey(key)) {
                changes.add(new EntityChange(EntityChangeKind.REMOVED, entity, null, List.of()));
            }
        });
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && entityChanges.isEmpty();
    }

    private static Map<UUID, ListedDesignation> bySeries(List<ListedDesignation> entries) {
        Map<UUID, ListedDesignation> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.seriesId(), e));
        return map;
    }
}
