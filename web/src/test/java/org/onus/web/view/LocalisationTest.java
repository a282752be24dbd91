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
        Properties english = bundle("");
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
    void keysBuiltAtRunTimeHaveEnglishTextsToo() throws IOException {
        Properties english = bundle("");
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

    @Test
    void translationsOnlyTranslateExistingKeys() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : new String[] {"fr", "zh"}) {
            assertThat(english).as(language).containsAll(bundle("_" + language).stringPropertyNames());
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/i18n/messages" + suffix + ".properties"))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
