package org.onus.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the screening index matches inputs: 1,000,000 generated inputs against 10,000
 * generated designations over the full region tree of {@code db/data/regions}, one thread. Also
 * how long building the index from those designations takes.
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

        RegionTree tree;
        List<ScreeningRule> rules;
        ScreeningIndex index;
        ScreenedItem[] items;
        int[] days;
        List<List<ScreenedItem>> shipments;
        LocalDate[] shipmentDays;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            Map<String, String> parents = RegionReferenceData.parents();
            tree = RegionTree.of(parents);
            Random random = new Random(20261128);

            List<String> xinjiang = new ArrayList<>();
            List<String> tibet = new ArrayList<>();
            List<String> provinces = new ArrayList<>();
            List<String> countries = new ArrayList<>();
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
                }
            }

            String[] producerPool = new String[2000];
            for (int i = 0; i < producerPool.length; i++) {
                producerPool[i] = pick(random, WORDS) + " " + pick(random, WORDS) + " " + pick(random, WORDS) + " "
                        + (i + 1) + pick(random, FORMS);
            }
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
                LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(10 * 365));
                LocalDate to = random.nextInt(100) < 60 ? null : from.plusDays(90 + random.nextInt(1500));
                rules.add(new ScreeningRule(
                        new UUID(random.nextLong(), random.nextLong()),
                        1 + random.nextInt(3),
                        "Designation " + d,
                        regions,
                        allGoods,
                        prefixes,
                        producers,
                        from,
                        to,
                        List.of()));
            }
            index = ScreeningIndex.build(1, rules, tree);

            items = new ScreenedItem[INPUTS];
            days = new int[INPUTS];
            for (int i = 0; i < INPUTS; i++) {
                int roll = random.nextInt(100);
                String region = roll < 40
                        ? pick(random, highRisk)
                        : roll < 60 ? pick(random, provinces) : pick(random, countries);
                String hs;
                int length = 6 + 2 * random.nextInt(3);
                if (random.nextBoolean()) {
                    String[] sector = SECTORS[random.nextInt(SECTORS.length)];
                    hs = extend(random, pick(random, sector), length);
                } else {
                    int chapter = 1 + random.nextInt(97);
                    hs = extend(random, (chapter == 77 ? "78" : String.format("%02d", chapter)), length);
                }
                String producer = null;
                int p = random.nextInt(100);
                if (p < 3) {
                    producer = producerPool[random.nextInt(producerPool.length)].toUpperCase();
                } else if (p < 30) {
                    producer = pick(random, WORDS) + " " + pick(random, WORDS) + " Trading " + random.nextInt(100_000)
                            + pick(random, FORMS);
                }
                items[i] = new ScreenedItem(i % 7, 1 + random.nextInt(4), hs, region, producer);
                days[i] = (int) LocalDate.of(2020, 1, 1)
                        .plusDays(random.nextInt(10 * 365))
                        .toEpochDay();
            }
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

            long matches = 0;
            long matched = 0;
            for (int i = 0; i < INPUTS; i++) {
                int n = index.countMatches(days[i], items[i]);
                matches += n;
                matched += n > 0 ? 1 : 0;
            }
            System.out.printf(
                    "%nRegions: %d; designations: %d; index entries (region, designation): %d;"
                            + " inputs matching at least one designation: %.1f %%; matches per input: %.2f%n",
                    parents.size(),
                    index.ruleCount(),
                    index.entryCount(),
                    100.0 * matched / INPUTS,
                    (double) matches / INPUTS);
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
     * The matching step timed by the thread's CPU time as well as the wall clock: on a shared
     * machine the CPU time is the fairer "per core" figure. Run with {@code java -cp
     * benchmarks/target/benchmarks.jar org.onus.benchmarks.ScreeningBenchmark}.
     */
    public static void main(String[] args) throws IOException {
        Data data = new Data();
        data.generate();
        ScreeningBenchmark benchmark = new ScreeningBenchmark();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= 15; pass++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long matches = benchmark.matchMillionInputs(data);
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            wall = System.nanoTime() - wall;
            System.out.printf(
                    "%s %2d: %,d matches; %,.0f inputs/s by wall clock, %,.0f inputs/s of CPU time%n",
                    pass <= 5 ? "warm-up" : "pass   ", pass, matches, INPUTS * 1e9 / wall, INPUTS * 1e9 / cpu);
        }
    }

    /** Building the index from 10,000 designations (what a node does when the list version changes). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScreeningIndex buildIndex(Data data) {
        return ScreeningIndex.build(2, data.rules, data.tree);
    }
}
