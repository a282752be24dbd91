package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
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
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.submission.Submission;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionSettings;
import org.onus.web.http.PathIds;
import org.onus.web.http.PublicAttachments;
import org.onus.web.security.ClientAddress;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;

/**
 * The public submission point: anyone submits without an account and follows up with the receipt
 * code (sent in the body, never in the address); regulators triage, auditors read.
 */
@Path("api/v1/submissions")
@RequestScoped
@Tag(name = "Submissions")
public class SubmissionsResource {

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionSettings settings;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    /** What anyone may send. */
    @Schema(
            name = "SubmissionBody",
            requiredProperties = {"summary"})
    public record SubmissionBody(
            @Schema(description = "What is happening, where, who is involved; at most 10,000 characters")
            String summary,

            @Schema(description = "Region codes (see /api/v1/regions), at most 50")
            List<String> regionCodes,

            @Schema(description = "Sector codes (see /api/v1/sectors), at most 50")
            List<String> sectorCodes,

            @Schema(description = "Producers or companies involved, at most 20 of 300 characters")
            List<String> producers,

            @Schema(description = "Where this is known from (links, documents), at most 20 of 1,000 characters")
            List<String> sources,

            @Schema(description = "Whether regulators may contact the submitter; the contact is kept only then")
            Boolean contactAllowed,

            @Schema(description = "How to reach the submitter (required when contactAllowed), at most 500 characters")
            String contact) {

        Submission.Description description() {
            return new Submission.Description(
                    summary, regionCodes, sectorCodes, producers, sources, contactAllowed, contact);
        }
    }

    /** The multipart variant, for the API description only (the parts are read one by one). */
    @Schema(
            name = "SubmissionForm",
            requiredProperties = {"submission"})
    public record SubmissionForm(
            @Schema(implementation = SubmissionBody.class, description = "The submission as JSON")
            SubmissionBody submission,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    format = "binary",
                    description = "Files, repeat the part for each (at most 5 of 10 MiB by default)")
            List<String> attachments) {}

    @Schema(requiredProperties = {"receiptCode", "status"})
    public record ReceiptView(
            @Schema(description = "Shown once and stored only as a hash: keep it to follow up")
            String receiptCode,

            String status) {}

    @Schema(requiredProperties = {"receiptCode"})
    public record ReceiptBody(String receiptCode) {}

    @Schema(requiredProperties = {"receiptCode", "questionId", "text"})
    public record AnswerBody(String receiptCode, String questionId, String text) {}

    @Schema(requiredProperties = {"question"})
    public record QuestionBody(String question) {}

    @Schema(description = "Exactly one of designationId and policyId")
    public record LinkBody(String designationId, String policyId) {}

    @Schema(requiredProperties = {"reason"})
    public record RejectionBody(String reason) {}

    // --- the public ----------------------------------------------------------------------------------

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit information, without an account (public)",
            description = "Answers the receipt code once: the portal keeps only its hash. Rate limited per client"
                    + " address (429 with Retry-After); the address is kept only as a keyed hash, at most 24 hours.")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response submit(SubmissionBody body) {
        if (body == null) {
            throw InvalidInputException.of("summary", "Send the submission as JSON: summary, regionCodes, ...");
        }
        return created(submissions.submit(address(), body.description(), List.of()));
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit information with attachments, without an account (public)",
            description = "Multipart form: the part \"submission\" holds the JSON body; each part \"attachments\" a"
                    + " file. Files are checked like evidence library uploads (real type, no archives or programs)"
                    + " and kept restricted.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = SubmissionForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response submitWithAttachments() throws IOException {
        Part json = Uploads.part(request, "submission");
        if (json == null) {
            throw InvalidInputException.of("submission", "Send the submission as JSON in the part \"submission\"");
        }
        SubmissionBody body;
        try (InputStream in = json.getInputStream()) {
            body = JsonBinding.shared()
                    .fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), SubmissionBody.class);
        } catch (JsonbException e) {
            throw InvalidInputException.of("submission", "The part \"submission\" is not the JSON of a submission");
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            throw InvalidInputException.of("submission", "The part \"submission\" is not the JSON of a submission");
        }
        if (body == null) {
            throw InvalidInputException.of("submission", "The part \"submission\" is empty");
        }
        try (PublicAttachments files = PublicAttachments.of(request, "attachments", submissions)) {
            return created(submissions.submit(address(), body.description(), files.stage(settings.maxAttachments())));
        }
    }

    @POST
    @Path("status")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A submission's status and the regulators' questions, by receipt code (public)",
            description = "The code goes in the body so that it stays out of addresses and logs. Rate limited.")
    @APIResponse(responseCode = "200", description = "The submission as its submitter sees it")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public SubmitterView status(ReceiptBody body) {
        return SubmitterView.of(submissions.byReceipt(address(), body == null ? null : body.receiptCode()));
    }

    @POST
    @Path("answers")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a regulator's question, with the receipt code (public)")
    @APIResponse(responseCode = "200", description = "The submission as its submitter sees it, with the answer")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public SubmitterView answer(AnswerBody body) {
        if (body == null) {
            throw InvalidInputException.of("receiptCode", "Send receiptCode, questionId and text");
        }
        return SubmitterView.of(submissions.answer(address(), body.receiptCode(), body.questionId(), body.text()));
    }

    // --- regulators and auditors ---------------------------------------------------------------------

    @GET
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Public submissions, newest first (regulator, auditor)",
            description = "status filters; offset/limit page (limit at most 200); X-Total-Count says how many match.")
    @APIResponse(
            responseCode = "200",
            description = "One page of submissions",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "How many submissions match in all",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SubmissionListItem.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        SubmissionService.SubmissionPage page = submissions.list(currentUser.require(), status, offset, limit);
        return Response.ok(page.items().stream().map(SubmissionListItem::of).toList())
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One submission (regulator, auditor; the contact only to regulators)")
    @APIResponse(responseCode = "200", description = "The submission")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public SubmissionView one(@PathParam("id") String id) {
        Actor actor = currentUser.require();
        return SubmissionView.of(
                submissions.get(actor, PathIds.uuid(id, "Submission")), SubmissionService.mayReadContact(actor));
    }

    @POST
    @Path("{id}/questions")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the submitter a question (regulator)")
    @APIResponse(responseCode = "200", description = "The submission, waiting for the answer")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public SubmissionView ask(@PathParam("id") String id, QuestionBody body) {
        Actor actor = currentUser.require();
        return SubmissionView.of(
                submissions.ask(actor, PathIds.uuid(id, "Submission"), body == null ? null : body.question()), true);
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Accept as evidence (regulator)",
            description = "One RESTRICTED evidence item per attachment (or one record of the account); never the"
                    + " submitter's contact. evidenceIds lists them.")
    @APIResponse(responseCode = "200", description = "The submission, accepted")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public SubmissionView accept(@PathParam("id") String id) {
        return SubmissionView.of(submissions.accept(currentUser.require(), PathIds.uuid(id, "Submission")), true);
    }

    @POST
    @Path("{id}/link")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link to a designation (draft) or a state policy (regulator)")
    @APIResponse(responseCode = "200", description = "The submission, linked")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public SubmissionView link(@PathParam("id") String id, LinkBody body) {
        Actor actor = currentUser.require();
        UUID submission = PathIds.uuid(id, "Submission");
        boolean designation = body != null
                && body.designationId() != null
                && !body.designationId().isBlank();
        boolean policy =
                body != null && body.policyId() != null && !body.policyId().isBlank();
        if (designation == policy) {
            throw InvalidInputException.of("designationId", "Give either designationId or policyId");
        }
        return SubmissionView.of(
                designation
                        ? submissions.linkToDesignation(actor, submission, body.designationId())
                        : submissions.linkToPolicy(actor, submission, body.policyId()),
                true);
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject with a reason (regulator)")
    @APIResponse(responseCode = "200", description = "The submission, rejected")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public SubmissionView reject(@PathParam("id") String id, RejectionBody body) {
        return SubmissionView.of(
                submissions.reject(
                        currentUser.require(), PathIds.uuid(id, "Submission"), body == null ? null : body.reason()),
                true);
    }

    // -------------------------------------------------------------------------------------------------

    private Response created(SubmissionService.Receipt receipt) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED)
                .entity(new ReceiptView(
                        receipt.code(), receipt.submission().status().name()))
                .cacheControl(noStore)
                .build();
    }

    private String address() {
        return ClientAddress.of(request, settings);
    }
}
