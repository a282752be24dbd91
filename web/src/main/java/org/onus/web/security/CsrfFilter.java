package org.onus.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Refuses state-changing page requests (POST, PUT, PATCH, DELETE) that do not carry the session's
 * CSRF token. The API is exempt: it authenticates with bearer tokens, which a browser never sends
 * on its own, and ignores session cookies.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFilter implements ContainerRequestFilter {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    CsrfToken token;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE_METHODS.contains(context.getMethod())
                || isApi(context.getUriInfo().getPath())) {
            return;
        }
        String candidate = context.getHeaderString(CsrfToken.HEADER);
        if (candidate == null) {
            // Reads the urlencoded body through the servlet API; JAX-RS @FormParam still sees it.
            candidate = Uploads.parameter(request, CsrfToken.FIELD);
        }
        if (request.getSession(false) == null || !token.matches(candidate)) {
            throw new ForbiddenException(CsrfRejected.MESSAGE);
        }
    }

    static boolean isApi(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api") || p.startsWith("api/");
    }

    /** The reason shown when a form is refused, so the page can explain what to do. */
    public static final class CsrfRejected {
        public static final String MESSAGE = "csrf";

        private CsrfRejected() {}
    }
}
