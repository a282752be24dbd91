package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.ListedProducer;

class ProducerNamesTest {

    @Test
    void theFastPathNormalisesExactlyAsListingsDo() {
        String[] words = {
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
        String[] gaps = {" ", "  ", ", ", ",", "\t", "-", "/", "_", "."};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            int count = 1 + random.nextInt(6);
            if (random.nextInt(5) == 0) {
                name.append(gaps[random.nextInt(gaps.length)]);
            }
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    name.append(gaps[random.nextInt(gaps.length)]);
                }
                name.append(words[random.nextInt(words.length)]);
            }
            String s = name.toString();
            assertThat(ProducerNames.normalise(s)).as(s).isEqualTo(ListedProducer.normalise(s));
            assertThat(ProducerNames.hashOfNormalised(s))
                    .as(s)
                    .isEqualTo(ListedProducer.normalise(s).hashCode() & 0xFFFF_FFFFL);
        }
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
