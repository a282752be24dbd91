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
 * prefix (or all goods), keyed by (designated region, prefix) in one open-addressing hash table
 * (the all-goods run of a region is reached from the region directly). Screening an item walks up
 * from its region through the few ancestors that are designated by something (a county, its
 * prefecture, its province, its country) and at each probes only the prefix lengths designated
 * there, most of them answered by a small per-region Bloom filter, then checks the dates of each
 * candidate and, when a producer is declared, looks up its normalised name once. On a dense list
 * that is memory-bound, so the runs are packed tight: the key next to its entries, most entries
 * in four bytes. Copying every
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
     * ancestor, the prefix lengths designated there with the size of its filter, where its filter is
     * and where its run of all-goods rules is.
     */
    private final int[] info;

    private static final int INFO = 4;
    /** The nearest ancestor something designates, or -1: the walk up skips the others. */
    private static final int NEXT = 0;
    /**
     * Bit n set when a rule designating the region has an HS prefix of n digits; bit 0 when an
     * all-goods rule designates it. Above {@link #FILTER_LOG}, the base-2 logarithm of the number
     * of the region's words in {@link #filter}.
     */
    private static final int LENGTHS = 1;
    /** Where the region's words start in {@link #filter}. */
    private static final int FILTER_START = 2;
    /**
     * Where the region's run of all-goods rules starts in the slab (its header), or -1: most items
     * have a few of these runs along their regions, and reaching them needs no probe of the table.
     */
    private static final int ALL_GOODS = 3;

    private static final int FILTER_LOG = 16;

    /**
     * A Bloom filter of the keys of each region, two bits a key in one word, at least 16 bits a
     * key: most probes are for prefixes designated nowhere along the item's regions, and this
     * answers them from a few kilobytes instead of the larger hash table.
     */
    private final long[] filter;

    /**
     * (designated region, prefix length, prefix) → its run in the slab, one int a slot, at most three
     * quarters full: the offset of the run's header in the low {@link #offsetBits} bits, some bits
     * of the key's hash above them (so that a slot holding another key is passed over without
     * reading its run), -1 when empty. Four bytes a key instead of a key and a range in sixteen
     * bytes at half load: a table of a few hundred kilobytes that stays in the cache with the slab.
     */
    private final int[] table;

    private final int tableShift;
    private final int offsetBits;
    /**
     * Runs, each a header of {@link #HEADER} ints — the key (high half, low half), where its plain
     * entries end, where its tagged entries end — then its plain entries ({@link #OPEN}), sorted by
     * first day, then its tagged entries of {@link #STRIDE} ints — first day, last day, rule —
     * sorted by first day, then the rules of its plain entries, which only {@link #scan} reads.
     * Sorted by first day, the date check reads memory in order and stops at the first entry not
     * yet in force. The key sits in the same cache line as the first entries, so checking it costs
     * no load of its own. The rule of a tagged entry is tagged {@link #NESTED} and {@link
     * #ENCLOSED} when it designates regions inside one another.
     */
    private final int[] slab;

    private static final int HEADER = 4;
    /** Where the run's plain entries end (and its tagged ones start). */
    private static final int PLAIN_END = 2;
    /** Where the run's tagged entries end (and the rules of its plain entries start). */
    private static final int TAGGED_END = 3;
    /**
     * A plain entry is one int: its first day in the high 16 bits, its last day in the low 16, both
     * counted from {@link #nearFirst}; an open end is {@code OPEN}. Its rule is among the run's last
     * ints. An entry whose days do not fit (more than 179 years from the earliest first day), or
     * whose rule is tagged, is a tagged entry instead, with an untagged rule if need be. Four bytes
     * instead of twelve: the runs an item reads take fewer cache lines.
     */
    private static final int OPEN = 0xFFFF;

    /** The first day of the earliest rule: what the days of the plain entries count from. */
    private final int nearFirst;

    private final int entries;

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
        this.offsetBits = b.offsetBits;
        this.slab = b.slab;
        this.entries = b.entries;
        this.nearFirst = b.nearFirst;
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
        return entries;
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
        /**
         * input index << 32 | rule ordinal: the index signed in the high half and the ordinal (never
         * negative) in the low half, so that comparing keys as signed numbers orders by index, the
         * goods line (-1) first, then by ordinal.
         */
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
            long key = ((long) input << 32) | ordinal;
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
                    long input = (order[k] >> 32) + 1;
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
                int allGoods = regions[a * INFO + ALL_GOODS];
                if (allGoods >= 0) {
                    state = run(state, allGoods, day, item, region, a, named, found);
                }
                lengths |= regions[a * INFO + LENGTHS];
            }
            lengths &= ~1 & ((1 << FILTER_LOG) - 1);
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
                        int designated = regions[at + LENGTHS];
                        if ((designated & bit) == 0) {
                            continue;
                        }
                        long key = key(a, len, value);
                        long hash = key * GOLDEN;
                        int words = (1 << (designated >>> FILTER_LOG)) - 1;
                        long word = filter[regions[at + FILTER_START] + ((int) (hash >>> 40) & words)];
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
            int header,
            Listings named,
            Found found) {
        int[] entries = slab;
        int plainEnd = entries[header + PLAIN_END];
        int taggedEnd = entries[header + TAGGED_END];
        int near = near(day);
        for (int e = header + HEADER, k = taggedEnd; e < plainEnd; e++, k++) {
            int period = entries[e];
            if ((period >>> 16) > near) {
                break; // sorted by first day: none of the rest is in force yet
            }
            if ((period & 0xFFFF) >= near) {
                state++;
                report(entries[k], item, region, designated, named, found);
            }
        }
        for (int e = plainEnd; e < taggedEnd; e += STRIDE) {
            if (entries[e] > day) {
                break;
            }
            if (entries[e + 1] < day) {
                continue;
            }
            int r = entries[e + 2];
            long seen = 1L << (32 + (r & 31));
            if (r < 0 && (state & seen) != 0 && !nearest(r & RULE, region, designated)) {
                continue;
            }
            if ((r & ENCLOSED) != 0) {
                state |= seen;
            }
            state++;
            report(r & RULE, item, region, designated, named, found);
        }
        return state;
    }

    /** Reports the rule as matched at the designated region, with the listing the item names, if any. */
    private void report(int r, ScreenedItem item, int region, int designated, Listings named, Found found) {
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

    /** The state after the matches in the run whose header is at {@code header} (none when it is -1). */
    private long run(
            long state,
            int header,
            int day,
            ScreenedItem item,
            int region,
            int designated,
            Listings named,
            Found found) {
        if (header < 0) {
            return state;
        }
        return found == null
                ? count(state, day, region, designated, header)
                : scan(state, day, item, region, designated, header, named, found);
    }

    /**
     * {@link #scan} when only the number is wanted: no branch on the period, which is as often over
     * as not. A {@link #NESTED} entry needs the walk up to its nearer region only when the state
     * says that an {@link #ENCLOSED} entry of the rule (or of another with the same bit) matched
     * below: the walk comes up from the item, so a nearer match is always seen first.
     */
    private long count(long state, int day, int region, int designated, int header) {
        int[] entries = slab;
        int plainEnd = entries[header + PLAIN_END];
        int taggedEnd = entries[header + TAGGED_END];
        int near = near(day);
        int plain = 0;
        for (int e = header + HEADER; e < plainEnd; e++) {
            int period = entries[e];
            if ((period >>> 16) > near) {
                break;
            }
            plain += ~((period & 0xFFFF) - near) >>> 31;
        }
        state += plain;
        for (int e = plainEnd; e < taggedEnd; e += STRIDE) {
            if (entries[e] > day) {
                break;
            }
            int r = entries[e + 2];
            if (entries[e + 1] >= day) {
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

    /**
     * The day as the plain entries hold days: days after {@link #nearFirst}, -1 for a day before
     * it, {@link #OPEN} for a day after the last one a plain entry can hold.
     */
    private int near(int day) {
        return (int) Math.max(-1, Math.min(OPEN, (long) day - nearFirst));
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

    /** Where the run of the key starts in the slab (its header), or -1. */
    private int find(long key, long hash) {
        int[] t = table;
        int[] runs = slab;
        int mask = t.length - 1;
        int bits = offsetBits;
        int tags = -1 << bits;
        int tag = tag(hash, bits);
        int slot = (int) (hash >>> tableShift);
        while (true) {
            int v = t[slot];
            if (v == FREE) {
                return -1;
            }
            if ((v & tags) == tag) {
                int header = v & ~tags;
                if (runs[header] == (int) (key >>> 32) && runs[header + 1] == (int) key) {
                    return header;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Bits of the hash in the high bits a table slot leaves free above an offset of {@code bits} bits. */
    private static int tag(long hash, int bits) {
        return (int) ((hash >>> 24) << bits);
    }

    private static final int FREE = -1;

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
        int[] table;
        int tableShift;
        int offsetBits;
        int[] slab;
        int entries;
        int nearFirst;
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
            for (int i = 0; i < regions; i++) {
                info[i * INFO + ALL_GOODS] = -1;
            }
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

            entries = runs.values().stream().mapToInt(List::size).sum();
            int prefixRuns = (int)
                    runs.keySet().stream().filter(k -> ((k >>> 34) & 15) != 0).count();
            nearFirst = Arrays.stream(ruleFrom).min().orElse(0);
            long ints = runs.size() * (long) HEADER;
            for (List<Integer> run : runs.values()) {
                for (int t : run) {
                    ints += plain(t) ? 2 : STRIDE;
                }
            }
            slab = new int[Math.toIntExact(ints)];
            // The offset of a header is below slab.length, so an offset of all ones (and so -1) never occurs.
            offsetBits = 32 - Integer.numberOfLeadingZeros(slab.length);
            // At most three quarters full: the tags make a passed-over slot cost no load of its own.
            int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, (prefixRuns * 4 + 2) / 3)));
            tableShift = 64 - bits;
            table = new int[1 << bits];
            Arrays.fill(table, FREE);
            int mask = table.length - 1;
            int at = 0;
            // Runs in key order, so that the runs of one region lie together in the slab.
            for (Map.Entry<Long, List<Integer>> e : new TreeMap<>(runs).entrySet()) {
                long key = e.getKey();
                int header = at;
                slab[at] = (int) (key >>> 32);
                slab[at + 1] = (int) key;
                at = pack(e.getValue(), header);
                if (((key >>> 34) & 15) == 0) {
                    info[(int) (key >>> 38) * INFO + ALL_GOODS] = header;
                    continue;
                }
                long hash = key * GOLDEN;
                int slot = (int) (hash >>> tableShift);
                while (table[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = tag(hash, offsetBits) | header;
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
                if (((key >>> 34) & 15) != 0) {
                    keysOf[(int) (key >>> 38)]++;
                }
            }
            int words = 0;
            for (int i = 0; i < regions; i++) {
                int n = keysOf[i] == 0 ? 0 : Integer.highestOneBit(Math.max(1, (keysOf[i] * 16 + 63) / 64 * 2 - 1));
                info[i * INFO + FILTER_START] = words;
                info[i * INFO + LENGTHS] |= Integer.numberOfTrailingZeros(Math.max(1, n)) << FILTER_LOG;
                words += n;
            }
            filter = new long[words];
            for (long key : keys) {
                if (((key >>> 34) & 15) == 0) {
                    continue;
                }
                int at = (int) (key >>> 38) * INFO;
                long hash = key * GOLDEN;
                int mask = (1 << (info[at + LENGTHS] >>> FILTER_LOG)) - 1;
                filter[info[at + FILTER_START] + ((int) (hash >>> 40) & mask)] |=
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

        /**
         * Writes a run's header and entries at {@code header} (its key already there): the plain
         * entries as (first day, last day) sorted by first day, the tagged ones as (first day, last
         * day, rule) sorted by first day, then the rules of the plain entries; returns the next free
         * offset.
         */
        private int pack(List<Integer> tagged, int header) {
            List<Integer> plain = new ArrayList<>();
            List<Integer> nested = new ArrayList<>();
            for (int t : tagged) {
                (plain(t) ? plain : nested).add(t);
            }
            int at = header + HEADER;
            int[] plainRules = byFirstDay(plain);
            for (int r : plainRules) {
                int last = ruleTo[r] == Integer.MAX_VALUE ? OPEN : ruleTo[r] - nearFirst;
                slab[at++] = ((ruleFrom[r] - nearFirst) << 16) | last;
            }
            slab[header + PLAIN_END] = at;
            for (int t : byFirstDay(nested)) {
                int r = t & RULE;
                slab[at] = ruleFrom[r];
                slab[at + 1] = ruleTo[r];
                slab[at + 2] = t;
                at += STRIDE;
            }
            slab[header + TAGGED_END] = at;
            for (int r : plainRules) {
                slab[at++] = r;
            }
            return at;
        }

        /**
         * Whether the entry can be a plain one: no tag, and both days within {@code OPEN - 1} days
         * of {@link #nearFirst} (the last day may also be open).
         */
        private boolean plain(int tagged) {
            if ((tagged & ~RULE) != 0) {
                return false;
            }
            long from = (long) ruleFrom[tagged] - nearFirst;
            long to = ruleTo[tagged] == Integer.MAX_VALUE ? 0 : (long) ruleTo[tagged] - nearFirst;
            return from >= 0 && from < OPEN && to >= 0 && to < OPEN;
        }

        private int[] byFirstDay(List<Integer> tagged) {
            int n = tagged.size();
            long[] order = new long[n];
            for (int k = 0; k < n; k++) {
                // Signed: a first day before 1970 sorts first (adding 2^31 before the shift did not).
                order[k] = ((long) ruleFrom[tagged.get(k) & RULE] << 32) | k;
            }
            Arrays.sort(order);
            int[] sorted = new int[n];
            for (int k = 0; k < n; k++) {
                sorted[k] = tagged.get((int) order[k]);
            }
            return sorted;
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
