package org.onus.core.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of letters and e-mails sent to importers, in the six UN languages. They live in core
 * ({@code i18n/letters*.properties}) because the process timers send letters with no web request
 * and core cannot see the portal's bundles. Every text takes arguments, so each is a
 * {@link MessageFormat} pattern; a language without a text falls back to English.
 */
public final class Letters {

    /** The languages letters are written in; English is the base. */
    public static final List<String> LANGUAGES = List.of("ar", "en", "es", "fr", "ru", "zh");

    static final String BUNDLE = "i18n.letters";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Letters() {}

    /** The locale for a language code; English for anything that is not one of {@link #LANGUAGES}. */
    public static Locale locale(String language) {
        return language != null && LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    /** The text for {@code key} in {@code locale} with its arguments; English when the language lacks it. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = pattern(locale, key);
        return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
    }

    /** A day as people write it in the language: "28 December 2026", "28 décembre 2026", "2026年12月28日". */
    public static String day(Locale locale, LocalDate day) {
        if (day == null) {
            return "";
        }
        // English as the portal writes it (day first), not the American "December 28, 2026".
        DateTimeFormatter format = locale.getLanguage().equals("en")
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return format.format(day);
    }

    private static String pattern(Locale locale, String key) {
        for (Locale l : List.of(locale, Locale.ROOT)) {
            try {
                ResourceBundle bundle =
                        ResourceBundle.getBundle(BUNDLE, l, Letters.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // try the next
            }
        }
        throw new IllegalArgumentException("No letter text " + key);
    }
}
