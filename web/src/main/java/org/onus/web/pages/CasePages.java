package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationService;
import org.onus.core.detention.CaseAction;
import org.onus.core.detention.CaseEvidence;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.detention.DetentionSettings;
import org.onus.core.detention.WaitingCases;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.EvidenceSettings;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.massbalance.MassBalanceService;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.RuleViolation;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.supplychain.RegistryEvidence;
import org.onus.web.errors.RuleViolationMapper;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageLinks;
import org.onus.web.view.PageModel;
import org.onus.web.view.PdfRenderer;
import org.onus.web.view.PdfView;
import org.onus.web.view.View;

/**
 * A detention case: the importer's rebuttal and uploads, the officer's review and decision, the
 * supervisor's approval and protest decision, the notices as pages and PDFs. Each form posts to
 * {@link DetentionCaseService}, the same path the API takes; a refused form comes back with its values and
 * the reason, and a file that was refused must be chosen again (the page says so).
 */
@Path("cases")
@RequestScoped
public class CasePages {

    @Inject
    RegistryEvidence registryEvidence;

    @Inject
    org.onus.core.guidance.SectorGuidanceService sectorGuidance;

    @Inject
    MassBalanceService massBalance;

    @Inject
    DetentionCaseService cases;

    @Inject
    EntryService entries;

    @Inject
    DesignationService designations;

    @Inject
    RegionDirectory regions;

    @Inject
    PolicyRegistry policies;

    @Inject
    EvidenceLibrary files;

    @Inject
    EvidenceSettings evidenceSettings;

    @Inject
    DetentionSettings detentionSettings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    /** The reader's language: the PDFs' file names and this page's own error texts are written in it. */
    @Inject
    PageModel page;

    @Context
    HttpServletRequest request;

    /** Cases to a page of the approvals queue. */
    static final int APPROVALS_PAGE = 25;

    /** A designation a match names, with the policies behind it. */
    public record Grounds(Designation designation, List<StatePolicy> policies) {}

    @GET
    @Path("approvals")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Produces(MediaType.TEXT_HTML)
    public View approvals(@QueryParam("page") String page) {
        Actor actor = currentUser.require();
        PageLinks.Shown<WaitingCases> shown = PageLinks.read(
                PageLinks.pageNumber(page),
                APPROVALS_PAGE,
                (offset, size) -> cases.awaitingSupervisor(actor, offset, size),
                WaitingCases::cases,
                WaitingCases::total);
        WaitingCases waiting = shown.page();
        int number = shown.number();
        int pages = PageLinks.pages(waiting.total(), APPROVALS_PAGE);
        IntFunction<String> href = n -> n == 1 ? "/cases/approvals" : "/cases/approvals?page=" + n;
        return View.of("cases/approvals")
                .with("waiting", waiting.cases())
                .with("me", actor.username())
                .with("total", waiting.total())
                .with("from", waiting.cases().isEmpty() ? 0 : (number - 1) * APPROVALS_PAGE + 1)
                .with("to", (number - 1) * APPROVALS_PAGE + waiting.cases().size())
                .with("pages", pages)
                .with("pageLinks", PageLinks.of(number, pages, href))
                .with("prevHref", number > 1 ? href.apply(number - 1) : null)
                .with("nextHref", number < pages ? href.apply(number + 1) : null);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        return casePage(uuid(id), null, Form.empty());
    }

    @GET
    @Path("{id}/notice")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View notice(@PathParam("id") String id) {
        View view = View.of("cases/notice");
        noticeModel(uuid(id)).forEach(view::with);
        return view;
    }

    @GET
    @Path("{id}/notice.pdf")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(PdfRenderer.MEDIA_TYPE)
    public PdfView noticePdf(@PathParam("id") String id) {
        Map<String, Object> model = noticeModel(uuid(id));
        Entry entry = (Entry) model.get("entry");
        PdfView pdf =
                PdfView.of("cases/notice", Messages.text(page.locale(), "cases.notice.fileName", entry.entryNumber()));
        model.forEach(pdf::with);
        return pdf;
    }

    @GET
    @Path("{id}/confiscation")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View confiscation(@PathParam("id") String id) {
        Map<String, Object> model = confiscationModel(uuid(id));
        View view = View.of("cases/confiscation");
        model.forEach(view::with);
        return view;
    }

    @GET
    @Path("{id}/confiscation.pdf")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(PdfRenderer.MEDIA_TYPE)
    public PdfView confiscationPdf(@PathParam("id") String id) {
        Map<String, Object> model = confiscationModel(uuid(id));
        Entry entry = (Entry) model.get("entry");
        DetentionCase c = (DetentionCase) model.get("detention");
        PdfView pdf = PdfView.of(
                "cases/confiscation",
                Messages.text(
                        page.locale(),
                        excluded(c) ? "cases.exclusion.fileName" : "cases.confiscation.fileName",
                        entry.entryNumber()));
        model.forEach(pdf::with);
        return pdf;
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/file")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    public Response file(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
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
                .build();
    }

    @POST
    @Path("{id}/rebuttal")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response rebuttal(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "rebuttal", form, () -> {
            DetentionCase c =
                    cases.fileRebuttal(currentUser.require(), caseId, form.value("route"), form.value("statement"));
            return c.status() == CaseStatus.REBUTTAL_SUBMITTED ? "cases.rebuttal.filed" : null;
        });
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") String id) throws IOException {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        Part file = filePart();
        String fromRegistry = form.value("registryDocument");
        if (file != null && !fromRegistry.isEmpty()) {
            file.delete();
            return refused(
                    caseId,
                    "upload",
                    form,
                    InvalidInputException.of("file", Messages.text(page.locale(), "cases.error.fileOrRegistry")));
        }
        if (file == null && !fromRegistry.isEmpty()) {
            int slash = fromRegistry.indexOf('/');
            try {
                UUID supplierId = UUID.fromString(fromRegistry.substring(0, Math.max(slash, 0)));
                UUID documentId = UUID.fromString(fromRegistry.substring(slash + 1));
                return act(caseId, "upload", form, () -> {
                    flashJudged(registryEvidence.offer(
                            currentUser.require(),
                            caseId,
                            supplierId,
                            documentId,
                            form.value("type"),
                            form.value("requirementCode"),
                            form.value("description")));
                    return null;
                });
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException badChoice) {
                return refused(
                        caseId,
                        "upload",
                        form,
                        InvalidInputException.of(
                                "registryDocument", Messages.text(page.locale(), "cases.error.registryDocument")));
            } catch (RuleViolation refused) {
                return refused(caseId, "upload", form, refused);
            }
        }
        if (file == null) {
            return refused(
                    caseId,
                    "upload",
                    form,
                    InvalidInputException.of("file", Messages.text(page.locale(), "cases.error.noFile")));
        }
        try {
            ContentStore.Staged staged;
            try (InputStream in = file.getInputStream()) {
                staged = files.receive(in);
            }
            try {
                return act(caseId, "upload", form, () -> {
                    flashJudged(cases.offerEvidence(
                            currentUser.require(),
                            caseId,
                            form.value("type"),
                            form.value("requirementCode"),
                            form.value("description"),
                            staged,
                            file.getContentType(),
                            Uploads.fileName(file)));
                    return null;
                });
            } finally {
                files.discard(staged);
            }
        } catch (RuleViolation refused) {
            return refused(caseId, "upload", form, refused);
        } finally {
            file.delete();
        }
    }

    @POST
    @Path("{id}/evidence/{evidenceId}/review")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        UUID caseId = uuid(id);
        UUID evidence = PathIds.uuid(evidenceId, "Evidence");
        Form form = Form.from(request);
        return act(caseId, "review-" + evidence, form, () -> {
            cases.reviewEvidence(
                    currentUser.require(), caseId, evidence, yesNo(form.value("accepted")), form.value("reason"));
            return "cases.evidence.reviewed";
        });
    }

    @POST
    @Path("{id}/evidence/{evidenceId}/type")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response reclassify(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        UUID caseId = uuid(id);
        UUID evidence = PathIds.uuid(evidenceId, "Evidence");
        Form form = Form.from(request);
        return act(caseId, "reclassify-" + evidence, form, () -> {
            cases.reclassifyEvidence(currentUser.require(), caseId, evidence, form.value("type"), form.value("reason"));
            return "cases.evidence.reclassified";
        });
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response decision(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "decision", form, () -> {
            DetentionCase c = cases.decide(currentUser.require(), caseId, form.value("outcome"), form.value("reason"));
            return "cases.decided." + c.status().name();
        });
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Produces(MediaType.TEXT_HTML)
    public Response approval(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "approval", form, () -> {
            DetentionCase c = cases.approveRelease(
                    currentUser.require(), caseId, yesNo(form.value("approved")), form.value("reason"));
            return "cases.decided." + c.status().name();
        });
    }

    @POST
    @Path("{id}/protest")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response protest(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "protest", form, () -> {
            cases.protest(currentUser.require(), caseId, form.value("statement"), form.value("route"));
            return "cases.protested";
        });
    }

    @POST
    @Path("{id}/protest/decision")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Produces(MediaType.TEXT_HTML)
    public Response protestDecision(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "protestDecision", form, () -> {
            String choice = form.value("upheld");
            boolean procedure = "PROCEDURE".equals(choice);
            Boolean upheld = procedure || "MERITS".equals(choice) ? Boolean.TRUE : yesNo(choice);
            DetentionCase c = cases.decideProtest(
                    currentUser.require(), caseId, upheld, procedure ? "PROCEDURE" : "MERITS", form.value("reason"));
            return "cases.decided." + c.status().name();
        });
    }

    @POST
    @Path("{id}/disposition")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response disposition(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "disposition", form, () -> {
            LocalDate on;
            try {
                on = form.value("on") == null || form.value("on").isBlank()
                        ? null
                        : LocalDate.parse(form.value("on").strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.of("on", Messages.text(page.locale(), "cases.error.day"));
            }
            cases.recordDisposition(currentUser.require(), caseId, form.value("kind"), on, form.value("reference"));
            return "cases.disposition.recorded";
        });
    }

    /** Runs a form's action: on success back to the case page with a message, else the page with the problem. */
    private Response act(UUID caseId, String formName, Form form, Supplier<String> action) {
        try {
            String message = action.get();
            if (message != null) {
                flash.add(Flash.Level.SUCCESS, message);
            }
            return Response.seeOther(URI.create("/cases/" + caseId)).build();
        } catch (RuleViolation refused) {
            return refused(caseId, formName, form, refused);
        }
    }

    /** What the admissibility table said of a document just offered, as the next page's message. */
    private void flashJudged(CaseEvidence e) {
        flash.add(
                e.isAdmissible() ? Flash.Level.SUCCESS : Flash.Level.WARNING,
                e.isAdmissible() ? "cases.evidence.admissible" : "cases.evidence.inadmissible",
                e.fileName(),
                String.valueOf(e.admissibilityReason()));
    }

    private Response refused(UUID caseId, String formName, Form form, RuleViolation refused) {
        Form shown = refused instanceof InvalidInputException
                ? form.withProblems(refused.problems())
                : form.withProblem(Form.GENERAL, refused.getMessage());
        if (!(refused instanceof InvalidInputException) && !refused.problems().isEmpty()) {
            shown = shown.withProblems(refused.problems());
        }
        return Response.status(RuleViolationMapper.statusOf(refused))
                .entity(casePage(caseId, formName, shown))
                .build();
    }

    /** The bundle key naming how a protest was decided; empty while it is undecided. */
    static String protestOutcomeKey(DetentionCase c) {
        if (c.protestDecidedBy() == null) {
            return "";
        }
        if (c.protestGrounds() == null) {
            return "cases.protestOutcome.DENIED";
        }
        return "cases.protestOutcome." + c.protestGrounds().name();
    }

    /**
     * Whether the decision was an exclusion (the authority ran out of time) rather than a
     * confiscation: the notice is then an exclusion notice. The confiscation template holds the
     * same rule.
     */
    static boolean excluded(DetentionCase c) {
        return c.status().isExcluded()
                || "system".equals(c.decidedBy())
                        && c.decisionReason() != null
                        && c.decisionReason().startsWith("AUTHORITY_CLOCK");
    }

    private static Boolean yesNo(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return "true".equals(raw) || "yes".equals(raw);
    }

    private View casePage(UUID caseId, String formName, Form form) {
        Actor actor = currentUser.require();
        Map<String, Object> model = model(caseId);
        DetentionCase c = (DetentionCase) model.get("detention");
        View view = View.of("cases/case");
        model.forEach(view::with);
        LocalDate today = LocalDate.now(clock);
        Set<CaseAction> allowed = c.allowedActions(actor, today);
        List<Requirement> unmet = cases.unmet(c);
        Map<String, String> policyStatus = new LinkedHashMap<>();
        for (Requirement r : unmet) {
            if (r.code().kind() == RequirementCode.Kind.POLICY_REPEALED) {
                policyStatus.put(
                        r.code().code(),
                        cases.policyStatus(r.code().policyId()).map(Enum::name).orElse("UNKNOWN"));
            }
        }
        return view.with("checklist", cases.checklist(c))
                .with("sectorGuidance", sectorGuidance.forHsCodes(matchedHsCodes((Entry) model.get("entry"))))
                .with("unmet", unmet)
                .with("traceMissing", cases.traceShortfalls(c))
                .with("policyStatus", policyStatus)
                .with(
                        "linkable",
                        allowed.contains(CaseAction.UPLOAD_EVIDENCE) ? cases.linkableRequirements(c) : List.of())
                .with("evidenceTypes", CaseEvidenceType.values())
                .with(
                        "registryDocuments",
                        allowed.contains(CaseAction.UPLOAD_EVIDENCE) && actor.has(Role.IMPORTER)
                                ? registryEvidence.choices(actor)
                                : List.of())
                .with("daysLeft", ChronoUnit.DAYS.between(today, c.rebuttalDeadline()))
                .with("today", today)
                .with("me", actor.username())
                .with("allowed", allowed)
                .with("mayFile", allowed.contains(CaseAction.FILE_REBUTTAL))
                .with("mayUpload", allowed.contains(CaseAction.UPLOAD_EVIDENCE))
                .with("mayReview", allowed.contains(CaseAction.REVIEW_EVIDENCE))
                .with("mayDecide", allowed.contains(CaseAction.DECIDE))
                .with("mayApprove", allowed.contains(CaseAction.APPROVE_RELEASE))
                .with("mayProtest", allowed.contains(CaseAction.PROTEST))
                .with("mayDecideProtest", allowed.contains(CaseAction.DECIDE_PROTEST))
                .with("protestOutcomeKey", protestOutcomeKey(c))
                .with("mayRecordDisposition", allowed.contains(CaseAction.RECORD_DISPOSITION))
                .with("infoRequestsLeft", Math.max(0, detentionSettings.infoRequests() - c.infoRequests()))
                .with("maxMiB", evidenceSettings.maxBytes() / (1024 * 1024))
                .with("accepted", UploadInspector.acceptedTypes())
                .with("formName", formName == null ? "" : formName)
                .with("form", form);
    }

    /** The HS codes of the entry's matched items: the sectors whose evidence guidance the case page shows. */
    private static List<String> matchedHsCodes(Entry entry) {
        return entry.matches().stream()
                .map(ScreeningMatch::hsCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The case, and what each trace needs: the notice tells the importer before they choose a route. */
    private Map<String, Object> noticeModel(UUID caseId) {
        Map<String, Object> model = model(caseId);
        model.put("traceNeeds", cases.traceRequirements((DetentionCase) model.get("detention")));
        return model;
    }

    private Map<String, Object> confiscationModel(UUID caseId) {
        Map<String, Object> model = model(caseId);
        DetentionCase c = (DetentionCase) model.get("detention");
        if (c.protestDeadline() == null) {
            throw new NotFoundException("A confiscation notice for case " + caseId);
        }
        return model;
    }

    private Map<String, Object> model(UUID caseId) {
        Actor actor = currentUser.require();
        DetentionCase c = cases.get(actor, caseId);
        Entry entry = entries.get(actor, c.entryId());
        Map<UUID, Grounds> grounds = new LinkedHashMap<>();
        for (ScreeningMatch m : entry.matches()) {
            if (m.designationId() != null && !grounds.containsKey(m.designationId())) {
                try {
                    Designation d = designations.get(Optional.empty(), m.designationId());
                    grounds.put(d.id(), new Grounds(d, designations.policiesOf(d)));
                } catch (NotFoundException e) {
                    // A designation no longer visible stays named in the match itself.
                }
            }
        }
        Map<String, String> names = regions.namesByCode();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("detention", c);
        model.put("entry", entry);
        model.put("massBalance", massBalance.assessment(entry.id()).orElse(null));
        model.put("grounds", grounds.values().stream().filter(Objects::nonNull).toList());
        model.put("regionNames", names);
        model.put("decisionDays", detentionSettings.decisionDays());
        model.put("protestDecisionDays", detentionSettings.protestDecisionDays());
        model.put("manual", manualGrounds(entry, names));
        return model;
    }

    /** The grounds an officer cited, by name; null for a screened detention. */
    private ManualGroundsView manualGrounds(Entry entry, Map<String, String> names) {
        return ManualGroundsView.of(
                entry,
                id -> {
                    try {
                        return Optional.of(
                                designations.get(Optional.empty(), id).title());
                    } catch (NotFoundException e) {
                        return Optional.empty();
                    }
                },
                id -> policies.find(id).map(StatePolicy::title),
                names);
    }

    private Part filePart() throws IOException {
        try {
            Part part = request.getPart("file");
            return part == null
                            || part.getSize() == 0
                                    && (part.getSubmittedFileName() == null
                                            || part.getSubmittedFileName().isBlank())
                    ? null
                    : part;
        } catch (ServletException e) {
            return null;
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Case");
    }
}
