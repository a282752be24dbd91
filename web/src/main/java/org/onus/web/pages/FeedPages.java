package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.onus.core.feed.FeedService;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * Mutual recognition for regulators: the authority's own signed feed and keys, other authorities'
 * registered keys, and the import of their signed feeds as drafts, with the result item by item.
 */
@Path("designations/feeds")
@RequestScoped
@RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
public class FeedPages {

    private static final int MAX_UPLOAD = 5 * 1024 * 1024;

    @Inject
    FeedService feed;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View page() {
        return view(Form.empty(), Form.empty(), null);
    }

    @POST
    @Path("authorities")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response register() {
        Form form = Form.from(request);
        try {
            var a = feed.register(currentUser.require(), form.value("name"), form.value("jwks"));
            flash.add(Flash.Level.SUCCESS, "feed.registered", a.name());
            return Response.seeOther(URI.create("/designations/feeds")).build();
        } catch (InvalidInputException | org.onus.core.problem.ConflictException refused) {
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(view(form.withProblems(refused.problems()), Form.empty(), null))
                    .build();
        }
    }

    @POST
    @Path("import")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response importFeed() throws IOException {
        Actor actor = currentUser.require();
        Form form = Form.from(request);
        try {
            FeedService.ImportResult result;
            String url = form.value("documentUrl").strip();
            UUID authority = authority(form.value("authority"));
            if (!url.isEmpty()) {
                result = feed.importFromUrl(actor, authority, url, form.value("signatureUrl"));
            } else {
                byte[] document = read(Uploads.part(request, "document"), "document");
                byte[] signature = read(Uploads.part(request, "signature"), "signature");
                result = feed.importFeed(
                        actor,
                        authority,
                        document,
                        signature == null ? null : new String(signature, StandardCharsets.US_ASCII));
            }
            return Response.ok(view(Form.empty(), form, result)).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(view(Form.empty(), form.withProblems(refused.problems()), null))
                    .build();
        }
    }

    private static UUID authority(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    java.util.List.of(new Problem("authority", "Choose a registered authority")));
        }
    }

    /** The part's bytes (at most 5 MiB), or null when it is missing or empty. */
    private static byte[] read(jakarta.servlet.http.Part part, String field) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (java.io.InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_UPLOAD + 1);
            if (bytes.length > MAX_UPLOAD) {
                throw InvalidInputException.of(field, "The file is larger than 5 MiB");
            }
            return bytes;
        } finally {
            part.delete();
        }
    }

    private View view(Form register, Form importForm, FeedService.ImportResult result) {
        Actor actor = currentUser.require();
        return View.of("designations/feeds")
                .with("authorities", feed.authorities(actor))
                .with("latest", feed.latestListVersion().orElse(null))
                .with("isRegulator", actor.has(Role.REGULATOR))
                .with("form", register.hasProblems() ? register : importForm)
                .with("registerForm", register)
                .with("importForm", importForm)
                .with("result", result)
                .with(
                        "counts",
                        result == null
                                ? null
                                : new long[] {
                                    result.count(FeedService.Outcome.DRAFTED),
                                    result.count(FeedService.Outcome.ALREADY_IMPORTED),
                                    result.count(FeedService.Outcome.REFUSED)
                                });
    }
}
