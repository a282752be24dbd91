package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.feed.FeedService;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.web.http.ContentDisposition;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;

/**
 * The signed designation feed (docs/DESIGNATION-FEED.md): each list version as a JSON or CSV
 * document with a detached JWS (public), the authority's public keys, and — for regulators — other
 * authorities' keys and the import of their signed feeds as drafts.
 */
@Path("api/v1/designation-feed")
@RequestScoped
@Tag(name = "Designations")
public class DesignationFeedResource {

    static final String CSV = "text/csv";
    static final String JOSE = "application/jose";
    static final String JWKS = "application/jwk-set+json";
    /** The response header that carries the detached signature of the document in the body. */
    static final String SIGNATURE_HEADER = "Feed-Signature";

    @Inject
    FeedService feed;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** The multipart form of an import, for the API description only. */
    @Schema(
            name = "FeedImportForm",
            requiredProperties = {"authority", "document", "signature"})
    public record ImportForm(
            @Schema(description = "The registered authority's id")
            String authority,

            @Schema(
                    type = SchemaType.STRING,
                    format = "binary",
                    description = "The feed document (JSON), as downloaded")
            String document,

            @Schema(type = SchemaType.STRING, format = "binary", description = "Its detached signature (compact JWS)")
            String signature) {}

    @GET
    @Path("versions/{n}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "A list version as the signed feed document (public); Accept: text/csv or format=csv for CSV",
            description = "The body is the exact byte sequence that is signed; its detached JWS (RFC 7515 appendix F,"
                    + " RFC 7797 b64:false, kid in the header) is in the Feed-Signature header and at"
                    + " .../versions/{n}/signature. Keys: /.well-known/jwks.json. Schema: docs/DESIGNATION-FEED.md.")
    @APIResponse(
            responseCode = "200",
            description = "The document, as JSON or CSV",
            headers =
                    @Header(
                            name = SIGNATURE_HEADER,
                            description = "The detached JWS over the body",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response document(@PathParam("n") String n, @QueryParam("format") String format) {
        FeedService.Format f = format(format);
        int number = number(n);
        byte[] body = feed.document(number, f);
        String name = "designation-feed-v" + number + (f == FeedService.Format.CSV ? ".csv" : ".json");
        return Response.ok(body, f == FeedService.Format.CSV ? CSV + ";charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header(SIGNATURE_HEADER, feed.signature(number, f))
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .cacheControl(CacheControl.valueOf("public, max-age=3600"))
                .build();
    }

    @GET
    @Path("versions/{n}/signature")
    @PermitAll
    @Produces(JOSE)
    @Operation(
            summary = "The detached JWS of a list version's feed document (public); format=csv for the CSV's",
            description = "Compact serialisation with an empty payload part (header..signature). Check it with the"
                    + " document as downloaded: java -jar feed-verifier/target/feed-verifier.jar --jwks"
                    + " https://…/.well-known/jwks.json --signature feed.jws feed.json")
    @APIResponse(
            responseCode = "200",
            description = "The signature",
            content = @Content(mediaType = JOSE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response signature(@PathParam("n") String n, @QueryParam("format") String format) {
        FeedService.Format f = formatParam(format);
        int number = number(n);
        String name = "designation-feed-v" + number + (f == FeedService.Format.CSV ? ".csv" : ".json") + ".jws";
        return Response.ok(feed.signature(number, f), JOSE)
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .build();
    }

    @GET
    @Path("jwks")
    @PermitAll
    @Produces({JWKS, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The authority's public keys as a JWKS (public); also at /.well-known/jwks.json",
            description = "Every key that signed or signs the feed: a rotated key stays here so that older signatures"
                    + " still verify.")
    @APIResponse(
            responseCode = "200",
            description = "The JWKS",
            content = {
                @Content(mediaType = JWKS, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response jwks() {
        return jwksResponse(feed);
    }

    static Response jwksResponse(FeedService feed) {
        return Response.ok(feed.publicKeys().toString(true), JWKS)
                .cacheControl(CacheControl.valueOf("public, max-age=300"))
                .build();
    }

    // --- mutual recognition ------------------------------------------------------------------

    @GET
    @Path("authorities")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Other authorities whose feeds may be imported, with their key ids (regulators, auditors)")
    @APIResponse(responseCode = "200", description = "The registered authorities, by name")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public List<FeedViews.AuthorityView> authorities() {
        return feed.authorities(currentUser.require()).stream()
                .map(FeedViews::authority)
                .toList();
    }

    @POST
    @Path("authorities")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register another authority and its public key(s) (regulator; audited)",
            description = "jwks: a JWKS or a single JWK as a JSON string; private key parts are dropped; every key"
                    + " needs a kid. 409 when the name is taken.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers =
                    @Header(
                            name = "Location",
                            description = "The authority",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedViews.AuthorityView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response register(FeedViews.RegisterBody body) {
        if (body == null) {
            throw InvalidInputException.of("name", "Send {name, jwks}");
        }
        var a = feed.register(currentUser.require(), body.name(), body.jwks());
        return Response.created(UriBuilder.fromPath("/api/v1/designation-feed/authorities/{id}")
                        .build(a.id()))
                .entity(FeedViews.authority(a))
                .build();
    }

    @GET
    @Path("authorities/{id}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One registered authority (regulators, auditors)")
    @APIResponse(responseCode = "200", description = "The authority and its key ids")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public FeedViews.AuthorityView authority(@PathParam("id") String id) {
        return FeedViews.authority(feed.authority(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("authorities/{id}/keys")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add public keys to a registered authority: its key rotation (regulator; audited)",
            description = "Keys already registered stay. A kid registered with other key material is a 409.")
    @APIResponse(responseCode = "200", description = "The authority with all its key ids")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public FeedViews.AuthorityView addKeys(@PathParam("id") String id, FeedViews.KeysBody body) {
        if (body == null) {
            throw InvalidInputException.of("jwks", "Send {jwks}");
        }
        return FeedViews.authority(feed.addKeys(currentUser.require(), uuid(id), body.jwks()));
    }

    @POST
    @Path("imports")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import another authority's signed feed as drafts (regulator; audited)",
            description = "Multipart: authority (id), document (the JSON as downloaded), signature (its detached"
                    + " JWS). The signature must verify with a key registered for that authority: an unknown key, a"
                    + " changed document or a malformed signature is a 400 on \"signature\" and nothing is stored."
                    + " Each designation becomes a DRAFT here (reviewed with four eyes before publication), tagged"
                    + " with the authority and its id; one imported before is ALREADY_IMPORTED; one with region or"
                    + " sector codes unknown here is REFUSED with its problems. At most 5 MiB.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = ImportForm.class)))
    @APIResponse(
            responseCode = "200",
            description = "What was drafted, found already imported or refused, item by item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedViews.ImportView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public FeedViews.ImportView importUpload() throws IOException {
        var actor = currentUser.require();
        UUID authority = authorityParam(Uploads.parameter(request, "authority"));
        byte[] document = FeedUploads.read(Uploads.part(request, "document"), "document");
        byte[] signature = FeedUploads.read(Uploads.part(request, "signature"), "signature");
        return FeedViews.imported(feed.importFeed(
                actor,
                authority,
                document,
                signature == null ? null : new String(signature, StandardCharsets.US_ASCII)));
    }

    @POST
    @Path("imports")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import another authority's signed feed from its URL (regulator; audited)",
            description = "As the upload, fetched by the server: https only, hosts on the operator's allow-list"
                    + " (ONUS_FEED_IMPORT_ALLOWED_HOSTS; none by default, so this is off), no redirects, no internal"
                    + " addresses, 5 MiB and 10 seconds at most; a refused address is a 400 on documentUrl.")
    @APIResponse(
            responseCode = "200",
            description = "What was drafted, found already imported or refused, item by item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedViews.ImportView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public FeedViews.ImportView importUrl(FeedViews.UrlImportBody body) {
        if (body == null) {
            throw InvalidInputException.of("documentUrl", "Send {authority, documentUrl, signatureUrl?}");
        }
        return FeedViews.imported(feed.importFromUrl(
                currentUser.require(), authorityParam(body.authority()), body.documentUrl(), body.signatureUrl()));
    }

    static UUID authorityParam(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("authority", "Choose a registered authority");
        }
    }

    private FeedService.Format format(String format) {
        if (format == null || format.isBlank()) {
            return CsvNegotiation.wantsCsv(null, headers) ? FeedService.Format.CSV : FeedService.Format.JSON;
        }
        return formatParam(format);
    }

    private static FeedService.Format formatParam(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return FeedService.Format.JSON;
        }
        if (format.equalsIgnoreCase("csv")) {
            return FeedService.Format.CSV;
        }
        throw InvalidInputException.of("format", "Use format=csv or format=json");
    }

    private static int number(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Designation list version " + n);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Authority " + id);
        }
    }
}
