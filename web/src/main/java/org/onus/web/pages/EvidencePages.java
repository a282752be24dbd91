package org.onus.web.pages;

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
import java.util.List;
import java.util.Map;
import org.onus.core.evidence.AccessClass;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceCriteria;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.EvidencePage;
import org.onus.core.evidence.EvidenceSettings;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.web.http.ContentDisposition;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.PageLinks;
import org.onus.web.view.View;

/** The evidence library for people: search it, read an item, download its file, add to it. */
@Path("evidence")
@RequestScoped
public class EvidencePages {

    static final int PAGE = 25;

    @Inject
    EvidenceLibrary library;

    @Inject
    EvidenceSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View search(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("tag") String tag,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page) {
        Actor actor = currentUser.require();
        Form form = Form.of(Map.of("q", nz(q), "type", nz(type), "tag", nz(tag), "from", nz(from), "to", nz(to)));
        EvidencePage results = new EvidencePage(List.of(), 0);
        int current = PageLinks.pageNumber(page);
        try {
            results = library.search(actor, EvidenceCriteria.parse(q, type, tag, from, to, (current - 1) * PAGE, PAGE));
        } catch (InvalidInputException refused) {
            form = form.withProblems(refused.problems());
        }
        return View.of("evidence/search")
                .with("form", form)
                .with("results", results)
                .with("page", current)
                .with("pages", (int) Math.max(1, (results.total() + PAGE - 1) / PAGE))
                .with("types", EvidenceType.values())
                .with("canAdd", canAdd(actor));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        requireContributor(currentUser.require());
        return form(Form.of(Map.of("accessClass", "INTERNAL")));
    }

    @POST
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response add() throws IOException {
        Actor actor = currentUser.require();
        requireContributor(actor);
        Form form = Form.from(request);
        EvidenceItem.Description description = new EvidenceItem.Description(
                form.value("type"),
                form.value("title"),
                form.value("source"),
                form.value("url"),
                form.value("date"),
                form.value("language"),
                form.value("summary"),
                EvidenceItem.Description.splitTags(form.value("tags")),
                form.value("accessClass"));
        Part file = filePart();
        try {
            EvidenceItem item;
            if (file == null) {
                item = library.record(actor, description);
            } else {
                ContentStore.Staged staged;
                try (InputStream in = file.getInputStream()) {
                    staged = library.receive(in);
                }
                try {
                    item = library.upload(actor, description, staged, file.getContentType(), Uploads.fileName(file));
                } finally {
                    library.discard(staged);
                }
            }
            flash.add(Flash.Level.SUCCESS, "evidence.saved", item.title());
            return Response.seeOther(URI.create("/evidence/" + item.id())).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(form(form.withProblems(refused.problems())).with("fileLost", file != null))
                    .build();
        } catch (UploadRejectedException refused) {
            return Response.status(refused.reason().status())
                    .entity(form(form.withProblems(refused.problems())).with("fileLost", true))
                    .build();
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public View item(@PathParam("id") String id) {
        EvidenceItem item = library.find(currentUser.require(), uuid(id));
        return View.of("evidence/item").with("item", item);
    }

    @GET
    @Path("{id}/file")
    public Response file(@PathParam("id") String id) {
        EvidenceLibrary.Download download = library.download(currentUser.require(), uuid(id));
        EvidenceItem item = download.item();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, item.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(item.fileName()))
                .header("Content-Length", item.sizeBytes())
                .build();
    }

    private View form(Form form) {
        return View.of("evidence/new")
                .with("form", form)
                .with("fileLost", false)
                .with("types", EvidenceType.values())
                .with("accessClasses", AccessClass.values())
                .with("maxMiB", settings.maxBytes() / (1024 * 1024))
                .with("accepted", UploadInspector.acceptedTypes());
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

    static boolean canAdd(Actor actor) {
        return actor.has(Role.REGULATOR) || actor.has(Role.UPR_DRAFTER);
    }

    private static void requireContributor(Actor actor) {
        if (!canAdd(actor)) {
            throw new ForbiddenActionException("Only regulators and UPR drafters add to the evidence library");
        }
    }

    static java.util.UUID uuid(String id) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Evidence " + id);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
