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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryAssembler;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.EntryStatus;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;
import org.onus.core.supplychain.MapDraft;
import org.onus.core.supplychain.MapInput;
import org.onus.core.supplychain.MapVersion;
import org.onus.core.supplychain.SupplierRegistry;
import org.onus.core.supplychain.SupplyChainMap;
import org.onus.core.supplychain.SupplyChainMaps;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * The importer's supply-chain maps: the list, one map (any version) with its history, the form
 * that saves a new version, and the form that files an entry from the version shown.
 */
@Path("supply-chain-maps")
@RequestScoped
@RolesAllowed(Role.Names.IMPORTER)
public class SupplyChainMapPages {

    static final int BLANK_ROWS = 3;
    static final String[] INPUT_FIELDS = {
        "tier", "supplierId", "facilityId", "material", "hsCode", "regionCode", "quantity", "unit", "sharePercent"
    };

    @Inject
    SupplyChainMaps maps;

    @Inject
    SupplierRegistry registry;

    @Inject
    EntryService entries;

    @Inject
    EntryAssembler assembler;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        Actor actor = currentUser.require();
        return View.of("supplychain/maps")
                .with("maps", maps.list(actor))
                .with("supplierCount", registry.list(actor).size());
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        return form(Form.empty(), 0, null);
    }

    @POST
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response create() {
        Form form = Form.from(request);
        List<MapDraft.InputDraft> inputs = inputs();
        try {
            SupplyChainMap m = maps.create(currentUser.require(), draft(form, inputs));
            flash.add(Flash.Level.SUCCESS, "supplychain.map.saved", m.name(), "1");
            return Response.seeOther(URI.create("/supply-chain-maps/" + m.id())).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(form(form.withProblems(refused.problems()), inputs.size(), null))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        SupplyChainMap m = maps.get(currentUser.require(), uuid(id));
        return page(m, m.latest(), Form.empty());
    }

    @GET
    @Path("{id}/versions/{n}")
    @Produces(MediaType.TEXT_HTML)
    public View version(@PathParam("id") String id, @PathParam("n") String n) {
        SupplyChainMap m = maps.get(currentUser.require(), uuid(id));
        return page(m, maps.version(currentUser.require(), m.id(), number(n)), Form.empty());
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public View editForm(@PathParam("id") String id) {
        SupplyChainMap m = maps.get(currentUser.require(), uuid(id));
        MapVersion v = m.latest();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", v.name());
        values.put("hsCode", v.goodsHsCode());
        values.put("description", v.goodsDescription());
        values.put(
                "quantity", v.goodsQuantity() == null ? "" : v.goodsQuantity().toPlainString());
        values.put("unit", v.goodsUnit() == null ? "" : v.goodsUnit());
        values.put("version", Integer.toString(v.number()));
        List<MapInput> in = v.inputs();
        for (int i = 0; i < in.size(); i++) {
            MapInput x = in.get(i);
            String p = "inputs[" + i + "].";
            values.put(p + "tier", Integer.toString(x.tier()));
            values.put(p + "supplierId", x.supplierId().toString());
            values.put(
                    p + "facilityId",
                    x.facilityId() == null ? "" : x.facilityId().toString());
            values.put(p + "material", x.material());
            values.put(p + "hsCode", x.hsCode());
            values.put(p + "regionCode", x.regionCode());
            values.put(p + "quantity", x.quantity() == null ? "" : x.quantity().toPlainString());
            values.put(p + "unit", x.unit() == null ? "" : x.unit());
            values.put(
                    p + "sharePercent",
                    x.sharePercent() == null ? "" : x.sharePercent().toPlainString());
        }
        return form(Form.of(values), in.size(), m);
    }

    @POST
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") String id) {
        SupplyChainMap m = maps.get(currentUser.require(), uuid(id));
        Form form = Form.from(request);
        List<MapDraft.InputDraft> inputs = inputs();
        Integer expected = null;
        try {
            expected = Integer.valueOf(form.value("version"));
        } catch (NumberFormatException e) {
            // no check
        }
        try {
            MapVersion v = maps.save(currentUser.require(), m.id(), draft(form, inputs), expected);
            flash.add(Flash.Level.SUCCESS, "supplychain.map.saved", v.name(), Integer.toString(v.number()));
            return Response.seeOther(URI.create("/supply-chain-maps/" + m.id())).build();
        } catch (RuleViolation refused) {
            Form shown = refused instanceof InvalidInputException
                    ? form.withProblems(refused.problems())
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(form(shown, inputs.size(), m))
                    .build();
        }
    }

    /** Files an entry whose disclosure is the version shown (the goods' HS code and description are the map's). */
    @POST
    @Path("{id}/versions/{n}/entries")
    @Produces(MediaType.TEXT_HTML)
    public Response file(@PathParam("id") String id, @PathParam("n") String n) {
        Actor actor = currentUser.require();
        SupplyChainMap m = maps.get(actor, uuid(id));
        MapVersion v = maps.version(actor, m.id(), number(n));
        Form form = Form.from(request);
        EntryDraft draft = new EntryDraft(
                form.value("entryNumber"),
                v.goodsHsCode(),
                v.goodsDescription(),
                form.value("originCountry"),
                form.value("amount"),
                form.value("currency"),
                form.value("arrivalDate"),
                form.value("port"),
                List.of(),
                v.goodsQuantity() == null ? null : v.goodsQuantity().toPlainString(),
                v.goodsUnit(),
                m.id().toString(),
                Integer.toString(v.number()));
        try {
            EntryService.Filing f = entries.file(actor, assembler.filing(actor, draft));
            Entry e = f.entry();
            flash.add(
                    e.status() == EntryStatus.DETAINED ? Flash.Level.WARNING : Flash.Level.SUCCESS,
                    "entries.filed." + e.status().name(),
                    e.entryNumber());
            return Response.seeOther(URI.create("/entries/" + e.id())).build();
        } catch (RuleViolation refused) {
            List<Problem> problems = new ArrayList<>();
            if (!(refused instanceof InvalidInputException)) {
                problems.add(new Problem(Form.GENERAL, refused.getMessage()));
            }
            problems.addAll(refused.problems());
            return Response.status(refused instanceof InvalidInputException ? 400 : 409)
                    .entity(page(m, v, form.withProblems(problems)))
                    .build();
        }
    }

    private View page(SupplyChainMap m, MapVersion v, Form fileForm) {
        Form shown = fileForm;
        if (!fileForm.hasProblems() && fileForm.value("currency").isEmpty()) {
            shown = Form.of(Map.of("currency", "USD"));
        }
        return View.of("supplychain/map")
                .with("map", m)
                .with("version", v)
                .with("versions", newestFirst(m.versions()))
                .with("form", shown);
    }

    private static List<MapVersion> newestFirst(List<MapVersion> versions) {
        List<MapVersion> v = new ArrayList<>(versions);
        java.util.Collections.reverse(v);
        return v;
    }

    private View form(Form form, int submittedRows, SupplyChainMap editing) {
        Actor actor = currentUser.require();
        int rows = Math.max(submittedRows, 0) + BLANK_ROWS;
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            indexes.add(i);
        }
        return View.of("supplychain/map-form")
                .with("form", form)
                .with("map", editing)
                .with("rows", indexes)
                .with("suppliers", registry.list(actor))
                .with("units", MapDraft.UNITS);
    }

    private static MapDraft draft(Form form, List<MapDraft.InputDraft> inputs) {
        return new MapDraft(
                form.value("name"),
                form.value("hsCode"),
                form.value("description"),
                form.value("quantity"),
                form.value("unit"),
                inputs);
    }

    /** The rows as submitted, up to the last non-blank one, so problems keep their row numbers. */
    private List<MapDraft.InputDraft> inputs() {
        List<MapDraft.InputDraft> rows = new ArrayList<>();
        for (int i = 0; i < MapDraftLimits.MAX_ROWS; i++) {
            String p = "inputs[" + i + "].";
            if (request.getParameter(p + "tier") == null && request.getParameter(p + "material") == null) {
                break;
            }
            rows.add(new MapDraft.InputDraft(
                    request.getParameter(p + "tier"),
                    request.getParameter(p + "supplierId"),
                    request.getParameter(p + "facilityId"),
                    request.getParameter(p + "material"),
                    request.getParameter(p + "hsCode"),
                    request.getParameter(p + "regionCode"),
                    request.getParameter(p + "quantity"),
                    request.getParameter(p + "unit"),
                    request.getParameter(p + "sharePercent")));
        }
        int last = rows.size() - 1;
        while (last >= 0 && rows.get(last).isBlank()) {
            last--;
        }
        return new ArrayList<>(rows.subList(0, last + 1));
    }

    /** How many rows a page form may send. */
    static final class MapDraftLimits {
        static final int MAX_ROWS = 500;

        private MapDraftLimits() {}
    }

    private static int number(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Version " + n);
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Supply-chain map");
    }
}
