package org.onus.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses any request with an {@code access_token} query parameter: tokens in URLs end up in
 * browser history, proxy and server logs and {@code Referer} headers. The OpenID Connect client is
 * told to ignore such parameters ({@link OnusOidcConfigResolver}), so they never authenticate; this
 * filter makes the mistake visible instead of silently serving the request anonymously. The API
 * answers 400 problem JSON, pages the portal's 400 page.
 */
@WebFilter(filterName = "token-in-query", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class TokenInQueryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "access_token";
    static final String DETAIL =
            "Access tokens are not accepted in the URL; send the token in the Authorization header (Bearer).";
    /** RFC 9457, as {@code org.onus.web.api.Problem} writes it (not used here: no package cycle). */
    static final String PROBLEM =
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + DETAIL + "\"}";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasTokenParameter(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OnusOidcConfigResolver.isApi(path)) {
            response.setStatus(400);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("application/problem+json");
            response.getWriter().write(PROBLEM);
        } else {
            response.sendError(400, DETAIL);
        }
    }

    static boolean hasTokenParameter(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (PARAMETER.equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                if (name.contains(PARAMETER)) {
                    return true;
                }
            }
        }
        return false;
    }
}
