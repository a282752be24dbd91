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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.evidence.EvidenceCriteria;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;
import org.onus.web.errors.RuleViolationMapper;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.PdfRenderer;
import org.onus.web.view.PdfView;
import org.onus.web.view.View;

/** The state policy registry: public to read; regulators record policies and move their status. */
@Path("policies")
@RequestScoped
public class PolicyPages {

    @Inject
    PolicyRegistry registry;

    @Inject
    RegionDirectory regions;

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @Inject
    Languages languages;

    /** A cited source as shown: its title, and whether this reader may open it. */
    public record Source(UUID id, String title, String sourceName, boolean canOpen) {}

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        Optional<Actor> actor = currentUser.actor();
        return View.of("policies/list")
                .with("policies", registry.all())
                .with("regionNames", regionNames())
                .with("canEdit", actor.map(a -> a.has(Role.REGULATOR)).orElse(false));
    }

    @GET
    // No dot in an id: a browser asking for HTML first must still reach "{id}.pdf".
    @Path("{id: [^/.]+}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        StatePolicy policy = registry.get(uuid(id));
        Optional<Actor> actor = currentUser.actor();
        boolean regulator = actor.map(a -> a.has(Role.REGULATOR)).orElse(false);
        boolean staff = isStaff(actor);
        return View.of("policies/policy")
                .with("policy", policy)
                .with("regionNames", regionNames())
                .with("sources", sources(policy.sourceIds(), actor))
                .with("canEdit", regulator)
                .with("history", staff ? registry.history(policy.id()) : List.of())
                .with("statusForm", Form.empty())
                .with("evidenceChoices", regulator ? choices(actor.get()) : List.of());
    }

    /** The same page as a PDF to file or send on; what the reader may see, without the editing parts. */
    @GET
    @Path("{id}.pdf")
    @PermitAll
    @Produces(PdfRenderer.MEDIA_TYPE)
    public PdfView onePdf(@PathParam("id") String id) {
        StatePolicy policy = registry.get(uuid(id));
        Optional<Actor> actor = currentUser.actor();
        boolean staff = isStaff(actor);
        return PdfView.of("policies/policy", policy.title())
                .with("policy", policy)
                .with("regionNames", regionNames())
                .with("sources", sources(policy.sourceIds(), actor))
                .with("canEdit", false)
                .with("history", staff ? registry.history(policy.id()) : List.of())
                .with("statusForm", Form.empty())
                .with("evidenceChoices", List.of());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        return form(null, Form.empty());
    }

    @POST
    @Path("new")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response create() {
        Form form = Form.from(request);
        try {
            StatePolicy policy = registry.record(currentUser.require(), description(form));
            flash.add(Flash.Level.SUCCESS, "policies.saved", policy.title());
            return Response.seeOther(URI.create("/policies/" + policy.id())).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(form(null, form.withProblems(refused.problems())))
                    .build();
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public View editForm(@PathParam("id") String id) {
        StatePolicy policy = registry.get(uuid(id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", policy.title());
        values.put("authority", policy.authority());
        values.put("issued", policy.issued() == null ? "" : policy.issued().toString());
        values.put("summary", policy.summary() == null ? "" : policy.summary());
        values.put("regionCodes", String.join(" ", policy.regionCodes()));
        values.put(
                "sourceIds",
                String.join(
                        "\n", policy.sourceIds().stream().map(UUID::toString).toList()));
        values.put("version", Long.toString(policy.version()));
        return form(policy, Form.of(values));
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") String id) {
        StatePolicy policy = registry.get(uuid(id));
        Form form = Form.from(request);
        try {
            registry.redescribe(
                    currentUser.require(), policy.id(), Long.parseLong(form.value("version")), description(form));
            flash.add(Flash.Level.SUCCESS, "policies.saved", policy.title());
            return Response.seeOther(URI.create("/policies/" + policy.id())).build();
        } catch (NumberFormatException e) {
            return Response.status(400)
                    .entity(form(policy, form.withProblem(Form.GENERAL, text("designations.form.incomplete"))))
                    .build();
        } catch (InvalidInputException | ConflictException refused) {
            Form shown = refused.problems().isEmpty()
                    ? form.withProblem(Form.GENERAL, refused.getMessage())
                    : form.withProblems(refused.problems());
            return Response.status(refused instanceof ConflictException ? 409 : 400)
                    .entity(form(policy, shown))
                    .build();
        }
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response changeStatus(@PathParam("id") String id) {
        StatePolicy policy = registry.get(uuid(id));
        Actor actor = currentUser.require();
        Form form = Form.from(request);
        try {
            registry.changeStatus(
                    actor,
                    policy.id(),
                    form.value("status"),
                    form.value("reason"),
                    Arrays.asList(
                            request.getParameterValues("evidenceIds") == null
                                    ? new String[0]
                                    : request.getParameterValues("evidenceIds")));
            // The flash shows the new status in words, in the language the person reads the portal in.
            flash.add(
                    Flash.Level.SUCCESS,
                    "policies.statusChanged",
                    policy.title(),
                    text("policy.status." + registry.get(policy.id()).status().name()));
            return Response.seeOther(URI.create("/policies/" + policy.id())).build();
        } catch (InvalidInputException | ConflictException | ForbiddenActionException refused) {
            // Nothing changed: the page comes back with the choices kept and the rule's words.
            StatePolicy current = registry.get(policy.id());
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(View.of("policies/policy")
                            .with("policy", current)
                            .with("regionNames", regionNames())
                            .with("sources", sources(current.sourceIds(), Optional.of(actor)))
                            .with("canEdit", true)
                            .with("history", registry.history(current.id()))
                            .with("statusForm", form.withProblems(statusProblems(refused)))
                            .with("evidenceChoices", choices(actor)))
                    .build();
        }
    }

    /**
     * A refusal as the status form shows it: a refused evidence item beside the evidence list,
     * who may act in the summary, and the rule's name in both.
     */
    public static List<Problem> statusProblems(RuleViolation refused) {
        if (refused.problems().isEmpty()) {
            String field = refused instanceof ForbiddenActionException ? Form.GENERAL : "status";
            return List.of(new Problem(field, refused.getMessage()));
        }
        List<Problem> shown = new ArrayList<>();
        if (refused.problems().stream().anyMatch(p -> p.code().equals(StatePolicy.REPEAL_EVIDENCE_ADMISSIBLE))) {
            shown.add(new Problem(Form.GENERAL, refused.getMessage()));
        }
        for (Problem p : refused.problems()) {
            shown.add(
                    p.code().equals(StatePolicy.REPEAL_EVIDENCE_ADMISSIBLE)
                            ? new Problem("evidenceIds", p.message())
                            : p);
        }
        return shown;
    }

    /** Earlier versions are shown to the agency's staff, not to importers or the public. */
    private static boolean isStaff(Optional<Actor> actor) {
        return actor.map(a -> a.roles().stream().anyMatch(r -> r != Role.IMPORTER))
                .orElse(false);
    }

    private View form(StatePolicy policy, Form form) {
        return View.of("policies/form")
                .with("policy", policy)
                .with("form", form)
                .with("evidenceChoices", choices(currentUser.require()));
    }

    private List<EvidenceItem> choices(Actor actor) {
        return library.search(actor, new EvidenceCriteria(null, null, null, null, null, 0, EvidenceCriteria.MAX_LIMIT))
                .items();
    }

    private List<Source> sources(List<UUID> ids, Optional<Actor> actor) {
        List<Source> shown = new ArrayList<>();
        for (UUID id : ids) {
            library.cited(id)
                    .ifPresent(e -> shown.add(new Source(
                            e.id(),
                            e.title(),
                            e.source(),
                            actor.map(e::visibleTo).orElse(false))));
        }
        return shown;
    }

    private String text(String key, Object... arguments) {
        Locale locale = languages == null ? Locale.ENGLISH : languages.choose(request);
        return Messages.text(locale, key, arguments);
    }

    /** In Chinese where the reference data has the Chinese name; otherwise the English one. */
    private Map<String, String> regionNames() {
        return regions.namesByCode(languages == null ? Locale.ENGLISH : languages.choose(request));
    }

    private static StatePolicy.Description description(Form form) {
        return new StatePolicy.Description(
                form.value("title"),
                form.value("authority"),
                form.value("issued"),
                form.value("summary"),
                Arrays.stream(form.value("regionCodes").split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                Arrays.stream(form.value("sourceIds").split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList());
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Policy");
    }
}
