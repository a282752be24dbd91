package org.onus.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.organisation.OrganisationService;
import org.onus.web.security.CurrentUser;

@RequestScoped
@Path("api/v1/me")
@Tag(name = "Who am I")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationService organisations;

    /**
     * The caller as the portal sees them.
     *
     * @param username the login name
     * @param name the person's full name
     * @param roles realm roles known to Onus, including those a senior role implies
     * @param organization the organisation code from the token; absent for people outside one
     */
    @Schema(requiredProperties = {"username", "name", "roles"})
    public record Me(String username, String name, List<String> roles, String organization) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The caller's user name, name, roles and organisation",
            description = "Registers the caller's organisation the first time one of its members calls the portal.")
    @APIResponse(responseCode = "200", description = "The caller")
    public Me me() {
        Actor actor = currentUser.require();
        organisations.registerOnFirstUse(actor);
        return new Me(
                actor.username(),
                actor.displayName(),
                actor.roles().stream().map(Role::realmName).sorted().toList(),
                actor.organisationCode().orElse(null));
    }
}
