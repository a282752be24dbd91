package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.EntityAddress;
import org.onus.core.designation.ListedProducer;
import org.onus.core.designation.RegistrationNumber;

/** Matching a declared producer against listings by name, alias, former name and registration number. */
class EntityMatchingTest {

    private static final LocalDate DAY = Fixtures.FROM.plusDays(10);
    private static final String USCC = "91650100MA775X1234";

    private static final ListedProducer HUAFU = new ListedProducer(
            "Xinjiang Huafu Textile Co., Ltd.",
            null,
            List.of("Huafu Cotton Xinjiang", "新疆华孚纺织有限公司"),
            List.of("Sinkiang Shihezi Cotton Mill"),
            List.of(new RegistrationNumber("USCC", USCC)),
            List.of(new EntityAddress("No. 1 Cotton Road, Aksu", "652900")));

    /** An entity-list designation whose scope does not cover the goods: only the listing can catch them. */
    private static ScreeningIndex index() {
        return Fixtures.index(Fixtures.listing(Fixtures.rule("Tibet wool", Set.of("540000"), Set.of("5101")), HUAFU));
    }

    private static Match only(ScreenedItem item) {
        List<Match> matches = index().screen(DAY, List.of(item));
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }

    @Test
    void anAliasAFormerNameAndTheNameEachMatchAndSayWhatMatched() {
        Match alias = only(new ScreenedItem(0, 1, "5201", "320000", "HUAFU COTTON (XINJIANG) LIMITED"));
        assertThat(alias.reason()).isEqualTo(Match.LISTED_PRODUCER);
        assertThat(alias.producer()).isEqualTo("Xinjiang Huafu Textile Co., Ltd.");
        assertThat(alias.producerMatchOn()).isEqualTo(Match.ON_ALIAS);
        assertThat(alias.producerMatchValue()).isEqualTo("Huafu Cotton Xinjiang");

        Match former = only(new ScreenedItem(0, 1, "5201", "320000", "Xinjiang Shihezi Cotton Mill Co"));
        assertThat(former.producerMatchOn()).isEqualTo(Match.ON_FORMER_NAME);

        Match name = only(new ScreenedItem(0, 1, "5201", "320000", "xinjiang  huafu textile"));
        assertThat(name.producerMatchOn()).isEqualTo(Match.ON_NAME);

        Match chinese = only(new ScreenedItem(0, 1, "5201", "320000", "新疆华孚纺织股份有限公司"));
        assertThat(chinese.producerMatchOn()).isEqualTo(Match.ON_ALIAS);
    }

    @Test
    void aRegistrationNumberMatchesExactlyAndWinsOverTheName() {
        Match m = only(new ScreenedItem(0, 1, "5201", "320000", "Some Other Trading", "9165-0100 ma77 5x1234"));
        assertThat(m.producerMatchOn()).isEqualTo(Match.ON_REGISTRATION_NUMBER);
        assertThat(m.producerMatchValue()).isEqualTo("USCC " + USCC);

        // One character off is another company, whatever the name says... unless the name is listed.
        assertThat(index().screen(DAY, List.of(new ScreenedItem(0, 1, "5201", "320000", "Other", USCC + "5"))))
                .isEmpty();
        Match byName = only(new ScreenedItem(0, 1, "5201", "320000", "Xinjiang Huafu Textile", "91650100MA775X9999"));
        assertThat(byName.producerMatchOn()).isEqualTo(Match.ON_NAME);
    }

    @Test
    void normalisationDropsLegalFormsWidthAndTransliterationVariants() {
        assertThat(ListedProducer.normalise("Sinkiang Urumchi Cotton AG")).isEqualTo("xinjiang urumqi cotton");
        assertThat(ListedProducer.normalise("ＨＯＳＨＩＮＥ　Ｓｉｌｉｃｏｎ")).isEqualTo("hoshine silicon");
        assertThat(ListedProducer.normalise("合盛硅业股份有限公司")).isEqualTo("合盛硅业");
        assertThat(ProducerNames.normalise("Khotan Intl Mfg. Co., Ltd."))
                .isEqualTo(ListedProducer.normalise("Khotan Intl Mfg. Co., Ltd."))
                .isEqualTo("hotan international manufacturing");
        assertThat(RegistrationNumber.normalise(" ９１６５-0100 ma775x1234 ")).isEqualTo(USCC);
    }

    @Property(tries = 300)
    void aRegistrationNumberMatchIgnoresTheName(
            @ForAll @StringLength(max = 40) String declaredName, @ForAll("formatted") String number) {
        List<Match> matches =
                index().screen(DAY, List.of(new ScreenedItem(0, 1, "5201", "320000", declaredName, number)));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.producerMatchOn()).isEqualTo(Match.ON_REGISTRATION_NUMBER);
            assertThat(m.producer()).isEqualTo(HUAFU.name());
        });
    }

    /** The listed USCC, written with spaces and hyphens anywhere and in any case. */
    @Provide
    Arbitrary<String> formatted() {
        Arbitrary<String> separators = Arbitraries.of("", "", " ", "-", " - ", "  ");
        return Combinators.combine(separators.list().ofSize(USCC.length()), Arbitraries.of(true, false))
                .as((gaps, lower) -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < USCC.length(); i++) {
                        s.append(gaps.get(i)).append(USCC.charAt(i));
                    }
                    return lower ? s.toString().toLowerCase() : s.toString();
                });
    }

    @Property(tries = 300)
    void aliasEquivalenceIsSymmetricWithNormalisation(
            @ForAll("names") String a, @ForAll("names") String b, @ForAll("decorations") String decoration) {
        // A listing named a with alias b catches b as declared; one named b with alias a catches a.
        ListedProducer ab = new ListedProducer(a, null, List.of(b), List.of(), List.of(), List.of());
        ListedProducer ba = new ListedProducer(b, null, List.of(a), List.of(), List.of(), List.of());
        boolean abCatchesB = catches(ab, decorate(b, decoration));
        boolean baCatchesA = catches(ba, decorate(a, decoration));
        assertThat(abCatchesB).isEqualTo(baCatchesA);
        assertThat(abCatchesB).isEqualTo(!ListedProducer.normalise(b).isEmpty());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Hoshine Silicon", "Xinjiang Huafu", "Sinkiang Cotton", "Aksu Tech", "Lop County No. 1")
                .flatMap(base -> Arbitraries.strings()
                        .alpha()
                        .ofMaxLength(6)
                        .map(extra -> extra.isEmpty() ? base : base + " " + extra));
    }

    @Provide
    Arbitrary<String> decorations() {
        return Arbitraries.of("", " Co., Ltd.", " LIMITED", " (Group) Inc", " gmbh");
    }

    private static String decorate(String name, String decoration) {
        return name.toUpperCase() + decoration;
    }

    private static boolean catches(ListedProducer listing, String declared) {
        ScreeningIndex idx = Fixtures.index(
                Fixtures.listing(Fixtures.rule("Tibet wool", Set.of("540000"), Set.of("5101")), listing));
        return !idx.screen(DAY, List.of(new ScreenedItem(0, 1, "5201", "320000", declared)))
                .isEmpty();
    }

    @Property(tries = 200)
    void theFastPathAgreesWithListingsOnAnyAsciiName(
            @ForAll @AlphaChars @StringLength(max = 30) String word, @ForAll("decorations") String decoration) {
        String s = "Sinkiang " + word + " tech" + decoration;
        assertThat(ProducerNames.normalise(s)).isEqualTo(ListedProducer.normalise(s));
        assertThat(ProducerNames.hashOfNormalised(s))
                .isEqualTo(ListedProducer.normalise(s).hashCode() & 0xFFFF_FFFFL);
    }
}
