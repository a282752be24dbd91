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

    /**
     * An importer organisation as registered in the portal, with the language (ar, en, es, fr, ru,
     * zh) its letters and e-mails about detention cases are written in.
     */
    @Schema(requiredProperties = {"code", "registeredAt", "preferredLanguage"})
    public record OrganisationView(
            String code,
            String name,
            Instant registeredAt,
            String registeredBy,
            String preferredLanguage,

            @Schema(
                    description = "IMPORTER, or BROKER: a customs broker files for importers that" + " delegated it",
                    enumeration = {"IMPORTER", "BROKER"})
            String kind) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(
                    o.code().value(),
                    o.name(),
                    o.registeredAt(),
                    o.registeredBy(),
                    o.preferredLanguage(),
                    o.kind().name());
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

    /**
     * What an administrator changes: the name, the letters' language, or both. A field left out
     * stays as it is; a body with neither is refused like an empty name.
     */
    @Schema(description = "At least one of name and preferredLanguage")
    public record NameBody(String name, String preferredLanguage) {}

    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give an organisation its name or the language of its letters (admin)",
            description = "The code comes from members' tokens. preferredLanguage is one of ar, en, es, fr, ru, zh"
                    + " (default en): letters and e-mails about the organisation's detention cases are written in it."
                    + " A field left out is not changed.")
    @APIResponse(responseCode = "200", description = "The organisation with its new name")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public OrganisationView rename(@jakarta.ws.rs.PathParam("code") String code, NameBody body) {
        org.onus.core.identity.Actor actor = currentUser.require();
        boolean languageOnly = body != null && body.name() == null && body.preferredLanguage() != null;
        Organisation o = languageOnly ? null : organisations.rename(actor, code, body == null ? null : body.name());
        if (body != null && body.preferredLanguage() != null) {
            o = organisations.setPreferredLanguage(actor, code, body.preferredLanguage());
        }
        return OrganisationView.of(o);
    }

    @Inject
    org.onus.web.security.CurrentUser currentUser;
}
