package org.onus.web.view;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The language switcher: any page address with {@code ?lang=fr} keeps that choice in a cookie for a
 * year and answers with a redirect to the same address without the parameter, so the address a
 * person shares or bookmarks carries no language. An unknown language is ignored, not an error.
 * The API is left alone: its answers are data, not text for people.
 */
@WebFilter(filterName = "language-switch", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageSwitch extends HttpFilter {

    static final String PARAMETER = "lang";
    static final int MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    @Inject
    Languages languages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod())
                || query == null
                || !query.contains(PARAMETER + "=")
                || request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        String wanted = null;
        StringJoiner rest = new StringJoiner("&");
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                wanted = URLDecoder.decode(pair.substring(PARAMETER.length() + 1), StandardCharsets.UTF_8);
            } else if (!pair.isEmpty()) {
                rest.add(pair);
            }
        }
        Optional<Locale> chosen = languages.offered(wanted);
        if (chosen.isPresent()) {
            Cookie cookie = new Cookie(Languages.COOKIE, chosen.get().toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(MAX_AGE);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        // "//host" would leave the portal: a redirect stays on the path it came from.
        String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
        String target = path + (rest.length() == 0 ? "" : "?" + rest);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
        response.setHeader("Cache-Control", "no-store");
    }

    /** The address of the current page with the language parameter, for the switcher's links. */
    public static String link(String path, String query, Locale locale) {
        StringJoiner params = new StringJoiner("&");
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(PARAMETER + "=")) {
                    params.add(pair);
                }
            }
        }
        params.add(PARAMETER + "=" + URLEncoder.encode(locale.toLanguageTag(), StandardCharsets.UTF_8));
        return path + "?" + params;
    }
}
