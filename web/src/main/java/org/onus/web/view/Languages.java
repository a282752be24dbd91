package org.onus.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.web.security.CurrentUser;

/**
 * The languages the portal is offered in and the choice for a request. In order: the person's own
 * choice from the language switcher (a cookie), the locale of their Keycloak account, the browser's
 * {@code Accept-Language}, and English.
 */
@ApplicationScoped
public class Languages {

    /** The cookie that keeps the switcher's choice. */
    public static final String COOKIE = "onus_lang";

    @Inject
    @ConfigProperty(name = "onus.ui.languages", defaultValue = "ar,zh,en,fr,ru,es")
    String configured;

    public List<Locale> supported() {
        return parse(configured);
    }

    static List<Locale> parse(String configured) {
        return Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Locale::forLanguageTag)
                .toList();
    }

    /** The offered language for a tag such as {@code fr} or {@code zh-CN}, if it is offered. */
    public Optional<Locale> offered(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return supported().stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }

    public Locale choose(HttpServletRequest request) {
        if (request == null) {
            return choose(supported(), List.of());
        }
        List<Locale> preferred = new ArrayList<>();
        cookie(request).map(Locale::forLanguageTag).ifPresent(preferred::add);
        CurrentUser.accountLocale(request.getUserPrincipal())
                .filter(account -> !account.isBlank())
                .ifPresent(account -> preferred.add(Locale.forLanguageTag(account.replace('_', '-'))));
        // Without an Accept-Language header the container reports its own default; that is no preference.
        if (request.getHeader("Accept-Language") != null) {
            preferred.addAll(Collections.list(request.getLocales()));
        }
        return choose(supported(), preferred);
    }

    static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v != null && v.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*"))
                .findFirst();
    }

    static Locale choose(List<Locale> supported, List<Locale> preferred) {
        for (Locale wanted : preferred) {
            for (Locale offered : supported) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return supported.stream()
                .filter(l -> l.getLanguage().equals("en"))
                .findFirst()
                .orElse(supported.isEmpty() ? Locale.ENGLISH : supported.get(0));
    }

    /** Arabic (and any other right-to-left script the portal may offer later) is laid out mirrored. */
    public static boolean rightToLeft(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar", "he", "fa", "ur" -> true;
            default -> false;
        };
    }

    /** The language's own name, as the switcher shows it. */
    public static String endonym(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> "العربية";
            case "zh" -> "中文";
            case "en" -> "English";
            case "fr" -> "Français";
            case "ru" -> "Русский";
            case "es" -> "Español";
            default -> locale.getDisplayLanguage(locale);
        };
    }
}
