package org.onus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signing in from a public page: this address is protected, so reaching it goes through the
 * identity provider's login; afterwards the person is sent back to where they were.
 */
@Path("login")
@RequestScoped
public class LoginPage {

    @GET
    public Response login(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(safe(next))).build();
    }

    /** Only paths of this site: no other host, no scheme, no protocol-relative trick. */
    static String safe(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.contains("\r")
                || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
