package org.onus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that make the browser's defaults safe for a case-management portal: only our own scripts
 * and styles (every asset is served by the portal itself), no framing, no MIME sniffing, no
 * referrers to other sites, and no caching of pages that show case data.
 */
@WebFilter(
        filterName = "security-headers",
        urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private String contentSecurityPolicy;

    @Override
    public void init() {
        // Forms post to the portal, whose sign-out then redirects to the identity provider.
        contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + OidcSettings.fromConfig().providerOrigin();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/webjars/")) {
            // Versioned paths: the content behind a URL never changes.
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else if (path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=3600");
        } else if (path.equals("/api/v1/designations") || path.startsWith("/api/v1/designation-list/versions")) {
            // The public list: the resource sets its own caching with ETag and Last-Modified, so
            // that importers' systems can poll it cheaply.
        } else {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
