package org.onus.it.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The English sentences of the portal's bundles, to find pages in another language that still show
 * one: a template's hard-coded text or a key missing from a translation. A sentence counts when it
 * has at least three words; a translation that keeps the English wording (a name, a code) is not a
 * finding.
 */
final class EnglishTexts {

    /** The bundles in the source tree; the integration tests run in the ear module. */
    static final Path BUNDLES = Path.of("../web/src/main/resources/i18n");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    record Sentence(String key, String text) {}

    private final List<Sentence> sentences = new ArrayList<>();
    /** language → key → translated text */
    private final Map<String, Map<String, String>> translations = new HashMap<>();

    static EnglishTexts load() {
        EnglishTexts texts = new EnglishTexts();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                int underscore = name.indexOf('_');
                Properties p = read(file);
                if (underscore < 0) {
                    for (String key : p.stringPropertyNames()) {
                        for (String fragment : fragments(p.getProperty(key))) {
                            texts.sentences.add(new Sentence(key, fragment));
                        }
                    }
                } else {
                    Map<String, String> language =
                            texts.translations.computeIfAbsent(name.substring(underscore + 1), l -> new HashMap<>());
                    p.stringPropertyNames().forEach(k -> language.put(k, unquote(p.getProperty(k))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** English sentences of the bundles shown on {@code page}, which is in {@code language}. */
    List<String> foundIn(Document page, String language) {
        String text = visibleText(page, language);
        Map<String, String> translated = translations.getOrDefault(language, Map.of());
        List<String> found = new ArrayList<>();
        for (Sentence s : sentences) {
            if (text.contains(s.text()) && !translated.getOrDefault(s.key(), "").contains(s.text())) {
                found.add("\"" + s.text() + "\" (" + s.key() + ")");
                if (found.size() == 5) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * What a reader sees or hears: the text and the accessible names, without parts marked as
     * another language (the language switcher names each language in itself, data may be marked).
     */
    static String visibleText(Document page, String language) {
        Document copy = page.clone();
        copy.select("script, style, template, noscript").remove();
        for (Element marked : copy.select("[lang]:not(html)")) {
            if (!marked.attr("lang").toLowerCase(Locale.ROOT).startsWith(language)) {
                marked.remove();
            }
        }
        StringBuilder text = new StringBuilder(copy.text());
        for (Element e : copy.select("[aria-label], [title], [placeholder], img[alt]")) {
            for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
                if (e.hasAttr(attribute)) {
                    text.append(' ').append(e.attr(attribute));
                }
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    static List<String> fragments(String pattern) {
        List<String> out = new ArrayList<>();
        for (String part : PLACEHOLDER.split(unquote(pattern))) {
            String fragment = part.strip().replaceAll("\\s+", " ");
            if (WORD.matcher(fragment).results().count() >= 3) {
                out.add(fragment);
            }
        }
        return out;
    }

    private static String unquote(String pattern) {
        return pattern.replace("''", "'");
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
