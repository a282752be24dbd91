package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.ListedProducer;

class ProducerNamesTest {

    private static final String[] WORDS = {
        "Xinjiang",
        "HUAFU",
        "co",
        "Co.",
        "Ltd",
        "LIMITED",
        "Company",
        "corp",
        "inc",
        "llc",
        "plc",
        "GmbH",
        "sa",
        "S.A.",
        "group",
        "Holding",
        "holdings",
        "cotton",
        "Textile",
        "No.1",
        "8th",
        "co-op",
        "Sa",
        "Ltd.",
        "(Group)",
        "_",
        "&",
        "-",
        "companyx",
        "xco",
        // spelling variants (folded into the hash token by token) and a token longer than the
        // table of powers of 31
        "Sinkiang",
        "KHOTAN",
        "tech",
        "Mfg.",
        "wulumuqi",
        "Urumchi",
        "sci",
        "techs",
        "Pneumonoultramicroscopicsilicovolcanoconiosis" + "Supercalifragilisticexpialidocious" + "x"
    };
    private static final String[] GAPS = {" ", "  ", ", ", ",", "\t", "-", "/", "_", "."};

    @Test
    void theFastPathNormalisesExactlyAsListingsDo() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String s = name(random);
            assertThat(ProducerNames.normalise(s)).as(s).isEqualTo(ListedProducer.normalise(s));
            assertThat(ProducerNames.hashOfNormalised(s))
                    .as(s)
                    .isEqualTo(ListedProducer.normalise(s).hashCode() & 0xFFFF_FFFFL);
        }
    }

    @Test
    void aWordInNoListedNameRulesANameOutAndNoListedNameIsRuledOut() {
        Random random = new Random(7);
        Set<String> listed = new HashSet<>();
        for (int n = 0; n < 40; n++) {
            listed.add(ListedProducer.normalise(name(random)));
        }
        listed.add("xinjiang hotan cotton");
        listed.add("新疆华孚");
        ProducerNames.Tokens tokens = new ProducerNames.Tokens(listed);
        int ruledOut = 0;
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = n == 0
                    ? "Sinkiang KHOTAN Cotton Co"
                    : random.nextBoolean() ? name(random) : name(random) + " Trading " + random.nextInt(100);
            String normalised = ListedProducer.normalise(s);
            long hash = ProducerNames.hashOfNormalised(s, tokens);
            if (hash == ProducerNames.NOT_LISTED) {
                assertThat(listed).as(s).doesNotContain(normalised);
                ruledOut++;
            } else if (hash != -1) {
                assertThat(hash).as(s).isEqualTo(normalised.hashCode() & 0xFFFF_FFFFL);
                found += listed.contains(normalised) ? 1 : 0;
            }
        }
        assertThat(ruledOut).isGreaterThan(1_000);
        assertThat(found).isGreaterThan(1);
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int count = 1 + random.nextInt(6);
        if (random.nextInt(5) == 0) {
            name.append(GAPS[random.nextInt(GAPS.length)]);
        }
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                name.append(GAPS[random.nextInt(GAPS.length)]);
            }
            name.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return name.toString();
    }

    @Test
    void otherScriptsAndAccentsTakeTheFullPath() {
        for (String s : new String[] {"新疆华孚 Co., Ltd.", "Société Générale SA", "Ürümqi Cotton Ltd", "", "  "}) {
            assertThat(ProducerNames.normalise(s)).isEqualTo(ListedProducer.normalise(s));
        }
        assertThat(ProducerNames.hashOfNormalised("新疆华孚")).isEqualTo(-1);
        assertThat(ProducerNames.normalise(null)).isEmpty();
        assertThat(ProducerNames.normalise("Xinjiang Huafu Co., Ltd.")).isEqualTo("xinjiang huafu");
    }
}
