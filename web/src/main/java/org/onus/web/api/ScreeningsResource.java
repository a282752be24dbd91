package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.entry.Entry;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.screeningcheck.ScreeningCheck;
import org.onus.core.screeningcheck.ScreeningChecks;
import org.onus.web.api.EntriesResource.EntryBody;
import org.onus.web.api.EntriesResource.MatchView;
import org.onus.web.api.EntriesResource.RefinementView;
import org.onus.web.api.GuidanceViews.GuidanceView;
import org.onus.web.security.CurrentUser;

/** The check before shipping: screening a disclosure as filing would, without filing it. */
@Path("api/v1/screenings")
@RequestScoped
@Tag(name = "Entries and screening")
public class ScreeningsResource {

    static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    ScreeningChecks checks;

    @Inject
    CurrentUser currentUser;

    /**
     * One thing a rebuttal would require, as a case would list it.
     *
     * @param route NOT_APPLICABLE (trace the matched input) or EXCEPTION (policies repealed, targets, indicators)
     * @param inputIndex for a trace, the input it traces (-1: the goods themselves), as in the matches
     * @param documents for a trace, the chain of documents it needs
     */
    @Schema(requiredProperties = {"route", "code", "kind", "description"})
    public record RequirementView(
            String route, String code, String kind, Integer inputIndex, String description, String documents) {

        static RequirementView of(Requirement r) {
            boolean trace = r.code().kind() == RequirementCode.Kind.TRACE;
            return new RequirementView(
                    r.code().route().name(),
                    r.code().code(),
                    r.code().kind().name(),
                    trace ? r.code().inputIndex() : null,
                    r.description(),
                    trace && r.chain() != null ? r.chain().describe() : null);
        }
    }

    /**
     * What filing the same body would answer, without filing it.
     *
     * @param status CLEARED, DETAINED or DISCLOSURE_REQUIRED, exactly as filing would screen it
     * @param matches each path to a designation, as on an entry
     * @param refinements for DISCLOSURE_REQUIRED, which inputs to refine, as on an entry
     * @param held whether filing now would hold the goods for a refined disclosure
     * @param requirements for DETAINED, what a rebuttal would require on each route
     * @param guidance the evidence guidance of the sectors concerned
     * @param disclosureHash SHA-256 of the canonical disclosure, as officers see it
     */
    @Schema(
            requiredProperties = {
                "checkId",
                "status",
                "listVersion",
                "matches",
                "refinements",
                "held",
                "requirements",
                "guidance",
                "disclosureHash"
            })
    public record CheckView(
            UUID checkId,
            String status,
            int listVersion,
            LocalDate arrivalDate,
            List<MatchView> matches,
            List<RefinementView> refinements,
            boolean held,
            List<RequirementView> requirements,
            List<GuidanceView> guidance,
            String disclosureHash) {

        static CheckView of(ScreeningChecks.Outcome o) {
            Entry e = o.entry();
            return new CheckView(
                    o.check().id(),
                    e.status().name(),
                    e.listVersion(),
                    e.arrivalDate(),
                    e.matches().stream().map(MatchView::of).toList(),
                    e.refinements().stream().map(RefinementView::of).toList(),
                    e.held(),
                    o.requirements().stream().map(RequirementView::of).toList(),
                    o.guidance().stream().map(GuidanceView::of).toList(),
                    o.check().disclosureHash());
        }
    }

    /**
     * A check as officers see it.
     *
     * @param sameDisclosure how many checks the organisation made of this same disclosure, this one included
     */
    @Schema(
            requiredProperties = {
                "id",
                "organisation",
                "checkedBy",
                "checkedAt",
                "disclosureHash",
                "status",
                "listVersion",
                "matches",
                "sameDisclosure"
            })
    public record CheckRowView(
            UUID id,
            String organisation,
            String checkedBy,
            Instant checkedAt,
            String disclosureHash,
            LocalDate arrivalDate,
            String status,
            int listVersion,
            int matches,
            long sameDisclosure) {

        static CheckRowView of(ScreeningChecks.Row r) {
            ScreeningCheck c = r.check();
            return new CheckRowView(
                    c.id(),
                    c.organisationCode(),
                    c.checkedBy(),
                    c.checkedAt(),
                    c.disclosureHash(),
                    c.arrivalDate(),
                    c.status().name(),
                    c.listVersion(),
                    c.matches(),
                    r.sameDisclosure());
        }
    }

    /** An organisation's checks in aggregate. */
    @Schema(
            requiredProperties = {
                "organisation",
                "checks",
                "distinctDisclosures",
                "detained",
                "mostChecksOfOneDisclosure",
                "lastCheckedAt"
            })
    public record OrganisationChecksView(
            String organisation,
            long checks,
            long distinctDisclosures,
            long detained,
            long mostChecksOfOneDisclosure,
            Instant lastCheckedAt) {

        static OrganisationChecksView of(ScreeningChecks.OrganisationSummary s) {
            return new OrganisationChecksView(
                    s.organisation(),
                    s.checks(),
                    s.distinctDisclosures(),
                    s.detained(),
                    s.mostChecksOfOneDisclosure(),
                    s.lastCheckedAt());
        }
    }

    /** One page of checks, newest first, and the organisations' totals. */
    @Schema(
            name = "ScreeningCheckPage",
            requiredProperties = {"total", "page", "pageSize", "items", "organisations"})
    public record CheckPageView(
            long total, int page, int pageSize, List<CheckRowView> items, List<OrganisationChecksView> organisations) {

        static CheckPageView of(ScreeningChecks.Page p) {
            return new CheckPageView(
                    p.total(),
                    p.page(),
                    p.pageSize(),
                    p.items().stream().map(CheckRowView::of).toList(),
                    p.organisations().stream().map(OrganisationChecksView::of).toList());
        }
    }

    @POST
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check an entry before shipping (importer): screened exactly as filing would, nothing filed",
            description = "Body as POST /api/v1/entries (entryNumber optional). Answers the outcome with the list"
                    + " version in force on the arrival date, every match with its path, what to refine, what a"
                    + " rebuttal would require per match and the sectors' evidence guidance. Stores no entry, case or"
                    + " process; records the check (organisation, user, SHA-256 of the canonical disclosure, outcome)"
                    + " for officers. Rate limited per user (ONUS_SCREENING_CHECKS_PER_HOUR, default 60).")
    @APIResponse(responseCode = "200", description = "What filing would answer")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public CheckView check(EntryBody body) {
        Actor actor = currentUser.require();
        return CheckView.of(checks.check(actor, body == null ? null : body.draft()));
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Checks before shipping, newest first, with how often each disclosure was checked",
            description = "Customs, regulators and auditors see every organisation's (or one: organisation=);"
                    + " an importer only their own organisation's. page from 1, pageSize 1 to 200 (default 50).")
    @APIResponse(responseCode = "200", description = "One page of checks and the organisations' totals")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public CheckPageView list(
            @QueryParam("organisation") String organisation,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        return CheckPageView.of(checks.list(
                currentUser.require(),
                organisation,
                number("page", page, 1),
                number("pageSize", pageSize, DEFAULT_PAGE_SIZE)));
    }

    static int number(String field, String raw, int otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Give " + field + " as a whole number");
        }
    }
}
