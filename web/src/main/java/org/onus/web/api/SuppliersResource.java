package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.supplychain.Facility;
import org.onus.core.supplychain.Supplier;
import org.onus.core.supplychain.SupplierDocument;
import org.onus.core.supplychain.SupplierDraft;
import org.onus.core.supplychain.SupplierRegistry;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;

/** An importer organisation's supplier registry: suppliers, their facilities and documents. */
@Path("api/v1/suppliers")
@RequestScoped
@Tag(name = "Supply chain")
public class SuppliersResource {

    static final String OWN_ONLY = " Another organisation's supplier is 404.";

    @Inject
    SupplierRegistry registry;

    @Inject
    EvidenceLibrary files;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    /** A supplier as sent: registrationScheme USCC (the default with a number) or OTHER. */
    @Schema(requiredProperties = {"legalName", "regionCode"})
    public record SupplierBody(
            String legalName,
            List<String> aliases,
            String chineseName,
            String registrationNumber,

            @Schema(description = "USCC (unified social credit code, checked) or OTHER")
            String registrationScheme,

            String address,

            @Schema(description = "A region code of the reference data, e.g. VN or 653125")
            String regionCode,

            String openSupplyHubId) {

        SupplierDraft draft() {
            return new SupplierDraft(
                    legalName,
                    aliases,
                    chineseName,
                    registrationNumber,
                    registrationScheme,
                    address,
                    regionCode,
                    openSupplyHubId);
        }
    }

    @Schema(requiredProperties = {"name", "regionCode"})
    public record FacilityBody(String name, String address, String regionCode, String openSupplyHubId) {

        static SupplierDraft.FacilityDraft draft(FacilityBody body) {
            return body == null
                    ? new SupplierDraft.FacilityDraft(null, null, null, null)
                    : new SupplierDraft.FacilityDraft(
                            body.name(), body.address(), body.regionCode(), body.openSupplyHubId());
        }
    }

    @Schema(requiredProperties = {"id", "name", "regionCode"})
    public record FacilityView(UUID id, String name, String address, String regionCode, String openSupplyHubId) {

        static FacilityView of(Facility f) {
            return new FacilityView(f.id(), f.name(), f.address(), f.regionCode(), f.openSupplyHubId());
        }
    }

    @Schema(
            name = "SupplierDocumentView",
            requiredProperties = {"id", "title", "fileName", "mediaType", "size", "sha256", "uploadedAt", "href"})
    public record DocumentView(
            UUID id,
            UUID facilityId,
            String title,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            String href) {

        static DocumentView of(UUID supplierId, SupplierDocument d) {
            return new DocumentView(
                    d.id(),
                    d.facilityId(),
                    d.title(),
                    d.fileName(),
                    d.mediaType(),
                    d.sizeBytes(),
                    d.sha256(),
                    d.uploadedBy(),
                    d.uploadedAt(),
                    "/api/v1/suppliers/" + supplierId + "/documents/" + d.id() + "/content");
        }
    }

    @Schema(requiredProperties = {"id", "legalName", "aliases", "regionCode", "facilities", "documents", "updatedAt"})
    public record SupplierView(
            UUID id,
            String legalName,
            List<String> aliases,
            String chineseName,
            String registrationNumber,
            String registrationScheme,
            String address,
            String regionCode,
            String openSupplyHubId,
            List<FacilityView> facilities,
            List<DocumentView> documents,
            Instant updatedAt) {

        static SupplierView of(Supplier s) {
            return new SupplierView(
                    s.id(),
                    s.legalName(),
                    s.aliases(),
                    s.chineseName(),
                    s.registrationNumber(),
                    s.registrationScheme() == null
                            ? null
                            : s.registrationScheme().name(),
                    s.address(),
                    s.regionCode(),
                    s.openSupplyHubId(),
                    s.facilities().stream().map(FacilityView::of).toList(),
                    s.documents().stream().map(d -> DocumentView.of(s.id(), d)).toList(),
                    s.updatedAt());
        }
    }

    /** The multipart form of a supplier document, for the API description only (the parts are read one by one). */
    @Schema(
            name = "SupplierDocumentForm",
            requiredProperties = {"file", "title"})
    public record DocumentForm(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The document")
            String file,

            @Schema(description = "What it is, e.g. business licence 2026")
            String title,

            @Schema(description = "One of the supplier's facilities, when the document is about it")
            String facilityId) {}

    @GET
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your organisation's suppliers, by legal name (importer)")
    @APIResponse(responseCode = "200", description = "The suppliers")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<SupplierView> list() {
        return registry.list(currentUser.require()).stream()
                .map(SupplierView::of)
                .toList();
    }

    @POST
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a supplier (importer)",
            description = "The region is checked against the reference data; a unified social credit code by its"
                    + " check character.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response register(SupplierBody body) {
        Supplier s = registry.register(currentUser.require(), body(body).draft());
        return Response.created(URI.create("/api/v1/suppliers/" + s.id()))
                .tag(etag(s))
                .entity(SupplierView.of(s))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One supplier with its facilities and documents (importer)", description = OWN_ONLY)
    @APIResponse(
            responseCode = "200",
            description = "The supplier; ETag for If-Match on PUT",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response one(@PathParam("id") String id) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        return Response.ok(SupplierView.of(s)).tag(etag(s)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a supplier's details (importer); facilities and documents stay",
            description = "If-Match (optional) with the ETag read: 409 when it was changed meanwhile. Map versions"
                    + " saved before keep what they copied." + OWN_ONLY)
    @APIResponse(
            responseCode = "200",
            description = "The supplier as now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, SupplierBody body) {
        Supplier s = registry.update(currentUser.require(), uuid(id), body(body).draft(), lock(ifMatch));
        return Response.ok(SupplierView.of(s)).tag(etag(s)).build();
    }

    @POST
    @Path("{id}/facilities")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a facility to a supplier (importer)", description = OWN_ONLY)
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers =
                    @Header(
                            name = "Location",
                            description = "The supplier",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FacilityView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response addFacility(@PathParam("id") String id, FacilityBody body) {
        UUID supplierId = uuid(id);
        Facility f = registry.addFacility(currentUser.require(), supplierId, FacilityBody.draft(body));
        return Response.created(URI.create("/api/v1/suppliers/" + supplierId))
                .entity(FacilityView.of(f))
                .build();
    }

    @PUT
    @Path("{id}/facilities/{facilityId}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a facility's details (importer)",
            description = OWN_ONLY + " Map versions saved before keep what they copied; the next version copies"
                    + " the new details. Audited (supplier.facility-updated, before and after).")
    @APIResponse(
            responseCode = "200",
            description = "The facility as now described",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FacilityView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public FacilityView updateFacility(
            @PathParam("id") String id, @PathParam("facilityId") String facilityId, FacilityBody body) {
        return FacilityView.of(registry.updateFacility(
                currentUser.require(), uuid(id), PathIds.uuid(facilityId, "Facility"), FacilityBody.draft(body)));
    }

    @DELETE
    @Path("{id}/facilities/{facilityId}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Operation(
            summary = "Remove a facility (importer)",
            description = OWN_ONLY + " Refused (409) while a document is kept for the facility"
                    + " (FACILITY_HAS_DOCUMENTS) or the latest version of a supply-chain map names it"
                    + " (FACILITY_IN_MAP). Audited (supplier.facility-removed, with what it was).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response removeFacility(@PathParam("id") String id, @PathParam("facilityId") String facilityId) {
        registry.removeFacility(currentUser.require(), uuid(id), PathIds.uuid(facilityId, "Facility"));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Operation(
            summary = "Remove a document from a supplier (importer)",
            description = OWN_ONLY + " The document leaves the supplier's list and its content URL answers 404;"
                    + " the audit line (supplier.document-removed) keeps its title, file name and SHA-256.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response removeDocument(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        registry.removeDocument(currentUser.require(), uuid(id), PathIds.uuid(documentId, "Document"));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/documents")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supplier's documents (importer)", description = OWN_ONLY)
    @APIResponse(responseCode = "200", description = "The documents, oldest first")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<DocumentView> documents(@PathParam("id") String id) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        return s.documents().stream().map(d -> DocumentView.of(s.id(), d)).toList();
    }

    @POST
    @Path("{id}/documents")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Keep a document for a supplier or one of its facilities (importer): multipart file, title,"
                    + " facilityId?",
            description = "Checked like every upload: its type by content, the size limit, stored once by SHA-256."
                    + " Refused files (400 empty or bad name, 413 too large, 415 type not accepted) leave nothing"
                    + " behind." + OWN_ONLY)
    @APIResponse(
            responseCode = "201",
            description = "Kept",
            headers =
                    @Header(
                            name = "Location",
                            description = "The file",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DocumentView.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = DocumentForm.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response addDocument(@PathParam("id") String id) throws IOException {
        Actor actor = currentUser.require();
        UUID supplierId = uuid(id);
        // The supplier is looked up first, so another organisation's is 404 before any file is read.
        registry.get(actor, supplierId);
        Part file = Uploads.part(request, "file");
        if (file == null) {
            throw InvalidInputException.of("file", "Attach the document as the form field \"file\"");
        }
        String title = Uploads.parameter(request, "title");
        String facilityId = Uploads.parameter(request, "facilityId");
        ContentStore.Staged staged;
        try (InputStream in = file.getInputStream()) {
            staged = files.receive(in);
        } finally {
            file.delete();
        }
        try {
            SupplierDocument d = registry.addDocument(
                    actor, supplierId, facilityId, title, staged, file.getContentType(), Uploads.fileName(file));
            DocumentView view = DocumentView.of(supplierId, d);
            return Response.created(URI.create(view.href())).entity(view).build();
        } finally {
            files.discard(staged);
        }
    }

    @GET
    @Path("{id}/documents/{documentId}/content")
    @RolesAllowed(Role.Names.IMPORTER)
    @Operation(summary = "A supplier document's file, checked against its SHA-256 (importer)", description = OWN_ONLY)
    @APIResponse(
            responseCode = "200",
            description = "The file, in its own media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response content(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        SupplierRegistry.Download d =
                registry.download(currentUser.require(), uuid(id), PathIds.uuid(documentId, "Document"));
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, d.document().mediaType())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(d.document().fileName()))
                .header("Content-Length", d.document().sizeBytes())
                .header("ETag", "\"" + d.document().sha256() + "\"")
                .build();
    }

    private static SupplierBody body(SupplierBody body) {
        return body == null ? new SupplierBody(null, null, null, null, null, null, null, null) : body;
    }

    static jakarta.ws.rs.core.EntityTag etag(Supplier s) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(s.lockVersion()));
    }

    /** An If-Match value ("3", 3, W/"3"), or null when absent; 400 when it is not one of ours. */
    static Long lock(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "Send back the ETag you read, e.g. \"3\"");
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Supplier");
    }
}
