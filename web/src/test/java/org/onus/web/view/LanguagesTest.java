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
        assertThat(Languages.choose(List.of(Locale.FRENCH, Locale.ENGLISH), List.of()))
                .as("English when nothing is preferred, wherever it is listed")
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.parse("ar,zh,en,fr,ru,es"))
                .extracting(Locale::getLanguage)
                .containsExactly("ar", "zh", "en", "fr", "ru", "es");
        assertThat(Languages.rightToLeft(Locale.forLanguageTag("ar"))).isTrue();
        assertThat(Languages.rightToLeft(Locale.CHINESE)).isFalse();
        assertThat(Languages.choose(List.of(Locale.ENGLISH), List.of(Locale.FRENCH)))
                .isEqualTo(Locale.ENGLISH);
    }
}
