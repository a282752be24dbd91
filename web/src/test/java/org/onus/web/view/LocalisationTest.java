package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Role;
import org.onus.web.errors.Failure;

/** English is complete; other bundles only translate keys English has. */
class LocalisationTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[(}]");

    @Test
    void everyMessageKeyATemplateNamesHasAnEnglishText() throws IOException {
        Properties english = english();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyBundleIsTranslatedIntoTheSixLanguagesKeyForKey() throws IOException {
        for (String name : Messages.BUNDLES) {
            if (!Files.exists(file(name, "en"))) {
                continue;
            }
            Properties base = bundle(name, "en");
            for (String language : Messages.LANGUAGES) {
                if (language.equals("en")) {
                    continue;
                }
                Properties translated = bundle(name, language);
                assertThat(translated.stringPropertyNames())
                        .as("keys of %s in %s", name, language)
                        .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
                for (String key : base.stringPropertyNames()) {
                    assertThat(translated.getProperty(key).strip())
                            .as("%s in %s", key, language)
                            .isNotEmpty();
                    assertThat(placeholders(translated.getProperty(key)))
                            .as("placeholders of %s in %s", key, language)
                            .isEqualTo(placeholders(base.getProperty(key)));
                }
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String name : Messages.BUNDLES) {
            if (Files.exists(file(name, "en"))) {
                for (String key : bundle(name, "en").stringPropertyNames()) {
                    assertThat(seen.add(key))
                            .as("%s is defined twice (again in %s)", key, name)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyLanguageOnOfferHasItsBundle() throws IOException {
        assertThat(Messages.LANGUAGES).containsExactlyInAnyOrder("ar", "en", "es", "fr", "ru", "zh");
        for (String language : Messages.LANGUAGES) {
            assertThat(file("messages", language)).exists();
        }
    }

    @Test
    void keysBuiltAtRunTimeHaveEnglishTextsToo() throws IOException {
        Properties english = english();
        for (Role role : Role.values()) {
            assertThat(english).containsKey("role." + role.realmName());
        }
        for (Flash.Level level : Flash.Level.values()) {
            assertThat(english).containsKey("flash.level." + level.name());
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 413, 415, 418, 500, 503}) {
            Failure failure = Failure.of(status);
            assertThat(english).containsKeys(failure.titleKey(), failure.messageKey());
        }
        for (Navigation.Item item : Navigation.forActor(
                java.util.Optional.of(org.onus.core.identity.Actor.of("a", "A", Set.of(Role.values()), null)),
                "http://localhost:8180/realms/onus")) {
            assertThat(english).containsKey(item.labelKey());
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Path file(String name, String language) {
        return Path.of(
                "src/main/resources/i18n/" + name + (language.equals("en") ? "" : "_" + language) + ".properties");
    }

    /** Every English text of every bundle, as one set of keys. */
    private static Properties english() throws IOException {
        Properties all = new Properties();
        for (String name : Messages.BUNDLES) {
            if (Files.exists(file(name, "en"))) {
                all.putAll(bundle(name, "en"));
            }
        }
        return all;
    }

    private static Properties bundle(String name, String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file(name, language))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
