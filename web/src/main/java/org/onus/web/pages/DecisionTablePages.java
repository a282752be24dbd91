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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onus.core.decisiontable.ChangeableTable;
import org.onus.core.decisiontable.DecisionTableService;
import org.onus.core.decisiontable.TableVersion;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * Decision tables regulators change under four eyes: every version readable, a form with the
 * current rows to propose a new version, and another regulator's approval or rejection.
 */
@Path("decision-tables")
@RequestScoped
@RolesAllowed({
    Role.Names.REGULATOR,
    Role.Names.SENIOR_REGULATOR,
    Role.Names.CUSTOMS_OFFICER,
    Role.Names.CUSTOMS_SUPERVISOR,
    Role.Names.AUDITOR,
    Role.Names.ADMIN
})
public class DecisionTablePages {

    /** Empty rows offered below the current ones, to add rows. */
    static final int SPARE_ROWS = 2;

    @Inject
    DecisionTableService tables;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    /** A table with its latest version, for the index. */
    public record TableSummary(String key, TableVersion latest) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View index() {
        Actor actor = currentUser.require();
        List<TableSummary> all = Arrays.stream(ChangeableTable.values())
                .map(t -> new TableSummary(t.key(), tables.latest(actor, t.key())))
                .toList();
        return View.of("massbalance/decision-tables").with("tables", all);
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.TEXT_HTML)
    public View table(@PathParam("key") String key) {
        return page(key, null);
    }

    @POST
    @Path("{key}/proposals")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@PathParam("key") String key) {
        Form form = Form.from(request);
        Actor actor = currentUser.require();
        TableVersion latest = tables.latest(actor, key);
        int columns = latest.columns().size();
        int count;
        try {
            count = Math.min(Integer.parseInt(form.value("rowCount")), ChangeableTable.MAX_ROWS + SPARE_ROWS);
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(form.value("rows[" + r + "][" + c + "]"));
            }
            if (row.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                rows.add(row);
            }
        }
        try {
            tables.propose(actor, key, rows, form.value("reason"));
            flash.add(Flash.Level.SUCCESS, "massbalance.tables.proposed", key);
            return Response.seeOther(URI.create("/decision-tables/" + key)).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(page(key, form.withProblems(refused.problems())))
                    .build();
        }
    }

    @POST
    @Path("{key}/proposals/{id}/approval")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("key") String key, @PathParam("id") String id) {
        var p = tables.approve(currentUser.require(), key, PathIds.uuid(id, "Proposal"));
        flash.add(
                Flash.Level.SUCCESS,
                "massbalance.tables.approved",
                key,
                String.valueOf(p.deployedVersion().orElse(0)));
        return Response.seeOther(URI.create("/decision-tables/" + key)).build();
    }

    @POST
    @Path("{key}/proposals/{id}/rejection")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response reject(@PathParam("key") String key, @PathParam("id") String id) {
        tables.reject(currentUser.require(), key, PathIds.uuid(id, "Proposal"));
        flash.add(Flash.Level.SUCCESS, "massbalance.tables.rejected", key);
        return Response.seeOther(URI.create("/decision-tables/" + key)).build();
    }

    private View page(String key, Form refused) {
        Actor actor = currentUser.require();
        List<TableVersion> versions = new ArrayList<>(tables.versions(actor, key));
        java.util.Collections.reverse(versions);
        TableVersion latest = versions.get(0);
        Form form = refused;
        if (form == null) {
            java.util.Map<String, String> values = new java.util.HashMap<>();
            for (int r = 0; r < latest.rows().size(); r++) {
                for (int c = 0; c < latest.columns().size(); c++) {
                    values.put(
                            "rows[" + r + "][" + c + "]", latest.rows().get(r).get(c));
                }
            }
            form = Form.of(values);
        }
        int rowCount = latest.rows().size() + SPARE_ROWS;
        return View.of("massbalance/decision-table")
                .with("key", key)
                .with("latest", latest)
                .with("versions", versions)
                .with("proposals", tables.proposals(actor, key))
                .with("rowCount", rowCount)
                .with("me", actor.username())
                .with("canPropose", actor.has(Role.REGULATOR) || actor.has(Role.SENIOR_REGULATOR))
                .with("form", form);
    }
}
