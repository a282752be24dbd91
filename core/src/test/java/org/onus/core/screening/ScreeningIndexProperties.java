package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.onus.core.designation.ListedProducer;
import org.onus.core.designation.RegistrationNumber;

/**
 * The index answers what the rules say, read literally: for every rule and every item, whether
 * the rule is in force, covers the item's region (its own or an ancestor, the nearest one named)
 * and goods, or names its producer. The index holds each rule once per designated region and
 * walks up the item's ancestors, so nested designated regions, prefixes inside prefixes and
 * regions the tree does not know are generated on purpose.
 */
class ScreeningIndexProperties {

    private static final String[] DIGITS = {"61", "6109", "610910", "52", "5201", "520100", "8541", "2", "9"};

    @Property(tries = 300)
    void screeningMatchesTheRulesReadOneByOne(@ForAll long seed) {
        Random random = new Random(seed);
        Map<String, String> parents = tree(random);
        List<String> codes = new ArrayList<>(parents.keySet());
        List<ScreeningRule> rules = new ArrayList<>();
        List<String> names = List.of("Red Star Cotton Co., Ltd.", "Blue Sky Silicon", "Green Field Tomato LLC");
        int ruleCount = random.nextInt(25);
        for (int d = 0; d < ruleCount; d++) {
            Set<String> regions = new LinkedHashSet<>();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                regions.add(random.nextInt(12) == 0 ? "ZZ" + random.nextInt(3) : pick(random, codes));
            }
            boolean allGoods = random.nextInt(6) == 0;
            Set<String> prefixes = new LinkedHashSet<>();
            int p = 1 + random.nextInt(3);
            for (int k = 0; k < p; k++) {
                String prefix = extend(random, pick(random, DIGITS), 2 + random.nextInt(5));
                prefixes.add(prefix.substring(0, Math.min(prefix.length(), 10)));
            }
            List<ListedProducer> producers = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                String region = random.nextBoolean() ? null : pick(random, codes);
                List<RegistrationNumber> numbers = random.nextBoolean()
                        ? List.of(new RegistrationNumber("USCC", "91650100MA77" + random.nextInt(3)))
                        : List.of();
                producers.add(
                        new ListedProducer(pick(random, names), region, List.of(), List.of(), numbers, List.of()));
            }
            // Now and then a first day before 1970 or a last day centuries on (and the day screened
            // out there too): periods far apart must sort and compare as near ones do, and the
            // index holds the days of those more than 179 years from the earliest in full.
            LocalDate from = (random.nextInt(10) == 0 ? LocalDate.of(1830, 1, 1) : LocalDate.of(2027, 1, 1))
                    .plusDays(random.nextInt(20));
            LocalDate to = random.nextBoolean()
                    ? null
                    : random.nextInt(10) == 0
                            ? LocalDate.of(2240, 1, 1).plusDays(random.nextInt(20))
                            : from.plusDays(random.nextInt(20));
            rules.add(new ScreeningRule(
                    new UUID(seed, d),
                    1 + random.nextInt(2),
                    "Designation " + random.nextInt(10) + "-" + d,
                    regions,
                    allGoods,
                    prefixes,
                    producers,
                    from,
                    to,
                    List.of()));
        }
        ScreeningIndex index = ScreeningIndex.build(1, rules, RegionTree.of(parents));

        List<ScreenedItem> items = new ArrayList<>();
        int itemCount = 1 + random.nextInt(12);
        for (int i = 0; i < itemCount; i++) {
            int roll = random.nextInt(20);
            String region = roll == 0 ? null : roll == 1 ? "ZZ9" : pick(random, codes);
            String hs = random.nextInt(15) == 0
                    ? pick(random, List.of("6", "61A9", "61091000000", ""))
                    : extend(random, pick(random, DIGITS), 2 + random.nextInt(9));
            String producer = random.nextInt(3) == 0 ? pick(random, names).toUpperCase() : null;
            String number = random.nextInt(6) == 0 ? "9165 0100-MA77" + random.nextInt(3) : null;
            items.add(new ScreenedItem(i, 1 + random.nextInt(3), hs, region, producer, number));
        }
        int era = random.nextInt(10);
        LocalDate day = (era == 0
                        ? LocalDate.of(1830, 1, 1)
                        : era == 1
                                ? LocalDate.of(2240, 1, 1)
                                : era == 2 ? LocalDate.of(2400, 1, 1) : LocalDate.of(2027, 1, 1))
                .plusDays(random.nextInt(45));

        List<Match> expected = naive(parents, rules, items, day);
        assertThat(index.screen(day, items)).containsExactlyElementsOf(expected);
        for (ScreenedItem item : items) {
            long count = expected.stream()
                    .filter(m -> m.inputIndex() == item.inputIndex())
                    .count();
            assertThat(index.countMatches((int) day.toEpochDay(), item)).isEqualTo((int) count);
        }
    }

    /** Every rule against every item, in input then title order. */
    private static List<Match> naive(
            Map<String, String> parents, List<ScreeningRule> given, List<ScreenedItem> items, LocalDate day) {
        List<ScreeningRule> rules = given.stream()
                .sorted(Comparator.comparing(ScreeningRule::title)
                        .thenComparingInt(ScreeningRule::designationVersion)
                        .thenComparing(ScreeningRule::designationId))
                .toList();
        List<Match> matches = new ArrayList<>();
        for (ScreenedItem item : items) {
            List<String> chain = new ArrayList<>();
            if (item.regionCode() != null && parents.containsKey(item.regionCode())) {
                for (String r = item.regionCode(); r != null; r = parents.get(r)) {
                    chain.add(r);
                }
            }
            boolean byNumber = item.registrationNumber() != null
                    && rules.stream()
                            .flatMap(r -> r.producers().stream())
                            .flatMap(p -> p.registrationNumbers().stream())
                            .anyMatch(n ->
                                    n.normalised().equals(RegistrationNumber.normalise(item.registrationNumber())));
            for (ScreeningRule rule : rules) {
                if (day.isBefore(rule.effectiveFrom())
                        || (rule.effectiveTo() != null && day.isAfter(rule.effectiveTo()))) {
                    continue;
                }
                ListedProducer listing = null;
                for (ListedProducer p : rule.producers()) {
                    boolean named = byNumber
                            ? p.registrationNumbers().stream()
                                    .anyMatch(n -> n.normalised()
                                            .equals(RegistrationNumber.normalise(item.registrationNumber())))
                            : item.producerName() != null
                                    && !ListedProducer.normalise(item.producerName())
                                            .isEmpty()
                                    && ListedProducer.normalise(item.producerName())
                                            .equals(ListedProducer.normalise(p.name()));
                    boolean inRegion = p.regionCode() == null || chain.contains(p.regionCode());
                    if (named && inRegion && listing == null) {
                        listing = p;
                    }
                }
                String nearest = chain.stream()
                        .filter(rule.regionCodes()::contains)
                        .findFirst()
                        .orElse(null);
                boolean goods = rule.allGoods()
                        || (item.hsCode() != null
                                && item.hsCode().matches("[0-9]{2,10}")
                                && rule.hsPrefixes().stream().anyMatch(item.hsCode()::startsWith));
                if (nearest != null && goods) {
                    matches.add(match(rule, item, nearest, Match.REGION_AND_SECTOR, listing, byNumber));
                } else if (listing != null) {
                    matches.add(match(rule, item, listing.regionCode(), Match.LISTED_PRODUCER, listing, byNumber));
                }
            }
        }
        return matches;
    }

    private static Match match(
            ScreeningRule rule,
            ScreenedItem item,
            String designated,
            String reason,
            ListedProducer listing,
            boolean byNumber) {
        String on = listing == null ? null : byNumber ? Match.ON_REGISTRATION_NUMBER : Match.ON_NAME;
        String value = listing == null
                ? null
                : byNumber ? listing.registrationNumbers().get(0).toString() : listing.name();
        return new Match(
                rule.designationId(),
                rule.designationVersion(),
                item.inputIndex(),
                item.tier(),
                item.regionCode(),
                designated,
                item.hsCode(),
                reason,
                listing == null ? null : listing.name(),
                on,
                value);
    }

    /** Two countries, each up to four levels deep, a few children to a region. */
    private static Map<String, String> tree(Random random) {
        Map<String, String> parents = new LinkedHashMap<>();
        List<String> level = new ArrayList<>(List.of("CN", "US"));
        level.forEach(c -> parents.put(c, null));
        for (int depth = 1; depth < 4; depth++) {
            List<String> next = new ArrayList<>();
            for (String p : level) {
                int children = random.nextInt(4);
                for (int c = 0; c < children; c++) {
                    String code = p + "-" + c;
                    parents.put(code, p);
                    next.add(code);
                }
            }
            level = next;
        }
        return parents;
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
