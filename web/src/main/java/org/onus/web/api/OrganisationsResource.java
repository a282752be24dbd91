package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Role;
import org.onus.core.organisation.Organisation;
import org.onus.core.organisation.OrganisationService;

@Path("api/v1/organisations")
@RequestScoped
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
@Tag(name = "Organisations")
public class OrganisationsResource {

    @Inject
    OrganisationService organisations;

    /** An importer organisation as registered in the portal. */
    @Schema(requiredProperties = {"code", "registeredAt"})
    public record OrganisationView(String code, String name, Instant registeredAt, String registeredBy) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.code().value(), o.name(), o.registeredAt(), o.registeredBy());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Importer organisations registered so far (admin, auditor)",
            description = "An organisation is registered the first time one of its members uses the portal.")
    @APIResponse(responseCode = "200", description = "The organisations")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<OrganisationView> all() {
        return organisations.all().stream().map(OrganisationView::of).toList();
    }

    @Schema(requiredProperties = {"name"})
    public record NameBody(String name) {}

    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an organisation its name (admin); the code comes from members' tokens")
    @APIResponse(responseCode = "200", description = "The organisation with its new name")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public OrganisationView rename(@jakarta.ws.rs.PathParam("code") String code, NameBody body) {
        return OrganisationView.of(
                organisations.rename(currentUser.require(), code, body == null ? null : body.name()));
    }

    @Inject
    org.onus.web.security.CurrentUser currentUser;
}
