package org.onus.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.onus.core.designation.ListedProducer;
import org.onus.core.persistence.migration.RegionReferenceData;
import org.onus.core.screening.Match;
import org.onus.core.screening.ReferenceScreeningIndex;
import org.onus.core.screening.RegionTree;
import org.onus.core.screening.ScreenedItem;
import org.onus.core.screening.ScreeningIndex;
import org.onus.core.screening.ScreeningRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the screening index matches inputs: 1,000,000 generated inputs against 10,000
 * generated designations, one thread, in three scenarios ({@link Data#scenario}), each against a
 * plain reference index on the same data ({@link ReferenceScreeningIndex}). Also how long
 * building the index from those designations takes.
 */
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScreeningBenchmark {

    static final int DESIGNATIONS = 10_000;
    static final int INPUTS = 1_000_000;
    static final int SHIPMENT = 10;

    /** Sectors as regulators define them: realistic HS prefixes, 2 to 8 digits. */
    static final String[][] SECTORS = {
        {"5201", "5202", "5203", "5205", "5206", "5207", "5208", "5209", "5210", "5211", "5212"}, // cotton
        {"61", "62", "6302"}, // apparel and linen
        {"6109", "6110", "6203", "6204"}, // garments
        {"280461", "3818"}, // polysilicon, wafers
        {"854142", "854143"}, // solar cells and modules
        {"2002", "200290", "210320"}, // tomato products
        {"7601", "7604", "7606"}, // aluminium
        {"3904"}, // PVC
        {"8507", "850760"}, // lithium-ion batteries
        {"2836", "282520"}, // lithium chemicals
        {"6704", "0501"}, // hair products
        {"0303", "0304", "1604"}, // seafood
        {"080231", "080232"}, // walnuts
        {"0904"}, // peppers
        {"7208", "7209", "7210"}, // steel
        {"8708"}, // vehicle parts
        {"8471", "8517"}, // electronics
        {"4202"}, // bags
        {"9503"}, // toys
        {"31"}, // fertilisers
    };

    static final String[] WORDS = {
        "Huafu", "Hoshine", "Daqo", "Xinyuan", "Tianshan", "Zhongtai", "Lihua", "Tianye", "Jinfeng", "Guanghui",
        "Kashgar", "Aksu", "Hotan", "Korla", "Shihezi", "Changji", "Hami", "Turpan", "Yili", "Bortala",
        "Cotton", "Textile", "Silicon", "Energy", "Chemical", "Agriculture", "Apparel", "Yarn", "Mining", "Tomato"
    };

    static final String[] FORMS = {" Co., Ltd.", " Co. Ltd", " Company Limited", " Group", " LTD", "", " Holdings"};

    @State(Scope.Benchmark)
    public static class Data {

        /**
         * {@code regions-dense}: the tree of {@code db/data/regions} (498 regions) and the dense list
         * of the first measurements, unchanged. {@code counties-dense}: the same kind of list on a
         * tree of realistic depth (country → province → prefecture → county). {@code
         * counties-sparse}: a list as sparse as a real one on that tree.
         */
        @Param({"regions-dense", "counties-dense", "counties-sparse"})
        public String scenario;

        RegionTree tree;
        List<ScreeningRule> rules;
        ScreeningIndex index;
        ReferenceScreeningIndex reference;
        ScreenedItem[] items;
        int[] days;
        List<List<ScreenedItem>> shipments;
        LocalDate[] shipmentDays;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            Map<String, String> parents = new LinkedHashMap<>(RegionReferenceData.parents());
            switch (scenario) {
                case "regions-dense" -> dense(parents, new Random(20261128));
                case "counties-dense" -> {
                    Random random = new Random(20261203);
                    addCounties(parents, random);
                    dense(parents, random);
                }
                case "counties-sparse" -> {
                    Random random = new Random(20261204);
                    addCounties(parents, random);
                    sparse(parents, random);
                }
                default -> throw new IllegalArgumentException("No scenario " + scenario);
            }
            index = ScreeningIndex.build(1, rules, tree);
            reference = new ReferenceScreeningIndex(rules, tree);
            shipments = new ArrayList<>(INPUTS / SHIPMENT);
            shipmentDays = new LocalDate[INPUTS / SHIPMENT];
            for (int s = 0; s < INPUTS / SHIPMENT; s++) {
                List<ScreenedItem> shipment = new ArrayList<>(SHIPMENT);
                for (int k = 0; k < SHIPMENT; k++) {
                    ScreenedItem item = items[s * SHIPMENT + k];
                    shipment.add(new ScreenedItem(
                            k == 0 ? ScreenedItem.GOODS : k - 1,
                            k == 0 ? 0 : item.tier(),
                            item.hsCode(),
                            item.regionCode(),
                            item.producerName()));
                }
                shipments.add(List.copyOf(shipment));
                shipmentDays[s] = LocalDate.ofEpochDay(days[s * SHIPMENT]);
            }

            // Both must give the same answer for every input, or comparing their speed means nothing.
            long matches = 0;
            long matched = 0;
            long[] histogram = new long[4];
            for (int i = 0; i < INPUTS; i++) {
                int n = index.countMatches(days[i], items[i]);
                int expected = reference.countMatches(days[i], items[i]);
                if (n != expected) {
                    throw new IllegalStateException("Input " + i + " (" + items[i] + ", day " + days[i]
                            + "): the index counts " + n + " matches, the reference " + expected);
                }
                matches += n;
                matched += n > 0 ? 1 : 0;
                histogram[Math.min(n, 3)]++;
            }
            int counties = 0;
            int deepest = 0;
            for (String code : parents.keySet()) {
                int depth = 0;
                for (String p = parents.get(code); p != null; p = parents.get(p)) {
                    depth++;
                }
                deepest = Math.max(deepest, depth);
                counties += depth == 3 ? 1 : 0;
            }
            System.out.printf(
                    "%nScenario %s. Regions: %d (%d at county level, %d levels); designations: %d;"
                            + " index entries: %d; index and reference agree on all %,d inputs;"
                            + " inputs matching at least one designation: %.1f %% (one: %.1f %%, two: %.1f %%,"
                            + " more: %.1f %%); matches per input: %.2f%n",
                    scenario,
                    parents.size(),
                    counties,
                    deepest + 1,
                    index.ruleCount(),
                    index.entryCount(),
                    INPUTS,
                    100.0 * matched / INPUTS,
                    100.0 * histogram[1] / INPUTS,
                    100.0 * histogram[2] / INPUTS,
                    100.0 * histogram[3] / INPUTS,
                    (double) matches / INPUTS);
        }

        /**
         * Prefectures and counties for every province of China the reference data leaves bare,
         * with fan-outs like the real ones (about 330 prefectures and 2,800 counties in all): 8 to
         * 15 prefectures a province, 4 to 16 counties a prefecture, coded the GB/T 2260 way.
         */
        static void addCounties(Map<String, String> parents, Random random) {
            List<String> bare = new ArrayList<>();
            for (Map.Entry<String, String> e : parents.entrySet()) {
                if ("CN".equals(e.getValue()) && !parents.containsValue(e.getKey())) {
                    bare.add(e.getKey());
                }
            }
            for (String province : bare) {
                int prefectures = 8 + random.nextInt(8);
                for (int p = 1; p <= prefectures; p++) {
                    String prefecture = province.substring(0, 2) + String.format("%02d", p) + "00";
                    parents.put(prefecture, province);
                    int counties = 4 + random.nextInt(13);
                    for (int c = 1; c <= counties; c++) {
                        parents.put(prefecture.substring(0, 4) + String.format("%02d", c), prefecture);
                    }
                }
            }
        }

        /** The generator of the first measurements: about 20 matches per input. */
        private void dense(Map<String, String> parents, Random random) {
            tree = RegionTree.of(parents);

            List<String> xinjiang = new ArrayList<>();
            List<String> tibet = new ArrayList<>();
            List<String> provinces = new ArrayList<>();
            List<String> countries = new ArrayList<>();
            List<String> elsewhere = new ArrayList<>();
            for (Map.Entry<String, String> e : parents.entrySet()) {
                String code = e.getKey();
                if (e.getValue() == null) {
                    countries.add(code);
                } else if ("CN".equals(e.getValue())) {
                    provinces.add(code);
                } else if (within(parents, code, "650000")) {
                    xinjiang.add(code);
                } else if (within(parents, code, "540000")) {
                    tibet.add(code);
                } else if (within(parents, code, "CN")) {
                    elsewhere.add(code);
                }
            }
            // On the reference tree the rest of China is its provinces, as in the first measurements.
            elsewhere.addAll(0, provinces);

            String[] producerPool = producerPool(random);
            List<String> highRisk = new ArrayList<>(xinjiang);
            highRisk.addAll(tibet);

            rules = new ArrayList<>(DESIGNATIONS);
            for (int d = 0; d < DESIGNATIONS; d++) {
                Set<String> regions = new LinkedHashSet<>();
                int regionCount = 1 + random.nextInt(3);
                for (int k = 0; k < regionCount; k++) {
                    int roll = random.nextInt(100);
                    if (roll < 55) {
                        regions.add(pick(random, xinjiang));
                    } else if (roll < 75) {
                        regions.add(pick(random, tibet));
                    } else if (roll < 80) {
                        regions.add(random.nextBoolean() ? "650000" : "540000");
                    } else if (roll < 87) {
                        regions.add(pick(random, provinces));
                    } else if (roll < 88) {
                        regions.add("CN");
                    } else {
                        regions.add(pick(random, countries));
                    }
                }
                boolean allGoods = random.nextInt(100) < 8;
                Set<String> prefixes = new LinkedHashSet<>();
                if (!allGoods) {
                    int sectors = 1 + random.nextInt(2);
                    for (int k = 0; k < sectors; k++) {
                        String[] sector = SECTORS[random.nextInt(SECTORS.length)];
                        for (String p : sector) {
                            prefixes.add(p);
                        }
                    }
                }
                List<ListedProducer> producers = new ArrayList<>();
                if (random.nextInt(100) < 10) {
                    int n = 1 + random.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        producers.add(new ListedProducer(
                                producerPool[random.nextInt(producerPool.length)],
                                random.nextBoolean() ? pick(random, highRisk) : null));
                    }
                }
                rules.add(rule(random, d, regions, allGoods, prefixes, producers));
            }

            items = new ScreenedItem[INPUTS];
            days = new int[INPUTS];
            for (int i = 0; i < INPUTS; i++) {
                int roll = random.nextInt(100);
                String region = roll < 40
                        ? pick(random, highRisk)
                        : roll < 60 ? pick(random, elsewhere) : pick(random, countries);
                String hs;
                int length = 6 + 2 * random.nextInt(3);
                if (random.nextBoolean()) {
                    String[] sector = SECTORS[random.nextInt(SECTORS.length)];
                    hs = extend(random, pick(random, sector), length);
                } else {
                    hs = extend(random, chapter(random), length);
                }
                String producer = null;
                int p = random.nextInt(100);
                if (p < 3) {
                    producer = producerPool[random.nextInt(producerPool.length)].toUpperCase();
                } else if (p < 30) {
                    producer = unlisted(random);
                }
                items[i] = new ScreenedItem(i % 7, 1 + random.nextInt(4), hs, region, producer);
                days[i] = day(random);
            }
        }

        /**
         * A list shaped like a real one: designations of counties and prefectures (some provinces,
         * a few countries) for one sector's goods, at the level of HS headings and subheadings;
         * inputs from everywhere, most of them caught by nothing.
         */
        private void sparse(Map<String, String> parents, Random random) {
            tree = RegionTree.of(parents);
            List<String> countries = new ArrayList<>();
            List<String> provinces = new ArrayList<>();
            List<String> prefectures = new ArrayList<>();
            List<String> counties = new ArrayList<>();
            List<String> highRiskPrefectures = new ArrayList<>();
            List<String> highRiskCounties = new ArrayList<>();
            for (String code : parents.keySet()) {
                int depth = 0;
                for (String p = parents.get(code); p != null; p = parents.get(p)) {
                    depth++;
                }
                boolean highRisk = within(parents, code, "650000") || within(parents, code, "540000");
                switch (depth) {
                    case 0 -> countries.add(code);
                    case 1 -> provinces.add(code);
                    case 2 -> (highRisk ? highRiskPrefectures : prefectures).add(code);
                    default -> (highRisk ? highRiskCounties : counties).add(code);
                }
            }
            String[] producerPool = producerPool(random);

            rules = new ArrayList<>(DESIGNATIONS);
            for (int d = 0; d < DESIGNATIONS; d++) {
                Set<String> regions = new LinkedHashSet<>();
                int regionCount = 1 + random.nextInt(2);
                for (int k = 0; k < regionCount; k++) {
                    int roll = random.nextInt(1000);
                    if (roll < 250) {
                        regions.add(pick(random, highRiskCounties));
                    } else if (roll < 350) {
                        regions.add(pick(random, highRiskPrefectures));
                    } else if (roll < 800) {
                        regions.add(pick(random, counties));
                    } else if (roll < 950) {
                        regions.add(pick(random, prefectures));
                    } else if (roll < 990) {
                        regions.add(pick(random, provinces));
                    } else {
                        regions.add(pick(random, countries));
                    }
                }
                boolean allGoods = random.nextInt(1000) < 5;
                Set<String> prefixes = new LinkedHashSet<>();
                if (!allGoods) {
                    // One sector's goods: some of its headings, or one or two other headings.
                    if (random.nextBoolean()) {
                        String[] sector = SECTORS[random.nextInt(SECTORS.length)];
                        int n = 1 + random.nextInt(Math.min(3, sector.length));
                        for (int k = 0; k < n; k++) {
                            prefixes.add(extend(random, pick(random, sector), 4 + 2 * random.nextInt(2)));
                        }
                    } else {
                        int n = 1 + random.nextInt(2);
                        for (int k = 0; k < n; k++) {
                            prefixes.add(extend(random, chapter(random), 4 + 2 * random.nextInt(2)));
                        }
                    }
                }
                List<ListedProducer> producers = new ArrayList<>();
                if (random.nextInt(100) < 3) {
                    int n = 1 + random.nextInt(2);
                    for (int k = 0; k < n; k++) {
                        producers.add(new ListedProducer(
                                producerPool[random.nextInt(producerPool.length)],
                                random.nextBoolean() ? pick(random, highRiskCounties) : null));
                    }
                }
                rules.add(rule(random, d, regions, allGoods, prefixes, producers));
            }

            items = new ScreenedItem[INPUTS];
            days = new int[INPUTS];
            for (int i = 0; i < INPUTS; i++) {
                int roll = random.nextInt(100);
                String region;
                if (roll < 45) {
                    region = pick(random, countries);
                } else if (roll < 50) {
                    region = random.nextBoolean() ? pick(random, highRiskCounties) : pick(random, highRiskPrefectures);
                } else if (roll < 80) {
                    region = pick(random, counties);
                } else if (roll < 92) {
                    region = pick(random, prefectures);
                } else {
                    region = pick(random, provinces);
                }
                int length = 6 + 2 * random.nextInt(3);
                String hs = random.nextInt(100) < 30
                        ? extend(random, pick(random, SECTORS[random.nextInt(SECTORS.length)]), length)
                        : extend(random, chapter(random), length);
                String producer = null;
                int p = random.nextInt(1000);
                if (p < 5) {
                    producer = producerPool[random.nextInt(producerPool.length)].toUpperCase();
                } else if (p < 300) {
                    producer = unlisted(random);
                }
                items[i] = new ScreenedItem(i % 7, 1 + random.nextInt(4), hs, region, producer);
                days[i] = day(random);
            }
        }

        private static String[] producerPool(Random random) {
            String[] pool = new String[2000];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = pick(random, WORDS) + " " + pick(random, WORDS) + " " + pick(random, WORDS) + " " + (i + 1)
                        + pick(random, FORMS);
            }
            return pool;
        }

        private static ScreeningRule rule(
                Random random,
                int d,
                Set<String> regions,
                boolean allGoods,
                Set<String> prefixes,
                List<ListedProducer> producers) {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(10 * 365));
            LocalDate to = random.nextInt(100) < 60 ? null : from.plusDays(90 + random.nextInt(1500));
            return new ScreeningRule(
                    new UUID(random.nextLong(), random.nextLong()),
                    1 + random.nextInt(3),
                    "Designation " + d,
                    regions,
                    allGoods,
                    prefixes,
                    producers,
                    from,
                    to,
                    List.of());
        }

        private static String chapter(Random random) {
            int chapter = 1 + random.nextInt(97);
            return chapter == 77 ? "78" : String.format("%02d", chapter);
        }

        private static String unlisted(Random random) {
            return pick(random, WORDS) + " " + pick(random, WORDS) + " Trading " + random.nextInt(100_000)
                    + pick(random, FORMS);
        }

        private static int day(Random random) {
            return (int)
                    LocalDate.of(2020, 1, 1).plusDays(random.nextInt(10 * 365)).toEpochDay();
        }

        private static boolean within(Map<String, String> parents, String code, String ancestor) {
            for (String c = code; c != null; c = parents.get(c)) {
                if (c.equals(ancestor)) {
                    return true;
                }
            }
            return false;
        }

        private static String extend(Random random, String prefix, int length) {
            StringBuilder s = new StringBuilder(prefix);
            while (s.length() < length) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            return s.toString();
        }

        private static <T> T pick(Random random, List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static String pick(Random random, String[] array) {
            return array[random.nextInt(array.length)];
        }
    }

    /** The matching step alone: every input once, each on its own arrival day; result per input. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INPUTS)
    public long matchMillionInputs(Data data) {
        ScreeningIndex index = data.index;
        ScreenedItem[] items = data.items;
        int[] days = data.days;
        long matches = 0;
        for (int i = 0; i < items.length; i++) {
            matches += index.countMatches(days[i], items[i]);
        }
        return matches;
    }

    /** The same inputs through the plain reference index: what the matching step is measured against. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INPUTS)
    public long referenceMillionInputs(Data data) {
        ReferenceScreeningIndex reference = data.reference;
        ScreenedItem[] items = data.items;
        int[] days = data.days;
        long matches = 0;
        for (int i = 0; i < items.length; i++) {
            matches += reference.countMatches(days[i], items[i]);
        }
        return matches;
    }

    /** The public API: the same inputs as 100,000 entries of 10 items, each answered as a sorted list of matches. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INPUTS)
    public long screenMillionInputsAsEntries(Data data) {
        ScreeningIndex index = data.index;
        long matches = 0;
        for (int s = 0; s < data.shipmentDays.length; s++) {
            List<Match> found = index.screen(data.shipmentDays[s], data.shipments.get(s));
            matches += found.size();
        }
        return matches;
    }

    /**
     * The matching step of the index and of the reference, and the public API, timed by the
     * thread's CPU time as well as the wall clock, the three taking turns pass by pass: on a shared
     * machine the CPU time is the fairer "per core" figure, and taking turns lets the load hit all
     * three alike. Run with {@code java -cp benchmarks/target/benchmarks.jar
     * org.onus.benchmarks.ScreeningBenchmark [scenario ...]}; without arguments every scenario.
     */
    public static void main(String[] args) throws IOException {
        List<String> scenarios =
                args.length > 0 ? List.of(args) : List.of("regions-dense", "counties-dense", "counties-sparse");
        ScreeningBenchmark benchmark = new ScreeningBenchmark();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String scenario : scenarios) {
            Data data = new Data();
            data.scenario = scenario;
            data.generate();
            String[] names = {"index", "reference", "screen()"};
            double[][] cpuRates = new double[names.length][];
            for (int m = 0; m < names.length; m++) {
                cpuRates[m] = new double[10];
            }
            for (int pass = 1; pass <= 15; pass++) {
                for (int m = 0; m < names.length; m++) {
                    long wall = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long matches = switch (m) {
                        case 0 -> benchmark.matchMillionInputs(data);
                        case 1 -> benchmark.referenceMillionInputs(data);
                        default -> benchmark.screenMillionInputsAsEntries(data);
                    };
                    cpu = threads.getCurrentThreadCpuTime() - cpu;
                    wall = System.nanoTime() - wall;
                    if (pass > 5) {
                        cpuRates[m][pass - 6] = INPUTS * 1e9 / cpu;
                    }
                    System.out.printf(
                            "%s %s %2d %-9s: %,d matches; %,.0f inputs/s by wall clock, %,.0f inputs/s of CPU time%n",
                            scenario,
                            pass <= 5 ? "warm-up" : "pass   ",
                            pass,
                            names[m],
                            matches,
                            INPUTS * 1e9 / wall,
                            INPUTS * 1e9 / cpu);
                }
            }
            for (int m = 0; m < names.length; m++) {
                double[] sorted = cpuRates[m].clone();
                java.util.Arrays.sort(sorted);
                System.out.printf(
                        "%s %-9s: median %,.0f inputs per CPU-second (%,.0f to %,.0f); median ratio to the index %.2f%n",
                        scenario,
                        names[m],
                        (sorted[4] + sorted[5]) / 2,
                        sorted[0],
                        sorted[9],
                        medianRatio(cpuRates[m], cpuRates[0]));
            }
        }
    }

    /** The median of the pass-by-pass ratios: each pair ran back to back, under the same load. */
    private static double medianRatio(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            ratios[k] = a[k] / b[k];
        }
        java.util.Arrays.sort(ratios);
        return (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    }

    /** Building the index from 10,000 designations (what a node does when the list version changes). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScreeningIndex buildIndex(Data data) {
        return ScreeningIndex.build(2, data.rules, data.tree);
    }
}
