package org.onus.core.screening;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onus.core.designation.ListedProducer;

/** A small region tree and rules to screen against. */
final class Fixtures {

    static final RegionTree TREE;

    static {
        Map<String, String> parents = new LinkedHashMap<>();
        parents.put("CN", null);
        parents.put("US", null);
        parents.put("650000", "CN"); // Xinjiang
        parents.put("653100", "650000"); // Kashgar
        parents.put("653125", "653100"); // Shache
        parents.put("652900", "650000"); // Aksu
        parents.put("XPCC", "650000");
        parents.put("XPCC-D03", "XPCC");
        parents.put("540000", "CN"); // Tibet
        parents.put("540100", "540000"); // Lhasa
        parents.put("320000", "CN"); // Jiangsu
        TREE = RegionTree.of(parents);
    }

    static final LocalDate FROM = LocalDate.parse("2027-01-01");

    private Fixtures() {}

    static ScreeningRule rule(String title, Set<String> regions, Set<String> prefixes) {
        return new ScreeningRule(
                UUID.nameUUIDFromBytes(title.getBytes()),
                1,
                title,
                regions,
                false,
                prefixes,
                List.of(),
                FROM,
                null,
                List.of());
    }

    static ScreeningRule allGoods(String title, Set<String> regions) {
        return new ScreeningRule(
                UUID.nameUUIDFromBytes(title.getBytes()),
                1,
                title,
                regions,
                true,
                Set.of(),
                List.of(),
                FROM,
                null,
                List.of());
    }

    static ScreeningRule period(ScreeningRule r, LocalDate from, LocalDate to) {
        return new ScreeningRule(
                r.designationId(),
                r.designationVersion(),
                r.title(),
                r.regionCodes(),
                r.allGoods(),
                r.hsPrefixes(),
                r.producers(),
                from,
                to,
                r.policyIds());
    }

    static ScreeningRule listing(ScreeningRule r, ListedProducer... producers) {
        return new ScreeningRule(
                r.designationId(),
                r.designationVersion(),
                r.title(),
                r.regionCodes(),
                r.allGoods(),
                r.hsPrefixes(),
                List.of(producers),
                r.effectiveFrom(),
                r.effectiveTo(),
                r.policyIds());
    }

    static ScreeningIndex index(ScreeningRule... rules) {
        return ScreeningIndex.build(1, List.of(rules), TREE);
    }

    static ScreenedItem input(int index, String hs, String region) {
        return new ScreenedItem(index, 1, hs, region, null);
    }
}
