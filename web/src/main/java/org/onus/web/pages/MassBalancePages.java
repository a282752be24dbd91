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
import java.math.BigDecimal;
import java.net.URI;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.massbalance.MassBalanceService;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * The conversion chains the mass-balance check reads: everyone signed in reads them with their
 * sources; regulators change a stage's yield with a reason (audited).
 */
@Path("mass-balance/chains")
@RequestScoped
@RolesAllowed({
    Role.Names.REGULATOR,
    Role.Names.SENIOR_REGULATOR,
    Role.Names.CUSTOMS_OFFICER,
    Role.Names.CUSTOMS_SUPERVISOR,
    Role.Names.IMPORTER,
    Role.Names.AUDITOR,
    Role.Names.ADMIN
})
public class MassBalancePages {

    @Inject
    MassBalanceService massBalance;

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
    @Path("{code}/{position}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response changeYield(@PathParam("code") String code, @PathParam("position") int position) {
        Form form = Form.from(request);
        try {
            BigDecimal yield;
            try {
                yield = new BigDecimal(form.value("yield").strip());
            } catch (RuntimeException e) {
                throw InvalidInputException.of("yield", "Give the yield as a number, e.g. 0.85");
            }
            massBalance.changeYield(currentUser.require(), code, position, yield, form.value("reason"));
            flash.add(Flash.Level.SUCCESS, "massbalance.chains.changed", code);
            return Response.seeOther(URI.create("/mass-balance/chains")).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(page(form.withProblems(refused.problems())))
                    .build();
        }
    }

    private View page(Form form) {
        Actor actor = currentUser.require();
        return View.of("massbalance/chains")
                .with("chains", massBalance.chains())
                .with("canEdit", actor.has(Role.REGULATOR) || actor.has(Role.SENIOR_REGULATOR))
                .with("form", form);
    }
}
