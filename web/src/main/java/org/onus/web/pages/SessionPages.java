package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.OidcSettings;
import org.onus.web.view.View;

/** Signing out: ends the portal session and the identity provider's session. */
@RequestScoped
@Path("/")
public class SessionPages {

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /**
     * A POST (with the CSRF token), so that no other site can sign people out with a link. Leads
     * through Keycloak's end-session endpoint, which ends the single sign-on session too, back to
     * the signed-out page.
     */
    @POST
    @Path("logout")
    public Response logout() throws ServletException {
        Optional<String> idToken = currentUser.idToken();
        OidcSettings oidc = OidcSettings.fromConfig();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        URI signedOut = uriInfo.getBaseUriBuilder().path("signed-out").build();
        UriBuilder endSession = UriBuilder.fromUri(oidc.logoutEndpoint())
                .queryParam("client_id", oidc.clientId())
                .queryParam("post_logout_redirect_uri", signedOut.toString());
        idToken.ifPresent(token -> endSession.queryParam("id_token_hint", token));
        return Response.seeOther(endSession.build()).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View signedOut() {
        return View.of("public/signed-out");
    }
}
