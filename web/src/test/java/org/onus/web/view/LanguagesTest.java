package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void picksTheFirstPreferredLanguageOnOfferAndFallsBackToTheFirstOffered() {
        List<Locale> offered = List.of(Locale.ENGLISH, Locale.FRENCH);

        assertThat(Languages.choose(offered, List.of(Locale.forLanguageTag("fr-CA"), Locale.ENGLISH)))
                .isEqualTo(Locale.FRENCH);
        assertThat(Languages.choose(offered, List.of(Locale.CHINESE))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(List.of(Locale.ENGLISH), List.of(Locale.FRENCH)))
                .isEqualTo(Locale.ENGLISH);
    }
}
