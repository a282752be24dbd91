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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onus.core.delegation.Delegation;
import org.onus.core.delegation.DelegationService;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.RuleViolation;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * {@code /organisation/delegations}: an importer delegates customs brokers to file in its name and
 * revokes them; a customs broker sees the importers that delegated it (docs/BROKERS.md).
 */
@Path("organisation/delegations")
@RequestScoped
@RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_BROKER})
public class DelegationPages {

    @Inject
    DelegationService delegations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    /** A delegation as the page shows it. */
    public record Row(
            String id,
            String importer,
            String broker,
            LocalDate validUntil,
            String grantedBy,
            Instant grantedAt,
            String revokedBy,
            Instant revokedAt,
            boolean inForce) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View show() {
        return view(Form.empty());
    }

    @POST
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response grant() {
        Form form = Form.from(request);
        try {
            Delegation d = delegations.grant(currentUser.require(), form.value("broker"), form.value("validUntil"));
            flash.add(Flash.Level.SUCCESS, "brokers.granted", d.brokerCode());
            return Response.seeOther(URI.create("/organisation/delegations")).build();
        } catch (RuleViolation refused) {
            Form shown = refused instanceof InvalidInputException
                            || !refused.problems().isEmpty()
                    ? form.withProblems(refused.problems())
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(view(shown))
                    .build();
        }
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response revoke(@PathParam("id") String id) {
        Delegation d = delegations.revoke(currentUser.require(), PathIds.uuid(id, "Delegation"));
        flash.add(Flash.Level.SUCCESS, "brokers.revoked", d.brokerCode());
        return Response.seeOther(URI.create("/organisation/delegations")).build();
    }

    private View view(Form form) {
        Actor actor = currentUser.require();
        List<Row> rows = delegations.visibleTo(actor).stream()
                .map(d -> new Row(
                        d.id().toString(),
                        d.importerCode(),
                        d.brokerCode(),
                        d.validUntil(),
                        d.grantedBy(),
                        d.grantedAt(),
                        d.revokedBy(),
                        d.revokedAt(),
                        delegations.inForce(d)))
                .toList();
        return View.of("organisation/delegations")
                .with("rows", rows)
                .with("importer", actor.has(Role.IMPORTER))
                .with("form", form);
    }
}
