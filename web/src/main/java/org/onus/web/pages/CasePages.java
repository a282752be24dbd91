package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationService;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCases;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.NotFoundException;
import org.onus.web.api.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.PdfRenderer;
import org.onus.web.view.PdfView;
import org.onus.web.view.View;

/** A detention case and its notice, as a page and as the PDF the importer keeps. */
@Path("cases")
@RequestScoped
public class CasePages {

    @Inject
    DetentionCases cases;

    @Inject
    EntryService entries;

    @Inject
    DesignationService designations;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentUser currentUser;

    /** A designation a match names, with the policies behind it. */
    public record Grounds(Designation designation, List<StatePolicy> policies) {}

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        View view = View.of("cases/notice").with("fullCase", true);
        model(id).forEach(view::with);
        return view;
    }

    @GET
    @Path("{id}/notice")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View notice(@PathParam("id") String id) {
        View view = View.of("cases/notice").with("fullCase", false);
        model(id).forEach(view::with);
        return view;
    }

    @GET
    @Path("{id}/notice.pdf")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(PdfRenderer.MEDIA_TYPE)
    public PdfView noticePdf(@PathParam("id") String id) {
        Map<String, Object> model = model(id);
        Entry entry = (Entry) model.get("entry");
        PdfView pdf = PdfView.of("cases/notice", "Detention notice " + entry.entryNumber())
                .with("fullCase", false);
        model.forEach(pdf::with);
        return pdf;
    }

    private Map<String, Object> model(String id) {
        Actor actor = currentUser.require();
        DetentionCase c = cases.get(actor, uuid(id));
        Entry entry = entries.get(actor, c.entryId());
        Map<UUID, Grounds> grounds = new LinkedHashMap<>();
        for (ScreeningMatch m : entry.matches()) {
            if (!"MANUAL".equals(m.reason()) && !grounds.containsKey(m.designationId())) {
                try {
                    Designation d = designations.get(java.util.Optional.empty(), m.designationId());
                    grounds.put(d.id(), new Grounds(d, designations.policiesOf(d)));
                } catch (NotFoundException e) {
                    // A designation no longer visible stays named in the match itself.
                }
            }
        }
        Map<String, String> names = regions.namesByCode();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("detention", c);
        model.put("entry", entry);
        model.put("grounds", grounds.values().stream().filter(Objects::nonNull).toList());
        model.put("regionNames", names);
        return model;
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Case");
    }
}
