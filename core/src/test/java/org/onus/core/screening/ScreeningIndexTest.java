package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onus.core.screening.Fixtures.FROM;
import static org.onus.core.screening.Fixtures.allGoods;
import static org.onus.core.screening.Fixtures.index;
import static org.onus.core.screening.Fixtures.input;
import static org.onus.core.screening.Fixtures.listing;
import static org.onus.core.screening.Fixtures.period;
import static org.onus.core.screening.Fixtures.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.ListedProducer;

class ScreeningIndexTest {

    static final LocalDate DAY = LocalDate.parse("2027-06-01");
    static final ScreeningRule XINJIANG_COTTON = rule("Xinjiang cotton", Set.of("650000"), Set.of("5201"));

    @Test
    void aRegionCoversItsDescendantsButNotItsSiblingsNorItsAncestors() {
        ScreeningIndex index = index(XINJIANG_COTTON);

        List<Match> matches = index.screen(
                DAY,
                List.of(
                        input(0, "520100", "653125"),
                        input(1, "520100", "540000"),
                        input(2, "520100", "CN"),
                        input(3, "520100", "650000"),
                        input(4, "520100", "XPCC-D03"),
                        input(5, "520100", "540100")));

        assertThat(matches).extracting(Match::inputIndex).containsExactly(0, 3, 4);
        Match m = matches.get(0);
        assertThat(m.designationId()).isEqualTo(XINJIANG_COTTON.designationId());
        assertThat(m.designationVersion()).isEqualTo(1);
        assertThat(m.tier()).isEqualTo(1);
        assertThat(m.regionCode()).isEqualTo("653125");
        assertThat(m.designatedRegionCode()).isEqualTo("650000");
        assertThat(m.hsCode()).isEqualTo("520100");
        assertThat(m.reason()).isEqualTo(Match.REGION_AND_SECTOR);
        assertThat(m.producer()).isNull();
    }

    @Test
    void theDesignatedRegionIsTheNearestOneThatCoversTheItem() {
        ScreeningRule rule = rule("Nested", Set.of("CN", "650000", "653100"), Set.of("52"));
        ScreeningIndex index = index(rule);

        assertThat(index.screen(
                        DAY,
                        List.of(input(0, "5201", "653125"), input(1, "5201", "652900"), input(2, "5201", "320000"))))
                .extracting(Match::inputIndex, Match::designatedRegionCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "653100"),
                        org.assertj.core.groups.Tuple.tuple(1, "650000"),
                        org.assertj.core.groups.Tuple.tuple(2, "CN"));
    }

    @Test
    void hsPrefixesMatchLongerCodesOnly() {
        ScreeningIndex index = index(XINJIANG_COTTON);

        assertThat(index.screen(
                        DAY,
                        List.of(
                                input(0, "520100", "653125"),
                                input(1, "52010010", "653125"),
                                input(2, "5201", "653125"),
                                input(3, "520200", "653125"),
                                input(4, "52", "653125"),
                                input(5, "6109100010", "653125"))))
                .extracting(Match::inputIndex)
                .containsExactly(0, 1, 2);
    }

    @Test
    void allGoodsMatchesEveryHsCode() {
        ScreeningIndex index = index(allGoods("Everything from Tibet", Set.of("540000")));

        assertThat(index.screen(
                        DAY,
                        List.of(
                                input(0, "0101", "540100"),
                                input(1, "9701100000", "540000"),
                                input(2, "520100", "650000"))))
                .extracting(Match::inputIndex)
                .containsExactly(0, 1);
    }

    @Test
    void effectiveDatesAreInclusiveAtBothEnds() {
        LocalDate to = LocalDate.parse("2027-12-31");
        ScreeningIndex closed = index(period(XINJIANG_COTTON, FROM, to));
        ScreeningIndex open = index(XINJIANG_COTTON);
        List<ScreenedItem> items = List.of(input(0, "520100", "653125"));

        assertThat(closed.screen(FROM.minusDays(1), items)).isEmpty();
        assertThat(closed.screen(FROM, items)).hasSize(1);
        assertThat(closed.screen(to, items)).hasSize(1);
        assertThat(closed.screen(to.plusDays(1), items)).isEmpty();
        assertThat(open.screen(FROM.minusDays(1), items)).isEmpty();
        assertThat(open.screen(FROM, items)).hasSize(1);
        assertThat(open.screen(LocalDate.parse("2099-12-31"), items)).hasSize(1);
    }

    @Test
    void listedProducersMatchAfterNormalisationWithinTheirRegionAnywhereInScopeOrNot() {
        ScreeningRule huafu = listing(
                rule("Entity list", Set.of("653100"), Set.of("5201")),
                new ListedProducer("Xinjiang Huafu Co., Ltd.", "650000"),
                new ListedProducer("Hoshine Silicon", null));
        ScreeningIndex index = index(huafu);

        List<Match> matches = index.screen(
                DAY,
                List.of(
                        new ScreenedItem(0, 2, "5205", "652900", "XINJIANG HUAFU"),
                        new ScreenedItem(1, 2, "5205", "320000", "Xinjiang Huafu"),
                        new ScreenedItem(2, 3, "2804610000", "320000", "HOSHINE SILICON INDUSTRY"),
                        new ScreenedItem(3, 3, "2804610000", "US", "Hoshine  Silicon Co.,Ltd"),
                        new ScreenedItem(4, 1, "520100", "653125", "xinjiang huafu company limited"),
                        new ScreenedItem(5, 1, "520100", "653125", "Somebody else")));

        assertThat(matches)
                .extracting(Match::inputIndex, Match::reason, Match::producer, Match::designatedRegionCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                0, Match.LISTED_PRODUCER, "Xinjiang Huafu Co., Ltd.", "650000"),
                        org.assertj.core.groups.Tuple.tuple(3, Match.LISTED_PRODUCER, "Hoshine Silicon", null),
                        org.assertj.core.groups.Tuple.tuple(
                                4, Match.REGION_AND_SECTOR, "Xinjiang Huafu Co., Ltd.", "653100"),
                        org.assertj.core.groups.Tuple.tuple(5, Match.REGION_AND_SECTOR, null, "653100"));
    }

    @Test
    void listedProducersMatchOnlyWhileTheDesignationIsInForce() {
        ScreeningRule listed = listing(
                period(rule("Entity list", Set.of("US"), Set.of("01")), FROM, FROM.plusDays(9)),
                new ListedProducer("Hoshine Silicon", null));
        ScreeningIndex index = index(listed);
        List<ScreenedItem> items = List.of(new ScreenedItem(0, 3, "2804", "320000", "Hoshine Silicon"));

        assertThat(index.screen(FROM.minusDays(1), items)).isEmpty();
        assertThat(index.screen(FROM.plusDays(9), items)).hasSize(1);
        assertThat(index.screen(FROM.plusDays(10), items)).isEmpty();
    }

    @Test
    void theGoodsThemselvesMatchADesignationOnTheirCountryOfOrigin() {
        ScreeningIndex index = index(allGoods("All of China", Set.of("CN")), XINJIANG_COTTON);

        List<Match> matches = index.screen(DAY, List.of(ScreenedItem.goods("6109100010", "CN")));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.inputIndex()).isEqualTo(ScreenedItem.GOODS);
            assertThat(m.forGoods()).isTrue();
            assertThat(m.tier()).isZero();
            assertThat(m.designatedRegionCode()).isEqualTo("CN");
        });
    }

    @Test
    void eachItemMatchesEachDesignationOnceInInputThenTitleOrder() {
        ScreeningRule overlapping = rule("A overlapping", Set.of("650000", "653100"), Set.of("52", "5201", "520100"));
        ScreeningRule tibet = rule("Tibet", Set.of("540000"), Set.of("52"));
        ScreeningRule everything = allGoods("B all goods", Set.of("CN"));
        ScreeningRule cotton = XINJIANG_COTTON;
        ScreeningIndex index = index(tibet, cotton, everything, overlapping);

        List<Match> matches = index.screen(
                DAY,
                List.of(
                        input(2, "5201000000", "540100"),
                        input(1, "520100", "653125"),
                        ScreenedItem.goods("5201", "US")));

        assertThat(matches)
                .extracting(m -> m.inputIndex() + " " + titleOf(m))
                .containsExactly("1 A overlapping", "1 B all goods", "1 Xinjiang cotton", "2 B all goods", "2 Tibet");
    }

    private static String titleOf(Match m) {
        return List.of("A overlapping", "Tibet", "B all goods", "Xinjiang cotton").stream()
                .filter(t -> java.util.UUID.nameUUIDFromBytes(t.getBytes()).equals(m.designationId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void unknownRegionsAndOddCodesMatchNothing() {
        ScreeningIndex index = index(XINJIANG_COTTON, allGoods("All of China", Set.of("CN")));

        assertThat(index.screen(
                        DAY,
                        List.of(
                                input(0, "520100", "999999"),
                                input(1, "520100", null),
                                input(2, null, "US"),
                                input(3, "5201x0", "653125"),
                                input(4, "520100000000", "653125"))))
                .extracting(Match::inputIndex)
                .containsExactly(3, 4); // all of China covers any HS code, even one written wrongly
        assertThat(index.screen(DAY, List.of(input(0, null, "653125"))))
                .extracting(Match::inputIndex)
                .containsExactly(0);
    }

    @Test
    void countingAndTheSinkAgreeWithTheList() {
        ScreeningIndex index = index(XINJIANG_COTTON, allGoods("All of China", Set.of("CN")));
        ScreenedItem item = input(0, "520100", "653125");
        List<String> seen = new ArrayList<>();

        index.forEachMatch(
                DAY, item, (i, rule, designated, reason, producer) -> seen.add(rule.title() + "@" + designated));

        assertThat(index.countMatches((int) DAY.toEpochDay(), item)).isEqualTo(2);
        assertThat(seen).containsExactlyInAnyOrder("Xinjiang cotton@650000", "All of China@CN");
        assertThat(index.listVersion()).isEqualTo(1);
        assertThat(index.ruleCount()).isEqualTo(2);
        assertThat(ScreeningIndex.empty().listVersion()).isZero();
        assertThat(ScreeningIndex.empty().screen(DAY, List.of(item))).isEmpty();
    }

    @Test
    void aDesignationGivenTwiceIsRefused() {
        assertThatThrownBy(() -> index(XINJIANG_COTTON, XINJIANG_COTTON)).isInstanceOf(IllegalArgumentException.class);
    }
}
