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
import java.util.Optional;
import org.onus.core.guidance.SectorGuidance;
import org.onus.core.guidance.SectorGuidanceService;
import org.onus.core.guidance.TierGuidance;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.sector.Sector;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * A sector's evidence guidance: readable by anyone signed in (the API reads it without a token),
 * written anew by regulators.
 */
@Path("sectors/{code}/guidance")
@RequestScoped
public class SectorGuidancePages {

    static final int SPARE_ROWS = 2;

    @Inject
    SectorGuidanceService guidance;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View show(@PathParam("code") String code) {
        Sector sector = guidance.sector(code);
        return page(sector, null, 0);
    }

    @POST
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("code") String code) {
        Sector sector = guidance.sector(code);
        Form form = Form.from(request);
        List<SectorGuidanceService.TierDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 20 + SPARE_ROWS; i++) {
            String p = "tiers[" + i + "].";
            if (request.getParameter(p + "tier") == null && request.getParameter(p + "stage") == null) {
                break;
            }
            drafts.add(new SectorGuidanceService.TierDraft(
                    request.getParameter(p + "tier"),
                    request.getParameter(p + "stage"),
                    request.getParameter(p + "documents")));
        }
        try {
            SectorGuidance saved = guidance.update(currentUser.require(), sector.code(), drafts, form.value("sources"));
            flash.add(Flash.Level.SUCCESS, "guidance.saved", String.valueOf(saved.version()));
            return Response.seeOther(URI.create("/sectors/" + sector.code() + "/guidance"))
                    .build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(page(sector, form.withProblems(refused.problems()), drafts.size()))
                    .build();
        }
    }

    /** @param submitted the form as sent back, or null for the guidance in force */
    private View page(Sector sector, Form submitted, int submittedRows) {
        Optional<SectorGuidance> current = guidance.current(sector.code());
        boolean canEdit = currentUser
                .actor()
                .map(a -> a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR))
                .orElse(false);
        Form form = submitted;
        int rows = submittedRows;
        if (form == null) {
            Map<String, String> values = new LinkedHashMap<>();
            List<TierGuidance> tiers = current.map(SectorGuidance::tiers).orElse(List.of());
            for (int i = 0; i < tiers.size(); i++) {
                values.put(
                        "tiers[" + i + "].tier", Integer.toString(tiers.get(i).tier()));
                values.put("tiers[" + i + "].stage", tiers.get(i).stage());
                values.put("tiers[" + i + "].documents", tiers.get(i).documents());
            }
            values.put("sources", current.map(SectorGuidance::sources).orElse(""));
            form = Form.of(values);
            rows = tiers.size();
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < Math.min(rows + SPARE_ROWS, 20); i++) {
            indexes.add(i);
        }
        return View.of("guidance/sector")
                .with("sector", sector)
                .with("current", current.orElse(null))
                .with("currentList", current.map(List::of).orElse(List.of()))
                .with("history", guidance.history(sector.code()))
                .with("canEdit", canEdit)
                .with("form", form)
                .with("rows", indexes);
    }
}
