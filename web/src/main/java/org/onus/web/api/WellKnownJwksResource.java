package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.feed.FeedService;

/** The designation feed's public keys at the well-known address verifiers look for. */
@Path(".well-known/jwks.json")
@RequestScoped
@Tag(name = "Designations")
public class WellKnownJwksResource {

    @Inject
    FeedService feed;

    @GET
    @PermitAll
    @Produces({DesignationFeedResource.JWKS, MediaType.APPLICATION_JSON})
    @Operation(summary = "The public keys that sign the designation feed, as a JWKS (public)")
    @APIResponse(
            responseCode = "200",
            description = "The JWKS: current and retired keys, each with its kid",
            content = {
                @Content(mediaType = DesignationFeedResource.JWKS, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response jwks() {
        return DesignationFeedResource.jwksResponse(feed);
    }
}
