package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.onus.core.identity.Role;
import org.onus.core.organisation.OrganisationService;
import org.onus.web.view.View;

/** Administrators and auditors see which importer organisations use the portal. */
@Path("admin/organisations")
@RequestScoped
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class OrganisationsPage {

    @Inject
    OrganisationService organisations;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        return view(org.onus.web.view.Form.empty(), null);
    }

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public jakarta.ws.rs.core.Response rename(@jakarta.ws.rs.PathParam("code") String code) {
        String name = request.getParameter("name");
        try {
            organisations.rename(currentUser.require(), code, name);
            flash.add(org.onus.web.view.Flash.Level.SUCCESS, "organisations.renamed", code);
            return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/admin/organisations"))
                    .build();
        } catch (org.onus.core.problem.InvalidInputException refused) {
            return jakarta.ws.rs.core.Response.status(400)
                    .entity(view(
                            org.onus.web.view.Form.of(java.util.Map.of("name", name == null ? "" : name))
                                    .withProblems(refused.problems()),
                            code))
                    .build();
        }
    }

    private View view(org.onus.web.view.Form form, String editing) {
        return View.of("admin/organisations")
                .with("organisations", organisations.all())
                .with("canRename", currentUser.require().has(Role.ADMIN))
                .with("form", form)
                .with("editing", editing);
    }

    @Inject
    org.onus.web.security.CurrentUser currentUser;

    @Inject
    org.onus.web.view.Flash flash;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;
}
