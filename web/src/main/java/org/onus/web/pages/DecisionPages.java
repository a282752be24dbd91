package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.publication.DecisionSearch;
import org.onus.core.publication.PublicationService;
import org.onus.core.publication.PublishedDecision;
import org.onus.core.sector.SectorService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.View;

/**
 * Published decisions for everyone (search and record), and for customs supervisors and
 * regulators the proposal, the queue of proposals and the second regulator's approval.
 */
@Path("decisions")
@RequestScoped
@PermitAll
public class DecisionPages {

    static final List<String> ROUTES = List.of("NOT_APPLICABLE", "EXCEPTION", "NONE");
    static final List<String> OUTCOMES = List.of(
            "RELEASE",
            "CONFISCATION",
            "EXCLUSION",
            "PROTEST_DECISION",
            "RELEASED",
            "CONFISCATED",
            "EXCLUDED",
            "PROTEST_UPHELD",
            "PROTEST_DENIED");

    @Inject
    PublicationService publications;

    @Inject
    SectorService sectors;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Languages languages;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View search(
            @QueryParam("sector") String sector,
            @QueryParam("region") String region,
            @QueryParam("route") String route,
            @QueryParam("outcome") String outcome,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sector", nz(sector));
        values.put("region", nz(region));
        values.put("route", nz(route));
        values.put("outcome", nz(outcome));
        values.put("from", nz(from));
        values.put("to", nz(to));
        Form form = Form.of(values);
        View view = View.of("decisions/list")
                .with("sectors", sectors.all())
                .with("routes", ROUTES)
                .with("outcomes", OUTCOMES)
                .with("staff", currentUser.actor().map(DecisionPages::isStaff).orElse(false))
                .with("regionNames", regions.namesByCode(locale()));
        DecisionSearch s;
        try {
            s = DecisionSearch.parse(sector, region, route, outcome, from, to, page);
        } catch (InvalidInputException e) {
            return view.with("form", form.withProblems(e.problems())).with("result", null);
        }
        return view.with("form", form)
                .with("result", publications.search(s))
                .with("query", query(values))
                .with("csvHref", "/api/v1/decisions?format=csv" + (query(values).isEmpty() ? "" : "&" + query(values)));
    }

    @GET
    @Path("pending")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR
    })
    @Produces(MediaType.TEXT_HTML)
    public View pending() {
        Actor actor = currentUser.require();
        boolean proposer =
                actor.has(Role.REGULATOR) || actor.has(Role.SENIOR_REGULATOR) || actor.has(Role.CUSTOMS_SUPERVISOR);
        return View.of("decisions/pending")
                .with("proposals", publications.pending(actor))
                .with("proposable", proposer ? publications.proposable(actor) : List.of());
    }

    @GET
    @Path("cases/{caseId}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR})
    @Produces(MediaType.TEXT_HTML)
    public View proposeForm(@PathParam("caseId") String caseId) {
        return proposePage(PathIds.uuid(caseId, "Case"), Form.empty());
    }

    @POST
    @Path("cases/{caseId}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR})
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@PathParam("caseId") String caseId) {
        UUID id = PathIds.uuid(caseId, "Case");
        Form form = Form.from(request);
        try {
            PublishedDecision d = publications.propose(currentUser.require(), id, form.value("note"));
            flash.add(Flash.Level.SUCCESS, "decisions.proposed", d.reference());
            return Response.seeOther(URI.create("/decisions/" + d.reference())).build();
        } catch (InvalidInputException | ConflictException refused) {
            return Response.status(refused instanceof ConflictException ? 409 : 400)
                    .entity(proposePage(id, form.withProblems(refused.problems())))
                    .build();
        }
    }

    @GET
    @Path("{reference}")
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("reference") String reference) {
        return detail(reference, Form.empty());
    }

    @POST
    @Path("{reference}/approve")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("reference") String reference) {
        try {
            PublishedDecision d = publications.approve(currentUser.require(), reference);
            flash.add(Flash.Level.SUCCESS, "decisions.published", d.reference());
            return Response.seeOther(URI.create("/decisions/" + d.reference())).build();
        } catch (ConflictException refused) {
            return Response.status(409)
                    .entity(detail(reference, Form.empty().withProblems(refused.problems())))
                    .build();
        }
    }

    @POST
    @Path("{reference}/withdraw")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR})
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("reference") String reference) {
        Form form = Form.from(request);
        try {
            PublishedDecision d = publications.withdraw(currentUser.require(), reference, form.value("reason"));
            flash.add(Flash.Level.SUCCESS, "decisions.withdrawn", d.reference());
            return Response.seeOther(URI.create("/decisions/" + d.reference())).build();
        } catch (InvalidInputException | ConflictException refused) {
            return Response.status(refused instanceof ConflictException ? 409 : 400)
                    .entity(detail(reference, form.withProblems(refused.problems())))
                    .build();
        }
    }

    private View detail(String reference, Form form) {
        Optional<Actor> actor = currentUser.actor();
        PublishedDecision d =
                actor.map(a -> publications.get(a, reference)).orElseGet(() -> publications.published(reference));
        boolean reviewer = actor.map(a -> a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR))
                .orElse(false);
        boolean mayWithdraw = d.status() != org.onus.core.publication.PublicationStatus.WITHDRAWN
                && actor.map(a ->
                                reviewer_(a) || (d.isProposed() && a.username().equals(d.proposedBy())))
                        .orElse(false);
        return View.of("decisions/decision")
                .with("decision", d)
                .with("form", form)
                .with("staff", actor.map(DecisionPages::isStaff).orElse(false))
                .with("mayApprove", reviewer && d.isProposed())
                .with(
                        "ownProposal",
                        actor.map(a -> a.username().equals(d.proposedBy())).orElse(false))
                .with("mayWithdraw", mayWithdraw)
                .with("regionNames", regions.namesByCode(locale()));
    }

    private View proposePage(UUID caseId, Form form) {
        Actor actor = currentUser.require();
        return View.of("decisions/propose")
                .with("caseId", caseId)
                .with("existing", publications.forCase(actor, caseId))
                .with("form", form);
    }

    private static boolean reviewer_(Actor a) {
        return a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR);
    }

    static boolean isStaff(Actor a) {
        return a.has(Role.REGULATOR)
                || a.has(Role.SENIOR_REGULATOR)
                || a.has(Role.CUSTOMS_SUPERVISOR)
                || a.has(Role.AUDITOR);
    }

    private Locale locale() {
        return languages.choose(request);
    }

    static String query(Map<String, String> values) {
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                if (!q.isEmpty()) {
                    q.append('&');
                }
                q.append(k).append('=').append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
