package org.onus.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Letters exist in the six UN languages, key for key, and read correctly in each. */
class LettersTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");

    @Test
    void everyLanguageHasExactlyTheEnglishLettersWithTheSamePlaceholders() throws IOException {
        Properties english = load("en");
        assertThat(english.stringPropertyNames()).isNotEmpty();
        for (String language : Letters.LANGUAGES) {
            Properties translated = load(language);
            assertThat(translated.stringPropertyNames())
                    .as("letters in %s", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(translated.getProperty(key).strip())
                        .as("%s in %s", key, language)
                        .isNotEmpty();
                assertThat(placeholders(translated.getProperty(key)))
                        .as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
            assertThat(ESCAPE.matcher(Files.readString(file(language), StandardCharsets.UTF_8))
                            .find())
                    .as("letters_%s is written with real characters", language)
                    .isFalse();
        }
    }

    @Test
    void aFrenchLetterKeepsItsApostrophesAndFillsEveryArgument() {
        String body = Letters.text(
                Locale.FRENCH,
                "letter.confiscated.body",
                "E-42",
                "Cotton T-shirts",
                "No rebuttal was filed",
                Letters.day(Locale.FRENCH, LocalDate.parse("2027-06-27")));

        assertThat(body)
                .contains("E-42", "Cotton T-shirts", "No rebuttal was filed", "27 juin 2027", "jusqu'au")
                .doesNotContain("{", "''");
    }

    @Test
    void aLanguageOutsideTheSixFallsBackToEnglish() {
        assertThat(Letters.locale("de")).isEqualTo(Locale.ENGLISH);
        assertThat(Letters.locale(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Letters.text(Letters.locale("de"), "letter.protest-deemed-denied.subject", "E-1"))
                .isEqualTo("Protest deemed denied: entry E-1");
    }

    @Test
    void chineseAndArabicLettersAreWrittenInTheirScript() {
        assertThat(Letters.text(Letters.locale("zh"), "letter.notice.subject", "E-7"))
                .isEqualTo("扣留通知：报关单 E-7");
        assertThat(Letters.text(Letters.locale("ar"), "letter.notice.subject", "E-7"))
                .startsWith("إشعار احتجاز")
                .endsWith("E-7");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Path file(String language) {
        return Path.of(
                "src/main/resources/i18n/letters" + (language.equals("en") ? "" : "_" + language) + ".properties");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file(language))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
