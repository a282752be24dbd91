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
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.sector.SectorService;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * Regulators switch the disclosure hold per sector: with it on, goods of the sector declared too
 * coarsely are held until the disclosure is refined; with it off they still need refining but are
 * not held. Every switch is audited with its reason.
 */
@Path("sectors/disclosure-hold")
@RequestScoped
@RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
public class SectorHoldPages {

    @Inject
    SectorService sectors;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        return page(Form.empty());
    }

    @POST
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("code") String code) {
        Form form = Form.from(request);
        try {
            boolean on = "on".equals(form.value("hold"));
            sectors.switchDisclosureHold(currentUser.require(), code, on, form.value("reason"));
            flash.add(Flash.Level.SUCCESS, on ? "sectors.hold.on" : "sectors.hold.off", code);
            return Response.seeOther(URI.create("/sectors/disclosure-hold")).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(page(form.withProblems(refused.problems())))
                    .build();
        }
    }

    private View page(Form form) {
        return View.of("admin/sector-hold").with("sectors", sectors.all()).with("form", form);
    }
}
