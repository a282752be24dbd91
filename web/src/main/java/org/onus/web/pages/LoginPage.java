package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

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

    /** Public: remembers where to go, then asks for the protected address below. */
    @GET
    @PermitAll
    public Response login(@QueryParam("next") String next) {
        request.getSession(true).setAttribute(NEXT, safe(next));
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

    /** Only paths of this site: no other host, no scheme, no protocol-relative trick. */
    static String safe(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.startsWith("/login")
                || next.contains("\r")
                || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
