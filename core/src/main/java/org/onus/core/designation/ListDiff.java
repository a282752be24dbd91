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
        List<Change> changed) {

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
        return new ListDiff(from, to, added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<UUID, ListedDesignation> bySeries(List<ListedDesignation> entries) {
        Map<UUID, ListedDesignation> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.seriesId(), e));
        return map;
    }
}
