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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.EvidenceSettings;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.RuleViolation;
import org.onus.core.supplychain.Facility;
import org.onus.core.supplychain.RegistrationScheme;
import org.onus.core.supplychain.Supplier;
import org.onus.core.supplychain.SupplierDraft;
import org.onus.core.supplychain.SupplierRegistry;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/** The importer's supplier registry: the list, one supplier with its facilities and documents, the forms. */
@Path("suppliers")
@RequestScoped
@RolesAllowed(Role.Names.IMPORTER)
public class SupplierPages {

    @Inject
    SupplierRegistry registry;

    @Inject
    EvidenceLibrary files;

    @Inject
    EvidenceSettings evidenceSettings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        return View.of("supplychain/suppliers").with("suppliers", registry.list(currentUser.require()));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        return form(Form.of(Map.of("registrationScheme", "USCC")), null);
    }

    @POST
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response register() {
        Form form = Form.from(request);
        try {
            Supplier s = registry.register(currentUser.require(), draft(form));
            flash.add(Flash.Level.SUCCESS, "supplychain.supplier.saved", s.legalName());
            return Response.seeOther(URI.create("/suppliers/" + s.id())).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(form(form.withProblems(onePerField(refused.problems())), null))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        return page(registry.get(currentUser.require(), uuid(id)), Form.empty(), Form.empty(), false);
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public View editForm(@PathParam("id") String id) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("legalName", s.legalName());
        values.put("aliases", String.join("\n", s.aliases()));
        values.put("chineseName", nz(s.chineseName()));
        values.put("registrationNumber", nz(s.registrationNumber()));
        values.put(
                "registrationScheme",
                s.registrationScheme() == null ? "USCC" : s.registrationScheme().name());
        values.put("address", nz(s.address()));
        values.put("regionCode", s.regionCode());
        values.put("openSupplyHubId", nz(s.openSupplyHubId()));
        values.put("lock", Long.toString(s.lockVersion()));
        return form(Form.of(values), s);
    }

    @POST
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") String id) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Form form = Form.from(request);
        Long lock = null;
        try {
            lock = Long.valueOf(form.value("lock"));
        } catch (NumberFormatException e) {
            // no check
        }
        try {
            registry.update(currentUser.require(), s.id(), draft(form), lock);
            flash.add(Flash.Level.SUCCESS, "supplychain.supplier.saved", form.value("legalName"));
            return Response.seeOther(URI.create("/suppliers/" + s.id())).build();
        } catch (RuleViolation refused) {
            Form shown = refused instanceof InvalidInputException
                    ? form.withProblems(onePerField(refused.problems()))
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(form(shown, s))
                    .build();
        }
    }

    @POST
    @Path("{id}/facilities")
    @Produces(MediaType.TEXT_HTML)
    public Response addFacility(@PathParam("id") String id) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Form form = Form.from(request);
        try {
            registry.addFacility(currentUser.require(), s.id(), facilityDraft(form));
            flash.add(Flash.Level.SUCCESS, "supplychain.facility.added", form.value("name"));
            return Response.seeOther(URI.create("/suppliers/" + s.id() + "#facilities"))
                    .build();
        } catch (InvalidInputException refused) {
            Form shown = Form.of(prefixed("facility-", form))
                    .withProblems(refused.problems().stream()
                            .map(p -> new org.onus.core.problem.Problem("facility-" + p.code(), p.message()))
                            .toList());
            return Response.status(400)
                    .entity(page(s, shown, Form.empty(), false))
                    .build();
        }
    }

    @GET
    @Path("{id}/facilities/{facilityId}/edit")
    @Produces(MediaType.TEXT_HTML)
    public View editFacilityForm(@PathParam("id") String id, @PathParam("facilityId") String facilityId) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Facility f = facility(s, facilityId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", f.name());
        values.put("address", nz(f.address()));
        values.put("regionCode", f.regionCode());
        values.put("openSupplyHubId", nz(f.openSupplyHubId()));
        return facilityForm(Form.of(values), s, f);
    }

    @POST
    @Path("{id}/facilities/{facilityId}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response updateFacility(@PathParam("id") String id, @PathParam("facilityId") String facilityId) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Facility f = facility(s, facilityId);
        Form form = Form.from(request);
        try {
            registry.updateFacility(currentUser.require(), s.id(), f.id(), facilityDraft(form));
            flash.add(Flash.Level.SUCCESS, "supplychain.facility.saved", form.value("name"));
            return Response.seeOther(URI.create("/suppliers/" + s.id() + "#facilities"))
                    .build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(facilityForm(form.withProblems(refused.problems()), s, f))
                    .build();
        }
    }

    @POST
    @Path("{id}/facilities/{facilityId}/removal")
    @Produces(MediaType.TEXT_HTML)
    public Response removeFacility(@PathParam("id") String id, @PathParam("facilityId") String facilityId) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Facility f = facility(s, facilityId);
        try {
            registry.removeFacility(currentUser.require(), s.id(), f.id());
            flash.add(Flash.Level.SUCCESS, "supplychain.facility.removed", f.name());
            return Response.seeOther(URI.create("/suppliers/" + s.id() + "#facilities"))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(409)
                    .entity(page(s, Form.empty().withProblem(Form.GENERAL, refused.getMessage()), Form.empty(), false))
                    .build();
        }
    }

    @POST
    @Path("{id}/documents/{documentId}/removal")
    @Produces(MediaType.TEXT_HTML)
    public Response removeDocument(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        String title = s.document(PathIds.uuid(documentId, "Document")).title();
        registry.removeDocument(currentUser.require(), s.id(), PathIds.uuid(documentId, "Document"));
        flash.add(Flash.Level.SUCCESS, "supplychain.document.removed", title);
        return Response.seeOther(URI.create("/suppliers/" + s.id() + "#documents"))
                .build();
    }

    @POST
    @Path("{id}/documents")
    @Produces(MediaType.TEXT_HTML)
    public Response addDocument(@PathParam("id") String id) throws IOException {
        Supplier s = registry.get(currentUser.require(), uuid(id));
        Form form = Form.from(request);
        Part file = filePart();
        try {
            if (file == null) {
                throw InvalidInputException.of("file", "Choose the file to upload");
            }
            ContentStore.Staged staged;
            try (InputStream in = file.getInputStream()) {
                staged = files.receive(in);
            }
            try {
                registry.addDocument(
                        currentUser.require(),
                        s.id(),
                        form.value("facilityId"),
                        form.value("title"),
                        staged,
                        file.getContentType(),
                        Uploads.fileName(file));
            } finally {
                files.discard(staged);
            }
            flash.add(Flash.Level.SUCCESS, "supplychain.document.added", form.value("title"));
            return Response.seeOther(URI.create("/suppliers/" + s.id() + "#documents"))
                    .build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(page(s, Form.empty(), documentForm(form, refused.problems()), file != null))
                    .build();
        } catch (UploadRejectedException refused) {
            return Response.status(refused.reason().status())
                    .entity(page(s, Form.empty(), documentForm(form, refused.problems()), true))
                    .build();
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }

    @GET
    @Path("{id}/documents/{documentId}")
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
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
                .build();
    }

    private View form(Form form, Supplier editing) {
        return View.of("supplychain/supplier-form")
                .with("form", form)
                .with("supplier", editing)
                .with("schemes", RegistrationScheme.values());
    }

    private static Facility facility(Supplier s, String facilityId) {
        UUID fid = PathIds.uuid(facilityId, "Facility");
        return s.facility(fid).orElseThrow(() -> new NotFoundException("Facility " + fid));
    }

    private View facilityForm(Form form, Supplier s, Facility f) {
        return View.of("supplychain/facility-form")
                .with("form", form)
                .with("supplier", s)
                .with("facility", f);
    }

    private View page(Supplier s, Form facilityForm, Form documentForm, boolean fileLost) {
        return View.of("supplychain/supplier")
                .with("supplier", s)
                .with("facilityForm", facilityForm)
                .with("documentForm", documentForm)
                .with("fileLost", fileLost)
                .with("maxMiB", evidenceSettings.maxBytes() / (1024 * 1024))
                .with("accepted", UploadInspector.acceptedTypes());
    }

    private static Form documentForm(Form form, List<org.onus.core.problem.Problem> problems) {
        return Form.of(prefixed("document-", form))
                .withProblems(problems.stream()
                        .map(p -> new org.onus.core.problem.Problem("document-" + p.code(), p.message()))
                        .toList());
    }

    /** The form's values under a prefix, so two forms on one page keep their fields apart. */
    private static Map<String, String> prefixed(String prefix, Form form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("name", "address", "regionCode", "openSupplyHubId", "title", "facilityId")) {
            values.put(prefix + f, form.value(f));
        }
        return values;
    }

    /** The API names each alias (aliases[1]); the form has one field for them all. */
    private static List<org.onus.core.problem.Problem> onePerField(List<org.onus.core.problem.Problem> problems) {
        return problems.stream()
                .map(p -> new org.onus.core.problem.Problem(p.code().replaceFirst("\\[\\d+]$", ""), p.message()))
                .toList();
    }

    private static SupplierDraft.FacilityDraft facilityDraft(Form form) {
        return new SupplierDraft.FacilityDraft(
                form.value("name"), form.value("address"), form.value("regionCode"), form.value("openSupplyHubId"));
    }

    private static SupplierDraft draft(Form form) {
        return new SupplierDraft(
                form.value("legalName"),
                Arrays.stream(form.value("aliases").split("\\R"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList(),
                form.value("chineseName"),
                form.value("registrationNumber"),
                form.value("registrationScheme"),
                form.value("address"),
                form.value("regionCode"),
                form.value("openSupplyHubId"));
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Supplier");
    }
}
