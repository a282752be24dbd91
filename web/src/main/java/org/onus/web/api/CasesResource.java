package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.onus.core.detention.CaseEvidence;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.supplychain.RegistryEvidence;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;

/**
 * Detention cases and rebuttals, as in the contract. Every step goes through {@link DetentionCaseService},
 * so the rules the pages show are the rules the API enforces.
 */
@Path("api/v1/cases")
@RequestScoped
@Tag(name = "Detention cases")
public class CasesResource {

    @Inject
    DetentionCaseService cases;

    @Inject
    EvidenceLibrary files;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Inject
    RegistryEvidence registryEvidence;

    @Context
    HttpServletRequest request;

    @Schema(
            name = "CaseEvent",
            requiredProperties = {"kind", "at"})
    public record EventView(String kind, String actor, Instant at, String detail) {}

    @Schema(requiredProperties = {"code", "description", "satisfied"})
    public record RequirementView(String code, String description, boolean satisfied) {}

    @Schema(requiredProperties = {"by", "at"})
    public record ReviewDetail(String by, Instant at, String reason) {}

    @Schema(
            name = "CaseEvidence",
            requiredProperties = {"id", "type", "admissible", "review", "size", "sha256", "uploadedAt"})
    public record EvidenceView(
            UUID id,
            String type,
            String requirementCode,
            String description,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            boolean admissible,
            String reason,
            String review,
            ReviewDetail reviewDetail,
            String uploadedBy,
            Instant uploadedAt,

            @Schema(
                    description =
                            "The admissibility table version that judged it; absent if judged before versions were kept")
            Integer admissibilityTableVersion) {

        static EvidenceView of(CaseEvidence e) {
            return new EvidenceView(
                    e.id(),
                    e.type().name(),
                    e.requirementCode(),
                    e.description(),
                    e.fileName(),
                    e.mediaType(),
                    e.size(),
                    e.sha256(),
                    e.isAdmissible(),
                    e.admissibilityReason(),
                    e.review().name(),
                    e.reviewedBy() == null ? null : new ReviewDetail(e.reviewedBy(), e.reviewedAt(), e.reviewReason()),
                    e.uploadedBy(),
                    e.uploadedAt(),
                    e.admissibilityTableVersion());
        }
    }

    /** The contract's upload answer, with the rest of the document's view. */
    @Schema(requiredProperties = {"id", "sha256", "admissible", "evidence"})
    public record UploadView(UUID id, String sha256, boolean admissible, String reason, EvidenceView evidence) {}

    /** A document of the importer's supplier registry offered as evidence, with what it proves. */
    @Schema(requiredProperties = {"supplierId", "documentId", "type", "description"})
    public record RegistryEvidenceBody(
            String supplierId, String documentId, String type, String requirementCode, String description) {}

    @Schema(requiredProperties = {"name", "by", "at"})
    public record DecisionView(String name, String by, Instant at, String reason, String approvedBy) {}

    /** Who decided a protest, on what grounds (MERITS, PROCEDURE; null when denied) and why. */
    @Schema(requiredProperties = {"upheld", "by", "at"})
    public record ProtestDecisionView(boolean upheld, String grounds, String by, Instant at, String reason) {}

    /** One line of the proof a freeing decision relied on, as it stood at that moment. */
    @Schema(requiredProperties = {"requirementCode"})
    public record ProofView(
            String requirementCode, String policyStatus, UUID evidenceId, String evidenceType, String acceptedBy) {}

    @Schema(requiredProperties = {"kind", "on", "recordedBy"})
    public record DispositionView(String kind, LocalDate on, String reference, String recordedBy) {}

    /**
     * The contract's case shape, with the decision and protest details added, and the actions the
     * caller may take on it now (exactly the forms the case page shows them; any other is refused).
     */
    @Schema(requiredProperties = {"id", "entryId", "status", "requirements", "evidence", "events", "allowedActions"})
    public record CaseView(
            UUID id,
            UUID entryId,
            String status,
            String route,
            LocalDate deadline,
            List<RequirementView> requirements,
            List<EvidenceView> evidence,
            List<EventView> events,
            LocalDate detainedOn,
            LocalDate noticeDue,
            Instant noticeIssuedAt,
            String grounds,
            String statement,
            DecisionView decision,
            LocalDate protestDeadline,
            String protestStatement,
            LocalDate decisionDue,
            ProtestDecisionView protestDecision,
            List<ProofView> proof,
            DispositionView disposition,
            List<String> allowedActions) {}

    /** The multipart form of an evidence upload, for the API description only (the parts are read one by one). */
    @Schema(
            name = "CaseEvidenceUploadForm",
            requiredProperties = {"file", "type", "description"})
    public record UploadForm(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The document")
            String file,

            @Schema(description = "An evidence type, e.g. SUPPLY_CHAIN_MAP, PURCHASE_ORDER, FACTORY_AUDIT")
            String type,

            @Schema(description = "The requirement it is offered for, e.g. TRACE:0")
            String requirementCode,

            String description) {}

    @Schema(requiredProperties = {"route", "statement"})
    public record RebuttalBody(String route, String statement) {}

    @Schema(
            name = "EvidenceReviewBody",
            requiredProperties = {"accepted", "reason"})
    public record ReviewBody(Boolean accepted, String reason) {}

    @Schema(requiredProperties = {"type", "reason"})
    public record ReclassifyBody(String type, String reason) {}

    @Schema(
            name = "CaseDecisionBody",
            requiredProperties = {"outcome", "reason"})
    public record DecisionBody(String outcome, String reason) {}

    @Schema(requiredProperties = {"approved", "reason"})
    public record ApprovalBody(Boolean approved, String reason) {}

    /** {@code route} only when no rebuttal was filed before the case closed. */
    @Schema(requiredProperties = {"statement"})
    public record ProtestBody(String statement, String route) {}

    /** {@code grounds}: MERITS (the default) or PROCEDURE, when upheld. */
    @Schema(requiredProperties = {"upheld", "reason"})
    public record ProtestDecisionBody(Boolean upheld, String reason, String grounds) {}

    @Schema(requiredProperties = {"kind", "on"})
    public record DispositionBody(String kind, LocalDate on, String reference) {}

    private static final String READERS_DOC = "Another organisation's case is 404.";

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A detention case with its requirements, evidence and timeline", description = READERS_DOC)
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public CaseView one(@PathParam("id") String id) {
        return view(cases.get(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/rebuttal")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File the rebuttal: the route and a statement (importer)",
            description = "Sets the route's requirements. While information is requested, filing again (same route)"
                    + " answers the request. 409 after the deadline or once filed.")
    @APIResponse(responseCode = "200", description = "The case with its route and requirements")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CaseView rebuttal(@PathParam("id") String id, RebuttalBody body) {
        Actor actor = currentUser.require();
        RebuttalBody b = body == null ? new RebuttalBody(null, null) : body;
        return view(cases.fileRebuttal(actor, uuid(id), b.route(), b.statement()));
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Upload evidence (importer): multipart file, type, requirementCode?, description",
            description = "The admissibility table judges it at once; FACTORY_AUDIT is kept but never admissible."
                    + " Refused files (400 empty or bad name, 413 too large, 415 type not accepted) leave nothing"
                    + " behind. 409 once the case is decided or the deadline has passed. Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Stored and judged for admissibility",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UploadView.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response upload(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) throws IOException {
        Actor actor = currentUser.require();
        UUID caseId = uuid(id);
        Part file = part("file");
        if (file == null) {
            throw InvalidInputException.of("file", "Attach the document as the form field \"file\"");
        }
        String type = request.getParameter("type");
        String requirement = request.getParameter("requirementCode");
        String description = request.getParameter("description");
        ContentStore.Staged staged;
        try (InputStream in = file.getInputStream()) {
            staged = files.receive(in);
        } finally {
            file.delete();
        }
        try {
            String fingerprint = String.join(
                    "\n",
                    String.valueOf(type),
                    String.valueOf(requirement),
                    String.valueOf(description),
                    String.valueOf(Uploads.fileName(file)),
                    staged.sha256());
            return idempotency.once(actor, key, "POST /api/v1/cases/" + caseId + "/evidence", fingerprint, () -> {
                CaseEvidence e = cases.offerEvidence(
                        actor,
                        caseId,
                        type,
                        requirement,
                        description,
                        staged,
                        file.getContentType(),
                        Uploads.fileName(file));
                return Response.created(URI.create("/api/v1/cases/" + caseId + "/evidence/" + e.id()))
                        .entity(new UploadView(
                                e.id(), e.sha256(), e.isAdmissible(), e.admissibilityReason(), EvidenceView.of(e)))
                        .build();
            });
        } finally {
            files.discard(staged);
        }
    }

    @POST
    @Path("{id}/evidence/from-registry")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Offer a document of the supplier registry as evidence (importer)",
            description = "Body {supplierId, documentId, type, requirementCode?, description}: a document kept once"
                    + " in the importer's supplier registry is judged on the case exactly as an upload of the same"
                    + " file would be (inspection, admissibility table, the case's deadlines), without uploading it"
                    + " again. Another organisation's document or case is 404. Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Stored and judged for admissibility",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response fromRegistry(
            @PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, RegistryEvidenceBody body) {
        Actor actor = currentUser.require();
        UUID caseId = uuid(id);
        RegistryEvidenceBody b = body == null ? new RegistryEvidenceBody(null, null, null, null, null) : body;
        UUID supplierId = bodyId(b.supplierId());
        UUID documentId = bodyId(b.documentId());
        List<Problem> problems = new ArrayList<>();
        if (supplierId == null) {
            problems.add(new Problem("supplierId", "Give the id of one of your suppliers, a UUID"));
        }
        if (documentId == null) {
            problems.add(new Problem("documentId", "Give the id of one of the supplier's documents, a UUID"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String fingerprint = String.join(
                "\n",
                String.valueOf(b.type()),
                String.valueOf(b.requirementCode()),
                String.valueOf(b.description()),
                supplierId.toString(),
                documentId.toString());
        return idempotency.once(
                actor, key, "POST /api/v1/cases/" + caseId + "/evidence/from-registry", fingerprint, () -> {
                    CaseEvidence e = registryEvidence.offer(
                            actor, caseId, supplierId, documentId, b.type(), b.requirementCode(), b.description());
                    return Response.created(URI.create("/api/v1/cases/" + caseId + "/evidence/" + e.id()))
                            .entity(new UploadView(
                                    e.id(), e.sha256(), e.isAdmissible(), e.admissibilityReason(), EvidenceView.of(e)))
                            .build();
                });
    }

    private static UUID bodyId(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Operation(summary = "The uploaded file, checked against its SHA-256", description = READERS_DOC)
    @APIResponse(
            responseCode = "200",
            description = "The file, in its own media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response content(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        DetentionCase c = cases.get(currentUser.require(), uuid(id));
        CaseEvidence e = c.evidence(PathIds.uuid(evidenceId, "Evidence"));
        StreamingOutput body = out -> {
            try (InputStream in = files.open(e.sha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, e.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(e.fileName()))
                .header("Content-Length", e.size())
                .header("ETag", "\"" + e.sha256() + "\"")
                .build();
    }

    @POST
    @Path("{id}/evidence/{evidenceId}/review")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Accept or reject a document, with a reason (customs officer)",
            description = "Inadmissible evidence can only be rejected (409). A rejection needs a reason.")
    @APIResponse(responseCode = "200", description = "The evidence with the review")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EvidenceView review(
            @PathParam("id") String id, @PathParam("evidenceId") String evidenceId, ReviewBody body) {
        ReviewBody b = body == null ? new ReviewBody(null, null) : body;
        return EvidenceView.of(cases.reviewEvidence(
                currentUser.require(), uuid(id), PathIds.uuid(evidenceId, "Evidence"), b.accepted(), b.reason()));
    }

    @POST
    @Path("{id}/evidence/{evidenceId}/type")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a document's type, with a reason (customs officer)",
            description = "The admissibility table judges the document again at once; if its verdict changes, the"
                    + " earlier review is cleared (PENDING). 400 naming type or reason; 409 for the same type or a"
                    + " decided case. Audited with the old and new type and shown on the timeline.")
    @APIResponse(responseCode = "200", description = "The evidence, judged again under its new type")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EvidenceView reclassify(
            @PathParam("id") String id, @PathParam("evidenceId") String evidenceId, ReclassifyBody body) {
        ReclassifyBody b = body == null ? new ReclassifyBody(null, null) : body;
        return EvidenceView.of(cases.reclassifyEvidence(
                currentUser.require(), uuid(id), PathIds.uuid(evidenceId, "Evidence"), b.type(), b.reason()));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide a filed rebuttal: RELEASE, CONFISCATE or REQUEST_INFO (customs officer)",
            description = "A release is refused with 409 listing every unmet requirement; an EXCEPTION-route release"
                    + " goes to AWAITING_APPROVAL. REQUEST_INFO extends the importer's deadline, once by default.")
    @APIResponse(responseCode = "200", description = "The case with its new status")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CaseView decide(@PathParam("id") String id, DecisionBody body) {
        DecisionBody b = body == null ? new DecisionBody(null, null) : body;
        return view(cases.decide(currentUser.require(), uuid(id), b.outcome(), b.reason()));
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve or refuse an exception-route release (customs supervisor)",
            description = "403 for the officer who proposed the release. A refusal returns the case to the officer.")
    @APIResponse(responseCode = "200", description = "The case after the approval or refusal")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CaseView approval(@PathParam("id") String id, ApprovalBody body) {
        ApprovalBody b = body == null ? new ApprovalBody(null, null) : body;
        return view(cases.approveRelease(currentUser.require(), uuid(id), b.approved(), b.reason()));
    }

    @POST
    @Path("{id}/protest")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Protest a confiscation or exclusion, within the protest window (importer)",
            description = "409 unless the case is CONFISCATED or EXCLUDED and the window is open. When no rebuttal"
                    + " was filed before the case closed, `route` names the route the protest's evidence proves"
                    + " (400 without it). Evidence may be uploaded while the protest is open.")
    @APIResponse(responseCode = "200", description = "The case, PROTESTED")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CaseView protest(@PathParam("id") String id, ProtestBody body) {
        ProtestBody b = body == null ? new ProtestBody(null, null) : body;
        return view(cases.protest(currentUser.require(), uuid(id), b.statement(), b.route()));
    }

    @POST
    @Path("{id}/protest/decision")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Uphold or deny a protest (customs supervisor)",
            description = "403 for whoever took the protested decision, and (on the merits) for anyone who accepted"
                    + " evidence on the case. Upheld on the MERITS (the default) frees the goods only when every"
                    + " requirement is proved: otherwise 409 listing each, and nothing changes. Upheld on"
                    + " PROCEDURE sets the decision aside and reopens the case with a fresh clock; nothing is"
                    + " released.")
    @APIResponse(responseCode = "200", description = "The case after the protest decision")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CaseView protestDecision(@PathParam("id") String id, ProtestDecisionBody body) {
        ProtestDecisionBody b = body == null ? new ProtestDecisionBody(null, null, null) : body;
        return view(cases.decideProtest(currentUser.require(), uuid(id), b.upheld(), b.grounds(), b.reason()));
    }

    @POST
    @Path("{id}/disposition")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record what became of excluded or confiscated goods (customs officer)",
            description = "kind REEXPORTED, ABANDONED or DESTROYED; on (a past day); reference. Once per case; 409"
                    + " unless EXCLUDED, CONFISCATED or PROTEST_DENIED, and DESTROYED waits for the protest window.")
    @APIResponse(responseCode = "200", description = "The case with the disposition recorded")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public CaseView disposition(@PathParam("id") String id, DispositionBody body) {
        DispositionBody b = body == null ? new DispositionBody(null, null, null) : body;
        return view(cases.recordDisposition(currentUser.require(), uuid(id), b.kind(), b.on(), b.reference()));
    }

    private CaseView view(DetentionCase c) {
        List<String> allowed = cases.allowedActions(currentUser.require(), c).stream()
                .map(Enum::name)
                .toList();
        List<RequirementView> requirements = cases.checklist(c).stream()
                .map(i -> new RequirementView(
                        i.requirement().code().code(), i.requirement().description(), i.satisfied()))
                .toList();
        return new CaseView(
                c.id(),
                c.entryId(),
                c.status().name(),
                c.route() == null ? null : c.route().name(),
                c.rebuttalDeadline(),
                requirements,
                c.evidence().stream().map(EvidenceView::of).toList(),
                c.events().stream()
                        .map(e -> new EventView(e.kind(), e.actor(), e.at(), e.detail()))
                        .toList(),
                c.detainedOn(),
                c.noticeDue(),
                c.noticeIssuedAt(),
                c.grounds(),
                c.rebuttalStatement(),
                decision(c),
                c.protestDeadline(),
                c.protestStatement(),
                c.decisionDue(),
                c.protestDecidedBy() == null
                        ? null
                        : new ProtestDecisionView(
                                c.protestGrounds() != null,
                                c.protestGrounds() == null
                                        ? null
                                        : c.protestGrounds().name(),
                                c.protestDecidedBy(),
                                c.protestDecidedAt(),
                                c.protestDecisionReason()),
                c.proof().stream()
                        .map(p -> new ProofView(
                                p.requirementCode(),
                                p.policyStatus() == null
                                        ? null
                                        : p.policyStatus().name(),
                                p.evidenceId(),
                                p.evidenceType() == null
                                        ? null
                                        : p.evidenceType().name(),
                                p.acceptedBy()))
                        .toList(),
                c.dispositionKind() == null
                        ? null
                        : new DispositionView(
                                c.dispositionKind().name(),
                                c.dispositionOn(),
                                c.dispositionReference(),
                                c.dispositionRecordedBy()),
                allowed);
    }

    /**
     * The decision in force: a protest's decision once it is taken (its supervisor and reason),
     * else the officer's (or the system's).
     */
    private static DecisionView decision(DetentionCase c) {
        if (c.protestDecidedBy() != null
                && (c.status() == org.onus.core.detention.CaseStatus.PROTEST_UPHELD
                        || c.status() == org.onus.core.detention.CaseStatus.PROTEST_DENIED)) {
            return new DecisionView(
                    c.status().name(), c.protestDecidedBy(), c.protestDecidedAt(), c.protestDecisionReason(), null);
        }
        return c.decidedBy() == null
                ? null
                : new DecisionView(c.status().name(), c.decidedBy(), c.decidedAt(), c.decisionReason(), c.approvedBy());
    }

    private Part part(String name) {
        return Uploads.part(request, name);
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "Case");
    }
}
