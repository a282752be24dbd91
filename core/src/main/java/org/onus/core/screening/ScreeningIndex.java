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
import java.util.TreeMap;
import java.util.UUID;
import org.onus.core.designation.ListedProducer;
import org.onus.core.designation.RegistrationNumber;

/**
 * Which designations catch a screened item on a given day, answered from memory.
 *
 * <p>Built once from the rules of one designation list version, then never changed, so any number
 * of threads may screen with it at once. Each rule is held once per designated region and HS
 * prefix (or all goods), keyed by (designated region, prefix) in one open-addressing hash table.
 * Screening an item walks up from its region through the few ancestors that are designated by
 * something (a county, its prefecture, its province, its country) and at each probes only the
 * prefix lengths designated there, most of them answered by a small per-region Bloom filter, then
 * checks the dates of each candidate and, when a producer is declared, looks up its normalised
 * name once. Copying every
 * rule to every region it covers instead would answer with fewer probes, but on a tree down to
 * counties the copies run to tens of megabytes and every probe misses the cache (see
 * BENCHMARKS.md). Nothing is allocated per item unless it matches or names a producer.
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
    private final String[] regionCodes;
    private final int[] parent;
    /** Region codes by hash, open addressing: what an item's region code is looked up in. */
    private final String[] codeTable;

    private final int[] codeIds;
    private final int codeMask;
    /** The region itself if something designates it, else its nearest such ancestor, else -1. */
    private final int[] firstDesignated;
    /**
     * What the walk up reads of each region, side by side ({@link #INFO} ints a region, at {@code
     * region * INFO}), so that a region costs a quarter of a cache line: the next designated
     * ancestor, the prefix lengths designated there and where its filter is.
     */
    private final int[] info;

    private static final int INFO = 4;
    /** The nearest ancestor something designates, or -1: the walk up skips the others. */
    private static final int NEXT = 0;
    /**
     * Bit n set when a rule designating the region has an HS prefix of n digits; bit 0 when an
     * all-goods rule designates it (their run is under prefix length 0).
     */
    private static final int LENGTHS = 1;
    /** Where the region's words start in {@link #filter}. */
    private static final int FILTER_START = 2;
    /** The number of the region's words in {@link #filter}, less one (a power of two less one). */
    private static final int FILTER_MASK = 3;

    /**
     * A Bloom filter of the keys of each region, two bits a key in one word, at least 16 bits a
     * key: most probes are for prefixes designated nowhere along the item's regions, and this
     * answers them from a few kilobytes instead of the larger hash table.
     */
    private final long[] filter;

    /**
     * (designated region, prefix length, prefix) → a run of entries in the slab, two longs a slot:
     * the key, then the run's start and end; probing one slot reads one cache line.
     */
    private final long[] table;

    private final int tableShift;
    /**
     * Entries of {@link #STRIDE} ints — first day, last day, rule — each run sorted by first day:
     * the date check reads memory in order and stops at the first entry not yet in force. The rule
     * is tagged {@link #NESTED} and {@link #ENCLOSED} when it designates regions inside one another.
     */
    private final int[] slab;

    private static final int STRIDE = 3;
    /**
     * Another of the rule's regions lies inside the designated one: an item in there matches at
     * that nearer region (its entry is {@link #ENCLOSED}, under the same prefix), not again here.
     */
    private static final int NESTED = 1 << 31;
    /** Another of the rule's regions contains the designated one. */
    private static final int ENCLOSED = 1 << 30;

    private static final int RULE = ENCLOSED - 1;

    private final Map<String, Listings> producers;
    /**
     * The words of the listed names, then the hash codes of the names, sorted: most declared
     * producers are ruled out by a word or the hash, without building a string.
     */
    private final ProducerNames.Tokens producerTokens;

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
        this.ruleRegions = b.ruleRegions;
        this.rulePrefixes = b.minimalPrefixes;
        this.ruleAllGoods = new boolean[n];
        for (int r = 0; r < n; r++) {
            ruleAllGoods[r] = rules[r].allGoods();
        }
        this.regionCodes = b.regionCodes;
        this.parent = b.parent;
        this.codeTable = b.codeTable;
        this.codeIds = b.codeIds;
        this.codeMask = codeTable.length - 1;
        this.firstDesignated = b.firstDesignated;
        this.info = b.info;
        this.filter = b.filter;
        this.table = b.table;
        this.tableShift = b.tableShift;
        this.slab = b.slab;
        this.producers = b.producers;
        this.producerTokens = new ProducerNames.Tokens(b.producers.keySet());
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

    /** How many (designated region, HS prefix or all goods, rule) entries the index holds: its size, for the record. */
    public int entryCount() {
        return slab.length / STRIDE;
    }

    /**
     * Every designation that catches one of the items on the arrival day, each (item, designation)
     * pair once, ordered by input index, then designation title (then version).
     */
    public List<Match> screen(LocalDate arrivalDate, List<ScreenedItem> items) {
        int day = Math.toIntExact(arrivalDate.toEpochDay());
        Collector matches = new Collector(items.size());
        for (ScreenedItem item : items) {
            match(day, item, matches);
            matches.done++;
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
        int region = regionId(item.regionCode());
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

    /**
     * Gathers matches, then sorts them by input index and rule ordinal (title order). On a dense
     * list most of the cost of {@link #screen} is memory (some twenty matches an item), so the
     * arrays grow by the rate seen so far rather than by doubling from a guess, the sort key is one
     * long a match, packed in place, and an answer already in order is not sorted at all.
     */
    private static final class Collector implements Found {
        private static final int BITS = 21;
        private static final long LOW = (1L << BITS) - 1;

        private final int items;
        /** How many items have been matched before the current one: what the growth goes by. */
        int done;

        Match[] matches;
        /** (input index + 2^31) << 32 | rule ordinal: exact for any input index, in sort order. */
        long[] keys;

        int size;
        boolean inOrder = true;
        int lowestInput = Integer.MAX_VALUE;
        int highestInput = Integer.MIN_VALUE;
        int highestOrdinal;

        Collector(int items) {
            this.items = items;
        }

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
            if (matches == null || size == matches.length) {
                grow();
            }
            int input = item.inputIndex();
            matches[size] = new Match(
                    rule.designationId(),
                    rule.designationVersion(),
                    input,
                    item.tier(),
                    item.regionCode(),
                    designatedRegion,
                    item.hsCode(),
                    reason,
                    producer == null ? null : producer.name(),
                    producer == null ? null : on,
                    producer == null ? null : value);
            long key = ((input + 0x8000_0000L) << 32) | ordinal;
            inOrder &= size == 0 || keys[size - 1] <= key;
            keys[size] = key;
            lowestInput = Math.min(lowestInput, input);
            highestInput = Math.max(highestInput, input);
            highestOrdinal = Math.max(highestOrdinal, ordinal);
            size++;
        }

        private void grow() {
            int capacity;
            if (matches == null) {
                capacity = 16;
            } else {
                // Enough for the rest of the items at the rate so far, so a dense list grows once or twice.
                long expected = (long) size * items / Math.max(1, done) + 16;
                capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size * 2L, expected));
            }
            matches = matches == null ? new Match[capacity] : Arrays.copyOf(matches, capacity);
            keys = keys == null ? new long[capacity] : Arrays.copyOf(keys, capacity);
        }

        List<Match> sorted() {
            if (size == 0) {
                return Collections.emptyList();
            }
            Match[] out;
            if (inOrder) {
                out = size == matches.length ? matches : Arrays.copyOf(matches, size);
            } else if (size <= LOW && lowestInput >= -1 && highestInput + 1L <= LOW && highestOrdinal <= LOW) {
                long[] order = keys;
                for (int k = 0; k < size; k++) {
                    long input = (order[k] >>> 32) - 0x8000_0000L + 1;
                    order[k] = (input << (2 * BITS)) | ((order[k] & 0xFFFF_FFFFL) << BITS) | k;
                }
                Arrays.sort(order, 0, size);
                out = new Match[size];
                for (int k = 0; k < size; k++) {
                    out[k] = matches[(int) (order[k] & LOW)];
                }
            } else {
                Integer[] positions = new Integer[size];
                for (int k = 0; k < size; k++) {
                    positions[k] = k;
                }
                long[] order = keys;
                Arrays.sort(positions, Comparator.<Integer>comparingLong(k -> order[k]));
                out = new Match[size];
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
            long hash = ProducerNames.hashOfNormalised(producerName, producerTokens);
            if (hash == -1 || (hash >= 0 && Arrays.binarySearch(producerHashes, (int) hash) >= 0)) {
                named = producers.get(ProducerNames.normalise(producerName));
            }
        }
        int region = regionId(item.regionCode());
        // The match count in the low half; in the high, a bit per ENCLOSED rule matched (by ordinal mod 32).
        long state = 0;
        int first = region < 0 ? -1 : firstDesignated[region];
        if (first >= 0) {
            int[] regions = info;
            int lengths = 0;
            for (int a = first; a >= 0; a = regions[a * INFO + NEXT]) {
                int designated = regions[a * INFO + LENGTHS];
                if ((designated & 1) != 0) {
                    long key = key(a, 0, 0);
                    state = run(state, find(key, key * GOLDEN), day, item, region, a, named, found);
                }
                lengths |= designated;
            }
            lengths &= ~1;
            String hs = item.hsCode();
            if (lengths != 0 && digits(hs)) {
                // Each prefix length once, and at it every designated ancestor that has prefixes that long.
                int n = Math.min(hs.length(), 31 - Integer.numberOfLeadingZeros(lengths));
                long value = 0;
                for (int len = 1; len <= n; len++) {
                    value = value * 10 + (hs.charAt(len - 1) - '0');
                    int bit = 1 << len;
                    if ((lengths & bit) == 0) {
                        continue;
                    }
                    for (int a = first; a >= 0; a = regions[a * INFO + NEXT]) {
                        int at = a * INFO;
                        if ((regions[at + LENGTHS] & bit) == 0) {
                            continue;
                        }
                        long key = key(a, len, value);
                        long hash = key * GOLDEN;
                        long word =
                                filter[regions[at + FILTER_START] + ((int) (hash >>> 40) & regions[at + FILTER_MASK])];
                        long bits = (1L << (hash >>> 58)) | (1L << (hash >>> 52));
                        if ((word & bits) == bits) {
                            state = run(state, find(key, hash), day, item, region, a, named, found);
                        }
                    }
                }
            }
        }
        int count = (int) state;
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

    /**
     * The entries of one run at designated region {@code designated} in force on the day, reported
     * to {@code found}; the state as in {@link #count}, whose shortcut past {@link #nearest} it shares.
     */
    private long scan(
            long state,
            int day,
            ScreenedItem item,
            int region,
            int designated,
            int start,
            int end,
            Listings named,
            Found found) {
        int[] entries = slab;
        for (int e = start; e < end; e += STRIDE) {
            if (entries[e] > day) {
                break; // sorted by first day: none of the rest is in force yet
            }
            if (entries[e + 1] < day) {
                continue;
            }
            int r = entries[e + 2];
            if ((r & ~RULE) != 0) {
                long seen = 1L << (32 + (r & 31));
                if (r < 0 && (state & seen) != 0 && !nearest(r & RULE, region, designated)) {
                    continue;
                }
                if ((r & ENCLOSED) != 0) {
                    state |= seen;
                }
            }
            r &= RULE;
            state++;
            int k = named == null ? -1 : listingFor(r, region, named);
            found.found(
                    item,
                    rules[r],
                    r,
                    regionCodes[designated],
                    Match.REGION_AND_SECTOR,
                    k < 0 ? null : named.listing[k],
                    k < 0 ? null : named.on[k],
                    k < 0 ? null : named.value[k]);
        }
        return state;
    }

    /** The state after the matches in the run at the slot (none when the slot is -1). */
    private long run(
            long state, int slot, int day, ScreenedItem item, int region, int designated, Listings named, Found found) {
        if (slot < 0) {
            return state;
        }
        long run = table[slot + 1];
        int start = (int) (run >>> 32);
        int end = (int) run;
        return found == null
                ? count(state, day, region, designated, start, end)
                : scan(state, day, item, region, designated, start, end, named, found);
    }

    /**
     * {@link #scan} when only the number is wanted: no branch on the period, which is as often over
     * as not. A {@link #NESTED} entry needs the walk up to its nearer region only when the state
     * says that an {@link #ENCLOSED} entry of the rule (or of another with the same bit) matched
     * below: the walk comes up from the item, so a nearer match is always seen first.
     */
    private long count(long state, int day, int region, int designated, int start, int end) {
        int[] entries = slab;
        for (int e = start; e < end; e += STRIDE) {
            if (entries[e] > day) {
                break;
            }
            int r = entries[e + 2];
            if ((r & ~RULE) == 0) {
                state += (day - (long) entries[e + 1] - 1) >>> 63;
            } else if (entries[e + 1] >= day) {
                long seen = 1L << (32 + (r & 31));
                if (r < 0 && (state & seen) != 0 && !nearest(r & RULE, region, designated)) {
                    continue;
                }
                if ((r & ENCLOSED) != 0) {
                    state |= seen;
                }
                state++;
            }
        }
        return state;
    }

    /** Whether none of the rule's regions lies between the item's region and {@code designated}. */
    private boolean nearest(int rule, int region, int designated) {
        for (int r = region; r != designated; r = parent[r]) {
            if (Arrays.binarySearch(ruleRegions[rule], r) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The id of a region code, or {@link #NO_REGION} for null and codes the tree does not know. */
    private int regionId(String code) {
        if (code == null) {
            return NO_REGION;
        }
        int h = code.hashCode();
        int slot = (h ^ (h >>> 16)) & codeMask;
        while (true) {
            String c = codeTable[slot];
            if (c == null) {
                return NO_REGION;
            }
            if (c == code || c.equals(code)) {
                return codeIds[slot];
            }
            slot = (slot + 1) & codeMask;
        }
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

    /** The slot of the key in {@link #table} (an even index), or -1. */
    private int find(long key, long hash) {
        long[] t = table;
        int mask = t.length - 2;
        int slot = (int) (hash >>> tableShift) << 1;
        while (true) {
            long k = t[slot];
            if (k == key) {
                return slot;
            }
            if (k == EMPTY_KEY) {
                return -1;
            }
            slot = (slot + 2) & mask;
        }
    }

    private static final long EMPTY_KEY = -1L;

    /** Keys are hashed by multiplying by this; the table and the filter read the top bits. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private static long key(int region, int length, long prefix) {
        return ((long) region << 38) | ((long) length << 34) | prefix;
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
        final String[] codeTable;
        final int[] codeIds;
        final int[] firstDesignated;
        final int[] info;
        long[] filter;
        long[] table;
        int tableShift;
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
            if (rules.length > RULE) {
                throw new IllegalArgumentException("More than " + RULE + " rules");
            }
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
            for (int i = 0; i < regions; i++) {
                String p = tree.parentOf(regionCodes[i]);
                parent[i] = p == null ? -1 : regionIds.get(p);
            }
            for (int i = 0; i < regions; i++) {
                int d = 0;
                for (int r = parent[i]; r >= 0 && d <= regions; r = parent[r]) {
                    d++;
                }
                if (d > regions) {
                    throw new IllegalArgumentException("The region tree has a cycle at " + regionCodes[i]);
                }
            }
            int codeCapacity = Integer.highestOneBit(Math.max(2, regions * 2 - 1)) << 1;
            codeTable = new String[codeCapacity];
            codeIds = new int[codeCapacity];
            for (int i = 0; i < regions; i++) {
                int h = regionCodes[i].hashCode();
                int slot = (h ^ (h >>> 16)) & (codeCapacity - 1);
                while (codeTable[slot] != null) {
                    slot = (slot + 1) & (codeCapacity - 1);
                }
                codeTable[slot] = regionCodes[i];
                codeIds[slot] = i;
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
            info = new int[regions * INFO];
            Map<Long, List<Integer>> runs = new HashMap<>();
            boolean[] designated = new boolean[regions];
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
                for (int d : own) {
                    designated[d] = true;
                    int tagged = r | (encloses(own, d) ? NESTED : 0) | (enclosed(own, d) ? ENCLOSED : 0);
                    if (rule.allGoods()) {
                        runs.computeIfAbsent(key(d, 0, 0), k -> new ArrayList<>())
                                .add(tagged);
                        info[d * INFO + LENGTHS] |= 1;
                    } else {
                        for (String p : minimalPrefixes[r]) {
                            runs.computeIfAbsent(key(d, p.length(), Long.parseLong(p)), k -> new ArrayList<>())
                                    .add(tagged);
                            info[d * INFO + LENGTHS] |= 1 << p.length();
                        }
                    }
                }
            }
            firstDesignated = new int[regions];
            for (int i = 0; i < regions; i++) {
                int next = parent[i];
                while (next >= 0 && !designated[next]) {
                    next = parent[next];
                }
                info[i * INFO + NEXT] = next;
                firstDesignated[i] = designated[i] ? i : next;
            }

            slab = new int[runs.values().stream().mapToInt(List::size).sum() * STRIDE];
            int at = 0;
            // At most half full: a probe for an absent key ends at an empty slot soon.
            int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, runs.size() * 2 - 1)));
            tableShift = 64 - bits;
            table = new long[2 << bits];
            Arrays.fill(table, EMPTY_KEY);
            int mask = table.length - 2;
            // Runs in key order, so that the runs of one region lie together in the slab.
            for (Map.Entry<Long, List<Integer>> e : new TreeMap<>(runs).entrySet()) {
                long key = e.getKey();
                int slot = (int) ((key * GOLDEN) >>> tableShift) << 1;
                while (table[slot] != EMPTY_KEY) {
                    slot = (slot + 2) & mask;
                }
                table[slot] = key;
                int start = at;
                at = pack(e.getValue(), at);
                table[slot + 1] = ((long) start << 32) | at;
            }
            filter(runs.keySet(), regions);

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

        /** Sizes each region's filter to its keys and sets two bits for each. */
        private void filter(Set<Long> keys, int regions) {
            int[] keysOf = new int[regions];
            for (long key : keys) {
                keysOf[(int) (key >>> 38)]++;
            }
            int words = 0;
            for (int i = 0; i < regions; i++) {
                int n = keysOf[i] == 0 ? 0 : Integer.highestOneBit(Math.max(1, (keysOf[i] * 16 + 63) / 64 * 2 - 1));
                info[i * INFO + FILTER_START] = words;
                info[i * INFO + FILTER_MASK] = Math.max(0, n - 1);
                words += n;
            }
            filter = new long[words];
            for (long key : keys) {
                int at = (int) (key >>> 38) * INFO;
                long hash = key * GOLDEN;
                filter[info[at + FILTER_START] + ((int) (hash >>> 40) & info[at + FILTER_MASK])] |=
                        (1L << (hash >>> 58)) | (1L << (hash >>> 52));
            }
        }

        /** Whether another of the rule's regions contains {@code region}. */
        private boolean enclosed(int[] own, int region) {
            for (int r = parent[region]; r >= 0; r = parent[r]) {
                if (Arrays.binarySearch(own, r) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether another of the rule's regions lies inside {@code region}. */
        private boolean encloses(int[] own, int region) {
            for (int other : own) {
                for (int r = parent[other]; r >= 0; r = parent[r]) {
                    if (r == region) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Writes the tagged rules as entries sorted by first day; returns the next free offset. */
        private int pack(List<Integer> tagged, int at) {
            int n = tagged.size();
            long[] order = new long[n];
            for (int k = 0; k < n; k++) {
                // Signed: a first day before 1970 sorts first (adding 2^31 before the shift did not).
                order[k] = ((long) ruleFrom[tagged.get(k) & RULE] << 32) | k;
            }
            Arrays.sort(order);
            for (long o : order) {
                int t = tagged.get((int) o);
                int r = t & RULE;
                slab[at] = ruleFrom[r];
                slab[at + 1] = ruleTo[r];
                slab[at + 2] = t;
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
