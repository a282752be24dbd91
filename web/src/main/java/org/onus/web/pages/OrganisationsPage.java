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
        return View.of("admin/organisations").with("organisations", organisations.all());
    }
}
