package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;

/**
 * Signing in from a public page, then going back to where the person was. The address to return
 * to is kept in the session, not in the query: the OpenID Connect client sends Keycloak back to
 * the protected address without its query string.
 */
@Path("login")
@RequestScoped
public class LoginPage {

    static final String NEXT = "onus.login.next";

    @Context
    HttpServletRequest request;

    @Inject
    Languages languages;

    /** Public: remembers where to go, then asks for the protected address below. */
    @GET
    @PermitAll
    public Response login(@QueryParam("next") String next) {
        request.getSession(true).setAttribute(NEXT, safe(next, languages.choose(request)));
        return Response.seeOther(URI.create("/login/continue")).build();
    }

    /** Protected (web.xml): reached only once signed in. */
    @GET
    @Path("continue")
    public Response signedIn() {
        HttpSession session = request.getSession(false);
        Object next = session == null ? null : session.getAttribute(NEXT);
        if (session != null) {
            session.removeAttribute(NEXT);
        }
        return Response.seeOther(URI.create(next instanceof String path ? path : "/"))
                .build();
    }

    /**
     * Only paths of this site. No value, one of the signing-in addresses, or a well-formed address
     * elsewhere (another host, a scheme, {@code //host}) goes to the home page; a value no browser
     * would make from a link (control characters, a backslash, not a valid URI path) is refused
     * with 400, never passed on to the redirect (where it would fail as a 500).
     */
    static String safe(String next) {
        return safe(next, Locale.ENGLISH);
    }

    /** The same, refusing in the reader's language. */
    static String safe(String next, Locale locale) {
        if (next == null || next.isBlank()) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\\') {
                throw refused(locale);
            }
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            throw refused(locale);
        }
        if (uri.isAbsolute()
                || uri.getRawAuthority() != null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }

    private static InvalidInputException refused(Locale locale) {
        return InvalidInputException.of("next", Messages.text(locale, "login.next.invalid"));
    }
}
