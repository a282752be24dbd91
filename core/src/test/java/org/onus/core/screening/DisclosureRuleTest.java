package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onus.core.screening.Fixtures.FROM;
import static org.onus.core.screening.Fixtures.allGoods;
import static org.onus.core.screening.Fixtures.index;
import static org.onus.core.screening.Fixtures.input;
import static org.onus.core.screening.Fixtures.rule;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Coarse origins are not cleared: an input declared at a region containing a designated region of
 * a designation covering it, or at no region, requires the disclosure refined; the goods' origin
 * counts only without inputs; precise declarations outside designated regions clear.
 */
class DisclosureRuleTest {

    private static final String COTTON = "520100";

    /** Kashgar (a prefecture of Xinjiang) designated for cotton. */
    private final ScreeningIndex kashgarCotton = index(rule("Kashgar cotton", Set.of("653100"), Set.of("5201")));

    private DisclosureRule.Result apply(ScreeningIndex index, String goodsOrigin, ScreenedItem... inputs) {
        return DisclosureRule.apply(
                index, FROM.plusDays(1), ScreenedItem.goods("610910", goodsOrigin), List.of(inputs));
    }

    @Test
    void an_input_declared_at_the_country_is_not_cleared() {
        DisclosureRule.Result r = apply(kashgarCotton, "US", input(0, COTTON, "CN"));

        assertThat(r.disclosureRequired()).isTrue();
        assertThat(r.coarse()).singleElement().satisfies(c -> {
            assertThat(c.item().inputIndex()).isZero();
            assertThat(c.within().designatedRegionCodes()).containsExactly("653100");
            assertThat(c.within().rule().title()).isEqualTo("Kashgar cotton");
        });
    }

    @Test
    void an_input_declared_at_the_province_containing_a_designated_prefecture_is_not_cleared() {
        DisclosureRule.Result r = apply(kashgarCotton, "US", input(0, COTTON, "650000"));

        assertThat(r.disclosureRequired()).isTrue();
        assertThat(r.coarse().get(0).within().designatedRegionCodes()).containsExactly("653100");
    }

    @Test
    void an_input_with_no_region_is_not_cleared() {
        DisclosureRule.Result r = apply(kashgarCotton, "US", input(0, COTTON, null));

        assertThat(r.disclosureRequired()).isTrue();
        assertThat(r.coarse().get(0).item().regionCode()).isNull();
    }

    @Test
    void an_input_at_a_region_the_tree_does_not_know_is_not_cleared() {
        assertThat(apply(kashgarCotton, "US", input(0, COTTON, "ZZ-NOWHERE")).disclosureRequired())
                .isTrue();
    }

    @Test
    void precise_inputs_outside_designated_regions_are_cleared() {
        DisclosureRule.Result r = apply(
                kashgarCotton,
                "CN",
                input(0, COTTON, "652900"), // Aksu, a sibling prefecture
                input(1, COTTON, "320000"), // Jiangsu
                input(2, COTTON, "US"));

        assertThat(r.clears()).isTrue();
    }

    @Test
    void an_input_of_another_sector_at_the_country_is_cleared() {
        assertThat(apply(kashgarCotton, "CN", input(0, "850440", "CN")).clears())
                .isTrue();
    }

    @Test
    void a_declaration_inside_the_designated_region_detains_rather_than_asks() {
        DisclosureRule.Result r = apply(kashgarCotton, "US", input(0, COTTON, "653125"), input(1, COTTON, "CN"));

        assertThat(r.detains()).isTrue();
        assertThat(r.disclosureRequired()).isFalse();
    }

    @Test
    void every_coarse_input_is_listed_with_every_designation_it_cannot_rule_out() {
        ScreeningIndex index = index(
                rule("Kashgar cotton", Set.of("653100"), Set.of("5201")),
                allGoods("Tibet all goods", Set.of("540000")),
                rule("Aksu and Lhasa cotton", Set.of("652900", "540100"), Set.of("52")));

        DisclosureRule.Result r =
                apply(index, "US", input(0, COTTON, "CN"), input(1, COTTON, "US"), input(2, "940300", "CN"));

        assertThat(r.coarse())
                .extracting(c -> c.item().inputIndex() + " " + c.within().rule().title() + " "
                        + c.within().designatedRegionCodes())
                .containsExactly(
                        "0 Aksu and Lhasa cotton [540100, 652900]",
                        "0 Kashgar cotton [653100]",
                        "0 Tibet all goods [540000]",
                        "2 Tibet all goods [540000]");
    }

    @Test
    void the_goods_origin_counts_only_without_inputs_and_only_for_their_sector() {
        ScreeningIndex apparel = index(rule("Kashgar apparel", Set.of("653100"), Set.of("6109")));

        assertThat(apply(apparel, "CN").disclosureRequired()).isTrue();
        assertThat(apply(apparel, "CN").coarse().get(0).item().inputIndex()).isEqualTo(ScreenedItem.GOODS);
        assertThat(apply(apparel, "US").clears()).isTrue();
        assertThat(apply(kashgarCotton, "CN").clears())
                .as("the goods are not cotton")
                .isTrue();
        assertThat(apply(apparel, "CN", input(0, "520100", "US")).clears())
                .as("a disclosed input says where the goods come from")
                .isTrue();
    }

    @Test
    void a_designation_not_yet_in_force_on_arrival_asks_for_nothing() {
        DisclosureRule.Result r = DisclosureRule.apply(
                kashgarCotton, FROM.minusDays(1), ScreenedItem.goods("610910", "US"), List.of(input(0, COTTON, "CN")));

        assertThat(r.clears()).isTrue();
    }
}
