package org.onus.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onus.core.designation.ListedProducer;
import org.onus.core.designation.RegistrationNumber;

/**
 * The plain index {@link ScreeningIndex} is measured against (issue 14): one hash entry per
 * designated region and HS prefix holding the designations, plus the all-goods designations per
 * designated region; an input walks up its region's few ancestors and probes its HS prefixes at
 * each. It applies the same date and producer rules, so it counts the same matches per input, and
 * the benchmark checks that it does.
 *
 * <p>It lives in core's package only to call {@link ProducerNames}: both then pay the same for
 * declared producer names, and the comparison measures how the designations are laid out.
 */
public final class ReferenceScreeningIndex {

    private static final int NO_REGION = -1;
    private static final int UNKNOWN_REGION = -2;

    private final Map<String, Integer> regionIds = new HashMap<>();
    private final int[] parent;

    private final int[] from;
    private final int[] to;
    private final boolean[] allGoods;
    private final String[][] prefixes;
    /** Sorted region ids of each rule. */
    private final int[][] regions;
    /** Whether one of the rule's regions lies inside another of them: then only the nearest counts. */
    private final boolean[] nested;

    /** Per designated region, (first day, last day, rule) of its all-goods designations. */
    private final int[][] allGoodsByRegion;

    // Open addressing: (designated region, prefix length, prefix) → (first day, last day, rule) triples.
    private final long[] keys;
    private final int[][] values;
    private final int mask;
    /** Bit n set when some designation has an HS prefix of n digits: only those lengths are probed. */
    private int lengths;

    private final Map<String, int[][]> producers = new HashMap<>();
    private final int[] producerHashes;
    private final Map<String, int[][]> registrations = new HashMap<>();

    public ReferenceScreeningIndex(Collection<ScreeningRule> given, RegionTree tree) {
        // Rule ordinals in the index's order, so that listings under one key come rule by rule alike.
        ScreeningRule[] rules = given.stream()
                .sorted(Comparator.comparing(ScreeningRule::title)
                        .thenComparingInt(ScreeningRule::designationVersion)
                        .thenComparing(ScreeningRule::designationId))
                .toArray(ScreeningRule[]::new);
        List<String> codes = new ArrayList<>();
        for (String code : tree.codes()) {
            intern(code, codes);
        }
        for (int i = 0; i < codes.size(); i++) {
            String p = tree.parentOf(codes.get(i));
            if (p != null) {
                intern(p, codes);
            }
        }
        parent = new int[codes.size()];
        for (int i = 0; i < parent.length; i++) {
            String p = tree.parentOf(codes.get(i));
            parent[i] = p == null ? NO_REGION : regionIds.get(p);
        }

        int n = rules.length;
        from = new int[n];
        to = new int[n];
        allGoods = new boolean[n];
        prefixes = new String[n][];
        regions = new int[n][];
        nested = new boolean[n];
        List<List<Integer>> allGoodsLists = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            allGoodsLists.add(new ArrayList<>());
        }
        Map<Long, List<Integer>> table = new HashMap<>();
        for (int r = 0; r < n; r++) {
            ScreeningRule rule = rules[r];
            from[r] = (int) rule.effectiveFrom().toEpochDay();
            to[r] = rule.effectiveTo() == null
                    ? Integer.MAX_VALUE
                    : (int) rule.effectiveTo().toEpochDay();
            allGoods[r] = rule.allGoods();
            prefixes[r] = minimal(rule.hsPrefixes());
            regions[r] = rule.regionCodes().stream()
                    .map(regionIds::get)
                    .filter(id -> id != null)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            for (int d : regions[r]) {
                for (int a = parent[d]; a >= 0; a = parent[a]) {
                    nested[r] |= Arrays.binarySearch(regions[r], a) >= 0;
                }
                if (allGoods[r]) {
                    allGoodsLists.get(d).add(r);
                } else {
                    for (String p : prefixes[r]) {
                        lengths |= 1 << p.length();
                        table.computeIfAbsent(key(d, p.length(), Long.parseLong(p)), k -> new ArrayList<>())
                                .add(r);
                    }
                }
            }
        }
        allGoodsByRegion = allGoodsLists.stream().map(this::withPeriods).toArray(int[][]::new);
        int capacity = Integer.highestOneBit(Math.max(2, table.size() * 2 - 1)) << 1;
        mask = capacity - 1;
        keys = new long[capacity];
        Arrays.fill(keys, -1L);
        values = new int[capacity][];
        table.forEach((key, rs) -> {
            int slot = slot(key);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = withPeriods(rs);
        });

        Map<String, List<int[]>> byName = new HashMap<>();
        Map<String, List<int[]>> byNumber = new HashMap<>();
        for (int r = 0; r < n; r++) {
            for (ListedProducer p : rules[r].producers()) {
                int listed =
                        p.regionCode() == null ? NO_REGION : regionIds.getOrDefault(p.regionCode(), UNKNOWN_REGION);
                List<String> names = new ArrayList<>();
                names.add(p.name());
                names.addAll(p.aliases());
                names.addAll(p.formerNames());
                for (String name : names) {
                    add(byName, ListedProducer.normalise(name), r, listed);
                }
                for (RegistrationNumber number : p.registrationNumbers()) {
                    add(byNumber, number.normalised(), r, listed);
                }
            }
        }
        byName.forEach((k, v) -> producers.put(k, v.toArray(int[][]::new)));
        byNumber.forEach((k, v) -> registrations.put(k, v.toArray(int[][]::new)));
        producerHashes =
                producers.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
    }

    /** The rules as (first day, last day, rule) triples, by first day, so a scan stops at the first not yet in force. */
    private int[] withPeriods(List<Integer> rules) {
        int[] byFrom = rules.stream()
                .sorted(Comparator.comparingInt(r -> from[r]))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] triples = new int[byFrom.length * 3];
        for (int k = 0; k < byFrom.length; k++) {
            int r = byFrom[k];
            triples[3 * k] = from[r];
            triples[3 * k + 1] = to[r];
            triples[3 * k + 2] = r;
        }
        return triples;
    }

    /** Each (rule, listed region) once per key. */
    private static void add(Map<String, List<int[]>> map, String key, int rule, int listed) {
        if (key.isEmpty()) {
            return;
        }
        List<int[]> listings = map.computeIfAbsent(key, k -> new ArrayList<>());
        for (int[] l : listings) {
            if (l[0] == rule && l[1] == listed) {
                return;
            }
        }
        listings.add(new int[] {rule, listed});
    }

    /** How many designations catch the item on the day: what {@link ScreeningIndex#countMatches} answers. */
    public int countMatches(int day, ScreenedItem item) {
        int[][] named = null;
        if (item.registrationNumber() != null && !registrations.isEmpty()) {
            named = registrations.get(RegistrationNumber.normalise(item.registrationNumber()));
        }
        String producer = item.producerName();
        if (named == null && producer != null && !producers.isEmpty()) {
            long hash = ProducerNames.hashOfNormalised(producer);
            if (hash < 0 || Arrays.binarySearch(producerHashes, (int) hash) >= 0) {
                named = producers.get(ProducerNames.normalise(producer));
            }
        }
        Integer boxed = item.regionCode() == null ? null : regionIds.get(item.regionCode());
        int region = boxed == null ? NO_REGION : boxed;
        String hs = item.hsCode();
        boolean digits = digits(hs);
        int count = 0;
        for (int a = region; a >= 0; a = parent[a]) {
            count += count(allGoodsByRegion[a], day, region, a);
            if (digits) {
                long value = 0;
                for (int len = 1; len <= hs.length(); len++) {
                    value = value * 10 + (hs.charAt(len - 1) - '0');
                    if ((lengths & (1 << len)) != 0) {
                        int[] triples = find(key(a, len, value));
                        if (triples != null) {
                            count += count(triples, day, region, a);
                        }
                    }
                }
            }
        }
        if (named != null) {
            int last = -1;
            for (int[] listing : named) {
                int r = listing[0];
                if (r == last || !inForce(r, day) || !within(region, listing[1])) {
                    continue;
                }
                last = r;
                if (!inScope(r, region, hs, digits)) {
                    count++;
                }
            }
        }
        return count;
    }

    private int count(int[] triples, int day, int region, int designated) {
        int count = 0;
        for (int k = 0; k < triples.length; k += 3) {
            if (triples[k] > day) {
                break;
            }
            if (day <= triples[k + 1] && nearest(triples[k + 2], region, designated)) {
                count++;
            }
        }
        return count;
    }

    private boolean inForce(int rule, int day) {
        return from[rule] <= day && day <= to[rule];
    }

    /** Whether {@code designated} is the rule's nearest region to the item's, so the rule counts once. */
    private boolean nearest(int rule, int region, int designated) {
        if (!nested[rule]) {
            return true;
        }
        for (int r = region; r != designated; r = parent[r]) {
            if (Arrays.binarySearch(regions[rule], r) >= 0) {
                return false;
            }
        }
        return true;
    }

    private boolean within(int region, int listed) {
        if (listed == NO_REGION) {
            return true;
        }
        for (int r = region; r >= 0; r = parent[r]) {
            if (r == listed) {
                return true;
            }
        }
        return false;
    }

    private boolean inScope(int rule, int region, String hs, boolean digits) {
        boolean covered = false;
        for (int r = region; r >= 0 && !covered; r = parent[r]) {
            covered = Arrays.binarySearch(regions[rule], r) >= 0;
        }
        if (!covered) {
            return false;
        }
        if (allGoods[rule]) {
            return true;
        }
        if (!digits) {
            return false;
        }
        for (String p : prefixes[rule]) {
            if (hs.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private int[] find(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == -1L) {
                return null;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long key(int region, int length, long prefix) {
        return ((long) region << 38) | ((long) length << 34) | prefix;
    }

    private static boolean digits(String hs) {
        if (hs == null || hs.length() < 2 || hs.length() > 10) {
            return false;
        }
        for (int i = 0; i < hs.length(); i++) {
            char c = hs.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The prefixes no other prefix of the rule covers, so that a rule matches an HS code once. */
    private static String[] minimal(Set<String> prefixes) {
        List<String> kept = new ArrayList<>();
        prefixes.stream().sorted(Comparator.comparingInt(String::length)).forEach(p -> {
            if (kept.stream().noneMatch(p::startsWith)) {
                kept.add(p);
            }
        });
        return kept.toArray(String[]::new);
    }

    private void intern(String code, List<String> codes) {
        if (!regionIds.containsKey(code)) {
            regionIds.put(code, codes.size());
            codes.add(code);
        }
    }
}
