package org.onus.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Gives a session a new id the first time it is seen signed in (and whenever the signed-in user
 * changes), so that a session id planted in a browser before sign-in (session fixation) never
 * becomes the signed-in session. WildFly's OpenID Connect client keeps the signed-in account in
 * the session's attributes, which {@link HttpServletRequest#changeSessionId()} keeps: only the id
 * changes, and the new one is sent in a fresh {@code Set-Cookie}.
 */
@WebFilter(filterName = "session-renewal", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionRenewalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The name of the user the session's current id was issued to. */
    static final String SIGNED_IN_AS = SessionRenewalFilter.class.getName() + ".signedInAs";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && !user.getName().equals(session.getAttribute(SIGNED_IN_AS))) {
            request.changeSessionId();
            session.setAttribute(SIGNED_IN_AS, user.getName());
        }
        chain.doFilter(request, response);
    }
}
