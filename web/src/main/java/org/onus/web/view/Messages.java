package org.onus.web.view;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The portal's texts: several bundles under {@code i18n/} (UTF-8 properties), one per area so that
 * each area's pages and their translations travel together. A key is looked up in every bundle in
 * {@link #BUNDLES} order; a language without the key falls back to English, never to the server's
 * own default locale.
 */
public final class Messages {

    /** Base names below {@code i18n/}; each has {@code _ar, _es, _fr, _ru, _zh} beside its English file. */
    public static final List<String> BUNDLES = List.of(
            "messages",
            "entries",
            "cases",
            "queue",
            "designations",
            "upr",
            "documents",
            "retention",
            "statistics",
            "decisions",
            "feed",
            "submissions",
            "brokers",
            "screeningcheck",
            "massbalance",
            "supplychain",
            "entities");

    /** The six official languages of the United Nations, in the order the switcher lists them. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The pattern for {@code key} in {@code locale}, or English when that language lacks it. */
    public static Optional<String> pattern(Locale locale, String key) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** The text for {@code key} with its arguments, or the key itself in {@code ??} when none exists. */
    public static String text(Locale locale, String key, Object... arguments) {
        return pattern(locale, key)
                .map(p ->
                        arguments == null || arguments.length == 0 ? p : new MessageFormat(p, locale).format(arguments))
                .orElse("??" + key + "??");
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n." + name, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
