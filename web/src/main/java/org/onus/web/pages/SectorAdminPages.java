package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorService;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageModel;
import org.onus.web.view.View;

/** Administrators maintain the sectors; a refused form comes back with the values kept. */
@Path("admin/sectors")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
public class SectorAdminPages {

    @Inject
    SectorService sectors;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    PageModel page;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        return View.of("admin/sectors").with("sectors", sectors.all());
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        return form(null, Form.empty());
    }

    @POST
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response create() {
        Form form = Form.from(request);
        try {
            Sector created = sectors.create(currentUser.require(), definition(form, null));
            flash.add(Flash.Level.SUCCESS, "sectors.saved", created.code());
            return Response.seeOther(URI.create("/admin/sectors")).build();
        } catch (InvalidInputException | ConflictException refused) {
            Form shown = refused.problems().isEmpty()
                    ? form.withProblem(Form.GENERAL, refused.getMessage())
                    : form.withProblems(refused.problems());
            return Response.status(statusOf(refused)).entity(form(null, shown)).build();
        }
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public View editForm(@PathParam("code") String code) {
        Sector sector = sectors.find(code).orElseThrow(() -> new NotFoundException("Sector " + code));
        return form(
                sector,
                Form.of(Map.of(
                        "name", sector.name(),
                        "description", sector.description() == null ? "" : sector.description(),
                        "hsPrefixes", String.join(" ", sector.hsPrefixes()),
                        "highPriority", Boolean.toString(sector.highPriority()),
                        "version", Long.toString(sector.version()))));
    }

    @POST
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("code") String code) {
        Sector sector = sectors.find(code).orElseThrow(() -> new NotFoundException("Sector " + code));
        Form form = Form.from(request);
        try {
            long version = Long.parseLong(form.value("version"));
            sectors.redefine(currentUser.require(), sector.code(), version, definition(form, sector.code()));
            flash.add(Flash.Level.SUCCESS, "sectors.saved", sector.code());
            return Response.seeOther(URI.create("/admin/sectors")).build();
        } catch (NumberFormatException e) {
            return Response.status(400)
                    .entity(form(
                            sector, form.withProblem(Form.GENERAL, Messages.text(page.locale(), "form.incomplete"))))
                    .build();
        } catch (InvalidInputException | ConflictException refused) {
            Form shown = refused.problems().isEmpty()
                    ? form.withProblem(Form.GENERAL, refused.getMessage())
                    : form.withProblems(refused.problems());
            return Response.status(statusOf(refused))
                    .entity(form(sector, shown))
                    .build();
        }
    }

    private View form(Sector sector, Form form) {
        return View.of("admin/sector-form")
                .with("sector", sector)
                .with("form", form)
                .with("history", sector == null ? List.of() : sectors.history(sector.code()));
    }

    private static Sector.Definition definition(Form form, String code) {
        List<String> prefixes = Arrays.stream(form.value("hsPrefixes").split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        return new Sector.Definition(
                code != null ? code : form.value("code"),
                form.value("name"),
                form.value("description"),
                prefixes,
                form.checked("highPriority"));
    }

    private static int statusOf(RuntimeException refused) {
        return refused instanceof ConflictException ? 409 : 400;
    }
}
