package org.onus.core.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onus.core.designation.ListedProducer;
import org.onus.core.designation.RegistrationNumber;

/**
 * Which designations catch a screened item on a given day, answered from memory.
 *
 * <p>Built once from the rules of one designation list version, then never changed, so any number
 * of threads may screen with it at once. At build time every region of the tree gets the rules
 * that cover it — its own and its ancestors', each with the nearest designated region — keyed by
 * (region, HS prefix) in one open-addressing hash table, plus a list of all-goods rules per region.
 * Screening an item is then one lookup of its region, at most nine probes (one per prefix length
 * 2 to 10 that occurs for that region), a date comparison per candidate and, when a producer is
 * declared, one lookup of its normalised name. Nothing is allocated per item unless it matches or
 * names a producer.
 */
public final class ScreeningIndex {

    /** Receives the matches of one item, as they are found (not in title order). */
    @FunctionalInterface
    public interface MatchSink {

        /**
         * @param designatedRegionCode see {@link Match#designatedRegionCode()}
         * @param reason {@link Match#REGION_AND_SECTOR} or {@link Match#LISTED_PRODUCER}
         * @param producer the listing the item's producer matches, or null
         */
        void match(
                ScreenedItem item,
                ScreeningRule rule,
                String designatedRegionCode,
                String reason,
                ListedProducer producer);
    }

    private static final int NO_REGION = -1;
    /** A listing limited to a region the tree does not know: it can match nothing. */
    private static final int UNKNOWN_REGION = -2;

    private static final ScreeningIndex EMPTY = build(0, List.of(), RegionTree.of(Map.of()));

    private final int listVersion;

    // Rules by ordinal, in title order.
    private final ScreeningRule[] rules;
    private final int[] ruleFrom;
    private final int[] ruleTo;
    private final int[][] ruleRegions;
    private final String[][] rulePrefixes;
    private final boolean[] ruleAllGoods;

    // Regions by id.
    private final Map<String, Integer> regionIds;
    private final String[] regionCodes;
    private final int[] parent;
    /** Bit n set when some rule covering the region has an HS prefix of n digits. */
    private final int[] prefixLengths;

    private final int[] allGoodsStart;
    private final int[] allGoodsEnd;

    // (region, prefix) → a run of entries in the slab.
    private final long[] keys;
    private final int[] runStart;
    private final int[] runEnd;
    private final int mask;
    /**
     * Entries of {@link #STRIDE} ints — first day, last day, rule, designated region — each run
     * sorted by first day: the date check reads memory in order and stops at the first entry not
     * yet in force.
     */
    private final int[] slab;

    private static final int STRIDE = 4;

    private final Map<String, Listings> producers;
    /** The hash codes of the listed names, sorted: most declared producers are ruled out without a string. */
    private final int[] producerHashes;
    /** The listings by normalised registration number. */
    private final Map<String, Listings> registrations;

    /**
     * The listings with one normalised name (or registration number), by rule ordinal, each with
     * what of it matched ({@link Match#ON_NAME} …) and the listed value.
     */
    private record Listings(int[] rule, int[] region, ListedProducer[] listing, String[] on, String[] value) {}

    private ScreeningIndex(Builder b) {
        this.listVersion = b.listVersion;
        this.rules = b.rules;
        int n = rules.length;
        this.ruleFrom = b.ruleFrom;
        this.ruleTo = b.ruleTo;
        this.ruleRegions = new int[n][];
        this.rulePrefixes = new String[n][];
        this.ruleAllGoods = new boolean[n];
        for (int r = 0; r < n; r++) {
            ScreeningRule rule = rules[r];
            ruleRegions[r] = b.ruleRegions[r];
            rulePrefixes[r] = b.minimalPrefixes[r];
            ruleAllGoods[r] = rule.allGoods();
        }
        this.regionIds = b.regionIds;
        this.regionCodes = b.regionCodes;
        this.parent = b.parent;
        this.prefixLengths = b.prefixLengths;
        this.allGoodsStart = b.allGoodsStart;
        this.allGoodsEnd = b.allGoodsEnd;
        this.keys = b.keys;
        this.runStart = b.runStart;
        this.runEnd = b.runEnd;
        this.mask = keys.length - 1;
        this.slab = b.slab;
        this.producers = b.producers;
        this.producerHashes = b.producers.keySet().stream()
                .mapToInt(String::hashCode)
                .sorted()
                .toArray();
        this.registrations = b.registrations;
    }

    /** The index of an empty designation list (version 0). */
    public static ScreeningIndex empty() {
        return EMPTY;
    }

    /**
     * @param listVersion the designation list version the rules come from
     * @param rules every designation version that may apply on some arrival day (published,
     *     superseded and revoked ones, each with its own period)
     * @throws IllegalArgumentException when two rules have the same designation id
     */
    public static ScreeningIndex build(int listVersion, Collection<ScreeningRule> rules, RegionTree tree) {
        return new ScreeningIndex(new Builder(listVersion, rules, tree));
    }

    /** The designation list version this index was built from; 0 for the empty list. */
    public int listVersion() {
        return listVersion;
    }

    /** How many designation versions the index holds. */
    public int ruleCount() {
        return rules.length;
    }

    /** How many (region, rule) pairs the index holds: its size, for the record. */
    public int entryCount() {
        return slab.length / STRIDE;
    }

    /**
     * Every designation that catches one of the items on the arrival day, each (item, designation)
     * pair once, ordered by input index, then designation title (then version).
     */
    public List<Match> screen(LocalDate arrivalDate, List<ScreenedItem> items) {
        int day = Math.toIntExact(arrivalDate.toEpochDay());
        Collector matches = new Collector();
        for (ScreenedItem item : items) {
            match(day, item, matches);
        }
        return matches.sorted();
    }

    /** Every designation that catches the item on the arrival day, each once, in no particular order. */
    public void forEachMatch(LocalDate arrivalDate, ScreenedItem item, MatchSink sink) {
        match(
                Math.toIntExact(arrivalDate.toEpochDay()),
                item,
                (i, rule, ordinal, designated, reason, producer, on, value) ->
                        sink.match(i, rule, designated, reason, producer));
    }

    /**
     * How many designations catch the item on the day (days since 1970-01-01, {@link
     * LocalDate#toEpochDay()}): the matching step alone, allocating nothing for items without a
     * declared producer.
     */
    public int countMatches(int epochDay, ScreenedItem item) {
        return match(epochDay, item, null);
    }

    /**
     * A designation in force whose region lies inside the item's declared region, and whose
     * sectors cover the item: the declaration is too coarse to tell whether the item comes from
     * the designated region.
     *
     * @param designatedRegionCodes the designation's regions inside the declared one, sorted
     */
    public record Within(ScreeningRule rule, List<String> designatedRegionCodes) {}

    /**
     * The designations in force on the arrival day that a coarse declaration cannot rule out: for
     * an item declared at a region <em>strictly containing</em> a designated region of a
     * designation whose sectors cover the item's HS code (a country, or a province holding a
     * designated prefecture), or declared at no region (or one the tree does not know) while such
     * a designation exists anywhere. A declaration at or inside a designated region is a match,
     * not a coarse one ({@link #screen}). Ordered by designation title.
     */
    public List<Within> designatedWithin(LocalDate arrivalDate, ScreenedItem item) {
        int day = Math.toIntExact(arrivalDate.toEpochDay());
        Integer boxed = item.regionCode() == null ? null : regionIds.get(item.regionCode());
        int region = boxed == null ? NO_REGION : boxed;
        List<Within> found = new ArrayList<>();
        for (int r = 0; r < rules.length; r++) {
            if (day < ruleFrom[r] || day > ruleTo[r] || !coversGoods(r, item.hsCode())) {
                continue;
            }
            List<String> inside = new ArrayList<>();
            for (int designated : ruleRegions[r]) {
                if (region == NO_REGION || (designated != region && within(designated, region))) {
                    inside.add(regionCodes[designated]);
                }
            }
            if (!inside.isEmpty()) {
                Collections.sort(inside);
                found.add(new Within(rules[r], List.copyOf(inside)));
            }
        }
        return found;
    }

    private boolean coversGoods(int rule, String hs) {
        if (ruleAllGoods[rule]) {
            return true;
        }
        if (!digits(hs)) {
            return false;
        }
        for (String p : rulePrefixes[rule]) {
            if (hs.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Gathers matches, then sorts them by input index and rule ordinal (title order) as packed longs. */
    private static final class Collector implements Found {
        private static final int BITS = 21;
        private static final long LOW = (1L << BITS) - 1;

        Match[] matches = new Match[16];
        int[] inputs = new int[16];
        int[] ordinals = new int[16];
        int size;

        @Override
        public void found(
                ScreenedItem item,
                ScreeningRule rule,
                int ordinal,
                String designatedRegion,
                String reason,
                ListedProducer producer,
                String on,
                String value) {
            if (size == matches.length) {
                matches = Arrays.copyOf(matches, size * 2);
                inputs = Arrays.copyOf(inputs, size * 2);
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            matches[size] = new Match(
                    rule.designationId(),
                    rule.designationVersion(),
                    item.inputIndex(),
                    item.tier(),
                    item.regionCode(),
                    designatedRegion,
                    item.hsCode(),
                    reason,
                    producer == null ? null : producer.name(),
                    producer == null ? null : on,
                    producer == null ? null : value);
            inputs[size] = item.inputIndex();
            ordinals[size] = ordinal;
            size++;
        }

        List<Match> sorted() {
            Match[] out = new Match[size];
            long[] order = new long[size];
            boolean packable = size <= LOW;
            for (int k = 0; k < size && packable; k++) {
                long input = inputs[k] + 1L;
                packable = input >= 0 && input <= LOW && ordinals[k] <= LOW;
                order[k] = (input << (2 * BITS)) | ((long) ordinals[k] << BITS) | k;
            }
            if (packable) {
                Arrays.sort(order);
                for (int k = 0; k < size; k++) {
                    out[k] = matches[(int) (order[k] & LOW)];
                }
            } else {
                Integer[] positions = new Integer[size];
                for (int k = 0; k < size; k++) {
                    positions[k] = k;
                }
                Arrays.sort(
                        positions,
                        Comparator.<Integer>comparingInt(k -> inputs[k]).thenComparingInt(k -> ordinals[k]));
                for (int k = 0; k < size; k++) {
                    out[k] = matches[positions[k]];
                }
            }
            return Collections.unmodifiableList(Arrays.asList(out));
        }
    }

    @FunctionalInterface
    private interface Found {
        void found(
                ScreenedItem item,
                ScreeningRule rule,
                int ordinal,
                String designatedRegion,
                String reason,
                ListedProducer producer,
                String on,
                String value);
    }

    /** The one matching loop; {@code found} may be null to count only. */
    private int match(int day, ScreenedItem item, Found found) {
        Listings named = null;
        String producerName = item.producerName();
        String number = item.registrationNumber();
        if (number != null && !registrations.isEmpty()) {
            // A registration number is exact and wins: the declared name then does not matter.
            named = registrations.get(RegistrationNumber.normalise(number));
        }
        if (named == null && producerName != null && !producers.isEmpty()) {
            long hash = ProducerNames.hashOfNormalised(producerName);
            if (hash < 0 || Arrays.binarySearch(producerHashes, (int) hash) >= 0) {
                named = producers.get(ProducerNames.normalise(producerName));
            }
        }
        Integer boxed = item.regionCode() == null ? null : regionIds.get(item.regionCode());
        int region = boxed == null ? NO_REGION : boxed;
        int count = 0;
        if (region >= 0) {
            count += scan(day, item, region, allGoodsStart[region], allGoodsEnd[region], named, found);
            int lengths = prefixLengths[region];
            String hs = item.hsCode();
            if (lengths != 0 && digits(hs)) {
                int n = hs.length();
                long value = 0;
                long regionKey = (long) region << 38;
                for (int len = 1; len <= n; len++) {
                    value = value * 10 + (hs.charAt(len - 1) - '0');
                    if ((lengths & (1 << len)) == 0) {
                        continue;
                    }
                    int slot = find(regionKey | ((long) len << 34) | value);
                    if (slot >= 0) {
                        count += scan(day, item, region, runStart[slot], runEnd[slot], named, found);
                    }
                }
            }
        }
        if (named != null) {
            count += producerMatches(day, item, region, named, found);
        }
        return count;
    }

    /** 2 to 10 digits: anything else is not an HS code and falls under no sector (validation is elsewhere). */
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

    /** The entries of one run in force on the day. */
    private int scan(int day, ScreenedItem item, int region, int start, int end, Listings named, Found found) {
        int[] entries = slab;
        int count = 0;
        for (int e = start; e < end; e += STRIDE) {
            if (entries[e] > day) {
                break; // sorted by first day: none of the rest is in force yet
            }
            if (entries[e + 1] < day) {
                continue;
            }
            count++;
            if (found != null) {
                int r = entries[e + 2];
                int k = named == null ? -1 : listingFor(r, region, named);
                found.found(
                        item,
                        rules[r],
                        r,
                        regionCodes[entries[e + 3]],
                        Match.REGION_AND_SECTOR,
                        k < 0 ? null : named.listing[k],
                        k < 0 ? null : named.on[k],
                        k < 0 ? null : named.value[k]);
            }
        }
        return count;
    }

    /** Listed producers whose designation's scope did not already catch the item. */
    private int producerMatches(int day, ScreenedItem item, int region, Listings named, Found found) {
        int count = 0;
        int last = -1;
        for (int k = 0; k < named.rule.length; k++) {
            int r = named.rule[k];
            if (r == last || day < ruleFrom[r] || day > ruleTo[r] || !within(region, named.region[k])) {
                continue;
            }
            last = r;
            if (inScope(r, region, item.hsCode())) {
                continue; // reported as a scope match, with the producer
            }
            count++;
            if (found != null) {
                int listed = named.region[k];
                found.found(
                        item,
                        rules[r],
                        r,
                        listed < 0 ? null : regionCodes[listed],
                        Match.LISTED_PRODUCER,
                        named.listing[k],
                        named.on[k],
                        named.value[k]);
            }
        }
        return count;
    }

    private int listingFor(int rule, int region, Listings named) {
        for (int k = 0; k < named.rule.length; k++) {
            if (named.rule[k] == rule && within(region, named.region[k])) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a listing limited to {@code listed} (or to nowhere in particular) covers the region. */
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

    private boolean inScope(int rule, int region, String hs) {
        boolean regionCovered = false;
        for (int r = region; r >= 0 && !regionCovered; r = parent[r]) {
            regionCovered = Arrays.binarySearch(ruleRegions[rule], r) >= 0;
        }
        if (!regionCovered) {
            return false;
        }
        if (ruleAllGoods[rule]) {
            return true;
        }
        if (!digits(hs)) {
            return false;
        }
        for (String p : rulePrefixes[rule]) {
            if (hs.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private int find(long key) {
        int slot = slot(key, mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == -1) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long key(int region, String prefix) {
        return ((long) region << 38) | ((long) prefix.length() << 34) | Long.parseLong(prefix);
    }

    /** Everything the index is made of, computed once. */
    private static final class Builder {
        final int listVersion;
        final ScreeningRule[] rules;
        final int[][] ruleRegions;
        final String[][] minimalPrefixes;
        final Map<String, Integer> regionIds = new HashMap<>();
        final String[] regionCodes;
        final int[] parent;
        final int[] prefixLengths;
        final int[] allGoodsStart;
        final int[] allGoodsEnd;
        long[] keys;
        int[] runStart;
        int[] runEnd;
        int[] slab;
        final int[] ruleFrom;
        final int[] ruleTo;
        final Map<String, Listings> producers = new HashMap<>();
        final Map<String, Listings> registrations = new HashMap<>();

        Builder(int listVersion, Collection<ScreeningRule> given, RegionTree tree) {
            this.listVersion = listVersion;
            this.rules = given.stream()
                    .sorted(Comparator.comparing(ScreeningRule::title)
                            .thenComparingInt(ScreeningRule::designationVersion)
                            .thenComparing(ScreeningRule::designationId))
                    .toArray(ScreeningRule[]::new);
            Set<UUID> ids = new HashSet<>();
            for (ScreeningRule r : rules) {
                if (!ids.add(r.designationId())) {
                    throw new IllegalArgumentException("Designation " + r.designationId() + " is given twice");
                }
            }

            // Intern region codes; parents may be outside codes() only in a malformed tree.
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
            int regions = codes.size();
            regionCodes = codes.toArray(String[]::new);
            parent = new int[regions];
            int[] depth = new int[regions];
            List<List<Integer>> children = new ArrayList<>(regions);
            for (int i = 0; i < regions; i++) {
                String p = tree.parentOf(regionCodes[i]);
                parent[i] = p == null ? -1 : regionIds.get(p);
                children.add(new ArrayList<>());
            }
            for (int i = 0; i < regions; i++) {
                if (parent[i] >= 0) {
                    children.get(parent[i]).add(i);
                }
                int d = 0;
                for (int r = parent[i]; r >= 0 && d <= regions; r = parent[r]) {
                    d++;
                }
                if (d > regions) {
                    throw new IllegalArgumentException("The region tree has a cycle at " + regionCodes[i]);
                }
                depth[i] = d;
            }

            ruleFrom = new int[rules.length];
            ruleTo = new int[rules.length];
            for (int r = 0; r < rules.length; r++) {
                ruleFrom[r] = Math.toIntExact(rules[r].effectiveFrom().toEpochDay());
                ruleTo[r] = rules[r].effectiveTo() == null
                        ? Integer.MAX_VALUE
                        : Math.toIntExact(rules[r].effectiveTo().toEpochDay());
            }
            ruleRegions = new int[rules.length][];
            minimalPrefixes = new String[rules.length][];
            prefixLengths = new int[regions];
            List<List<Integer>> allGoods = new ArrayList<>(regions);
            for (int i = 0; i < regions; i++) {
                allGoods.add(new ArrayList<>());
            }
            Map<Long, List<Integer>> runs = new HashMap<>();
            int[] nearest = new int[regions];
            Arrays.fill(nearest, -1);
            List<Integer> touched = new ArrayList<>();
            int[] stack = new int[regions];
            for (int r = 0; r < rules.length; r++) {
                ScreeningRule rule = rules[r];
                minimalPrefixes[r] = minimal(rule.hsPrefixes());
                int[] own = rule.regionCodes().stream()
                        .map(regionIds::get)
                        .filter(id -> id != null)
                        .mapToInt(Integer::intValue)
                        .sorted()
                        .toArray();
                ruleRegions[r] = own;
                // Shallow regions first, so a deeper designated region claims its own subtree.
                int[] byDepth = Arrays.stream(own)
                        .boxed()
                        .sorted(Comparator.comparingInt(id -> depth[id]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                for (int designated : byDepth) {
                    int top = 0;
                    stack[top++] = designated;
                    while (top > 0) {
                        int node = stack[--top];
                        if (nearest[node] < 0) {
                            touched.add(node);
                        }
                        nearest[node] = designated;
                        for (int child : children.get(node)) {
                            stack[top++] = child;
                        }
                    }
                }
                for (int node : touched) {
                    if (rule.allGoods()) {
                        allGoods.get(node).add(r);
                        allGoods.get(node).add(nearest[node]);
                    } else {
                        for (String p : minimalPrefixes[r]) {
                            List<Integer> run = runs.computeIfAbsent(key(node, p), k -> new ArrayList<>());
                            run.add(r);
                            run.add(nearest[node]);
                            prefixLengths[node] |= 1 << p.length();
                        }
                    }
                    nearest[node] = -1;
                }
                touched.clear();
            }

            // Pack: all-goods runs first, then the hash table's runs, in one slab.
            int total = runs.values().stream().mapToInt(List::size).sum()
                    + allGoods.stream().mapToInt(List::size).sum();
            slab = new int[total / 2 * STRIDE];
            int at = 0;
            allGoodsStart = new int[regions];
            allGoodsEnd = new int[regions];
            for (int i = 0; i < regions; i++) {
                allGoodsStart[i] = at;
                at = pack(allGoods.get(i), at);
                allGoodsEnd[i] = at;
            }
            int capacity = Integer.highestOneBit(Math.max(2, runs.size() * 2 - 1)) << 1;
            keys = new long[capacity];
            Arrays.fill(keys, -1L);
            runStart = new int[capacity];
            runEnd = new int[capacity];
            for (Map.Entry<Long, List<Integer>> e : runs.entrySet()) {
                long key = e.getKey();
                int slot = slot(key, capacity - 1);
                while (keys[slot] != -1L) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = key;
                runStart[slot] = at;
                at = pack(e.getValue(), at);
                runEnd[slot] = at;
            }

            Map<String, List<Entry>> byName = new HashMap<>();
            Map<String, List<Entry>> byNumber = new HashMap<>();
            for (int r = 0; r < rules.length; r++) {
                for (ListedProducer p : rules[r].producers()) {
                    int listed;
                    if (p.regionCode() == null) {
                        listed = NO_REGION;
                    } else {
                        Integer id = regionIds.get(p.regionCode());
                        listed = id == null ? UNKNOWN_REGION : id;
                    }
                    add(byName, ListedProducer.normalise(p.name()), new Entry(r, listed, p, Match.ON_NAME, p.name()));
                    for (String alias : p.aliases()) {
                        add(byName, ListedProducer.normalise(alias), new Entry(r, listed, p, Match.ON_ALIAS, alias));
                    }
                    for (String former : p.formerNames()) {
                        add(
                                byName,
                                ListedProducer.normalise(former),
                                new Entry(r, listed, p, Match.ON_FORMER_NAME, former));
                    }
                    for (RegistrationNumber number : p.registrationNumbers()) {
                        add(
                                byNumber,
                                number.normalised(),
                                new Entry(r, listed, p, Match.ON_REGISTRATION_NUMBER, number.toString()));
                    }
                }
            }
            byName.forEach((name, entries) -> producers.put(name, listings(entries)));
            byNumber.forEach((number, entries) -> registrations.put(number, listings(entries)));
        }

        /** One listing under one key: the first way a listing is known by a key wins (name, then alias, then former name). */
        private record Entry(int rule, int region, ListedProducer listing, String on, String value) {}

        private static void add(Map<String, List<Entry>> map, String key, Entry entry) {
            if (key.isEmpty()) {
                return;
            }
            List<Entry> entries = map.computeIfAbsent(key, k -> new ArrayList<>());
            for (Entry e : entries) {
                if (e.rule == entry.rule && e.listing == entry.listing) {
                    return;
                }
            }
            entries.add(entry);
        }

        private static Listings listings(List<Entry> entries) {
            return new Listings(
                    entries.stream().mapToInt(Entry::rule).toArray(),
                    entries.stream().mapToInt(Entry::region).toArray(),
                    entries.stream().map(Entry::listing).toArray(ListedProducer[]::new),
                    entries.stream().map(Entry::on).toArray(String[]::new),
                    entries.stream().map(Entry::value).toArray(String[]::new));
        }

        /** Writes (rule, designated region) pairs as entries sorted by first day; returns the next free offset. */
        private int pack(List<Integer> pairs, int at) {
            int n = pairs.size() / 2;
            long[] order = new long[n];
            for (int k = 0; k < n; k++) {
                order[k] = ((ruleFrom[pairs.get(2 * k)] + 0x8000_0000L) << 32) | k;
            }
            Arrays.sort(order);
            for (long o : order) {
                int k = (int) o;
                int r = pairs.get(2 * k);
                slab[at] = ruleFrom[r];
                slab[at + 1] = ruleTo[r];
                slab[at + 2] = r;
                slab[at + 3] = pairs.get(2 * k + 1);
                at += STRIDE;
            }
            return at;
        }

        private void intern(String code, List<String> codes) {
            if (!regionIds.containsKey(code)) {
                regionIds.put(code, codes.size());
                codes.add(code);
            }
        }

        /** The prefixes no other prefix of the same rule already covers: each item matches a rule once. */
        private static String[] minimal(Set<String> prefixes) {
            List<String> sorted = prefixes.stream()
                    .sorted(Comparator.comparingInt(String::length).thenComparing(p -> p))
                    .toList();
            List<String> kept = new ArrayList<>();
            for (String p : sorted) {
                if (kept.stream().noneMatch(p::startsWith)) {
                    kept.add(p);
                }
            }
            return kept.toArray(String[]::new);
        }
    }
}
