package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onus.core.entry.EntryDraft;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.RuleViolation;
import org.onus.core.screeningcheck.CheckRateLimitedException;
import org.onus.core.screeningcheck.ScreeningChecks;
import org.onus.core.supplychain.MapVersion;
import org.onus.core.supplychain.SupplyChainMap;
import org.onus.core.supplychain.SupplyChainMaps;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * The check before shipping for importers (the entry form, answered on the same page) and the list
 * of checks for customs, regulators and auditors.
 */
@Path("screenings")
@RequestScoped
public class ScreeningCheckPages {

    static final int PAGE_SIZE = 50;

    @Inject
    ScreeningChecks checks;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentUser currentUser;

    @Inject
    SupplyChainMaps maps;

    @Context
    HttpServletRequest request;

    @GET
    @Path("check")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public View form() {
        return page(Form.empty(), 0, null);
    }

    @POST
    @Path("check")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response check() {
        Form form = Form.from(request);
        List<EntryDraft.InputDraft> inputs = inputs();
        EntryDraft draft = new EntryDraft(
                form.value("entryNumber"),
                form.value("hsCode"),
                form.value("description"),
                form.value("originCountry"),
                form.value("amount"),
                form.value("currency"),
                form.value("arrivalDate"),
                form.value("port"),
                inputs,
                form.value("quantity"),
                form.value("unit"));
        try {
            ScreeningChecks.Outcome outcome = checks.check(currentUser.require(), draft);
            return Response.ok(page(form, inputs.size(), outcome)).build();
        } catch (CheckRateLimitedException limited) {
            return Response.status(429)
                    .header("Retry-After", limited.retryAfterSeconds())
                    .entity(page(form.withProblem(Form.GENERAL, limited.getMessage()), inputs.size(), null))
                    .build();
        } catch (RuleViolation refused) {
            Form refusedForm = refused instanceof InvalidInputException
                    ? form.withProblems(refused.problems())
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(page(refusedForm, inputs.size(), null))
                    .build();
        }
    }

    /**
     * Checks a version of one of the importer's supply-chain maps, from the map page's form: the
     * same draft filing from the map makes (the goods and their quantity are the map's), so the
     * answer is what filing it would give.
     */
    @POST
    @Path("check/maps/{id}/versions/{n}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.TEXT_HTML)
    public Response checkMap(@PathParam("id") String id, @PathParam("n") String n) {
        Actor actor = currentUser.require();
        SupplyChainMap map = maps.get(actor, SupplyChainMapPages.uuid(id));
        MapVersion version;
        try {
            version = maps.version(actor, map.id(), Integer.parseInt(n));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Version " + n);
        }
        Form form = Form.from(request);
        EntryDraft draft = new EntryDraft(
                form.value("entryNumber"),
                version.goodsHsCode(),
                version.goodsDescription(),
                form.value("originCountry"),
                form.value("amount"),
                form.value("currency"),
                form.value("arrivalDate"),
                form.value("port"),
                List.of(),
                version.goodsQuantity() == null ? null : version.goodsQuantity().toPlainString(),
                version.goodsUnit(),
                map.id().toString(),
                Integer.toString(version.number()));
        Map<String, String> shown = new LinkedHashMap<>();
        for (String field : List.of("entryNumber", "originCountry", "amount", "currency", "arrivalDate", "port")) {
            shown.put(field, form.value(field));
        }
        shown.put("hsCode", version.goodsHsCode());
        shown.put("description", version.goodsDescription());
        Form checked = Form.of(shown);
        try {
            ScreeningChecks.Outcome outcome = checks.check(actor, draft);
            return Response.ok(page(checked, 0, outcome).with("map", map).with("mapVersion", version.number()))
                    .build();
        } catch (CheckRateLimitedException limited) {
            return Response.status(429)
                    .header("Retry-After", limited.retryAfterSeconds())
                    .entity(page(checked.withProblem(Form.GENERAL, limited.getMessage()), 0, null))
                    .build();
        } catch (RuleViolation refused) {
            Form refusedForm = refused instanceof InvalidInputException
                    ? checked.withProblems(refused.problems())
                    : checked.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(page(refusedForm, 0, null).with("map", map).with("mapVersion", version.number()))
                    .build();
        }
    }

    @GET
    @Path("checks")
    @RolesAllowed({
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.REGULATOR,
        Role.Names.SENIOR_REGULATOR,
        Role.Names.AUDITOR,
        Role.Names.IMPORTER
    })
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("organisation") String organisation, @QueryParam("page") String page) {
        Actor actor = currentUser.require();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organisation", organisation == null ? "" : organisation.strip());
        Form form = Form.of(values);
        int number = 1;
        int code = 200;
        try {
            number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            code = 400;
        }
        ScreeningChecks.Page found;
        try {
            found = checks.list(actor, organisation, code == 200 ? number : 1, PAGE_SIZE);
        } catch (InvalidInputException refused) {
            found = checks.list(actor, organisation, 1, PAGE_SIZE);
            code = 400;
        }
        boolean mayFilter = !actor.has(Role.IMPORTER) || actor.isCustoms();
        return Response.status(code)
                .entity(View.of("screenings/checks")
                        .with("page", found)
                        .with("form", form)
                        .with("mayFilter", mayFilter)
                        .with("mayReadEntries", actor.isCustoms() || actor.has(Role.IMPORTER)))
                .build();
    }

    private View page(Form form, int submittedRows, ScreeningChecks.Outcome outcome) {
        int rows = Math.max(submittedRows, 0) + EntryPages.BLANK_ROWS;
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            indexes.add(i);
        }
        return View.of("screenings/check")
                .with("form", form)
                .with("rows", indexes)
                .with("outcome", outcome)
                .with("regionNames", regions.namesByCode());
    }

    /** The input table's rows, read as the entry form reads them. */
    private List<EntryDraft.InputDraft> inputs() {
        return EntryPages.inputs(request);
    }
}
