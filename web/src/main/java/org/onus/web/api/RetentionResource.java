package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Role;
import org.onus.core.retention.RetentionConfig;
import org.onus.core.retention.RetentionRun;
import org.onus.core.retention.RetentionService;
import org.onus.web.security.CurrentUser;

/** Retention for operators: the configured periods, the recent runs, and a run on demand. */
@Path("api/v1/retention")
@RequestScoped
@Tag(name = "Retention")
public class RetentionResource {

    @Inject
    RetentionService retention;

    @Inject
    CurrentUser currentUser;

    /** The periods as configured (ISO 8601), and when the daily run starts. */
    @Schema(
            name = "RetentionSettings",
            requiredProperties = {"closedCases", "submissions", "addressHashes", "hour", "scheduled"})
    public record SettingsView(
            @Schema(description = "ONUS_RETENTION_CLOSED_CASES, e.g. P10Y")
            String closedCases,

            @Schema(description = "ONUS_RETENTION_SUBMISSIONS, e.g. P5Y")
            String submissions,

            @Schema(description = "ONUS_RETENTION_ADDRESS_HASHES, at most PT24H")
            String addressHashes,

            @Schema(description = "ONUS_RETENTION_HOUR: the hour (UTC) of the daily run")
            int hour,

            @Schema(description = "ONUS_RETENTION_SCHEDULED: whether this node runs it daily")
            boolean scheduled) {

        static SettingsView of(RetentionConfig c) {
            return new SettingsView(
                    c.closedCases().text(),
                    c.submissions().text(),
                    c.addressHashes().text(),
                    c.hour(),
                    c.scheduled());
        }
    }

    /** A retention rule the portal runs, with its period. */
    @Schema(
            name = "RetentionRule",
            requiredProperties = {"name", "period"})
    public record RuleView(String name, String period) {}

    /** One run of one rule and what it removed. */
    @Schema(
            name = "RetentionRun",
            requiredProperties = {
                "id",
                "rule",
                "period",
                "cutoff",
                "startedAt",
                "finishedAt",
                "triggeredBy",
                "outcome",
                "removed",
                "counts",
                "removedIds"
            })
    public record RunView(
            UUID id,
            String rule,
            String period,

            @Schema(description = "Records closed or made before this moment were due")
            Instant cutoff,

            Instant startedAt,
            Instant finishedAt,

            @Schema(description = "The administrator who ran it, or system for the daily run")
            String triggeredBy,

            @Schema(enumeration = {"COMPLETED", "FAILED"}) String outcome,

            @Schema(description = "How many records of the rule's kind were removed or anonymised")
            int removed,

            @Schema(description = "Counts by kind, e.g. cases, documents, files, letters, processInstances")
            Map<String, Integer> counts,

            @Schema(description = "The ids of the records removed or anonymised")
            List<String> removedIds,

            @Schema(description = "Why a FAILED run failed; it removed nothing")
            String error) {

        static RunView of(RetentionRun r) {
            return new RunView(
                    r.id(),
                    r.rule(),
                    r.period(),
                    r.cutoff(),
                    r.startedAt(),
                    r.finishedAt(),
                    r.triggeredBy(),
                    r.outcome().name(),
                    r.removed(),
                    r.counts(),
                    r.removedIds(),
                    r.error());
        }
    }

    @Schema(
            name = "RetentionOverview",
            requiredProperties = {"settings", "rules", "runs"})
    public record OverviewView(SettingsView settings, List<RuleView> rules, List<RunView> runs) {}

    @Schema(
            name = "RetentionRuns",
            requiredProperties = {"runs"})
    public record RunsView(List<RunView> runs) {}

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Retention settings, rules and recent runs (admin, auditor)",
            description = "The periods each kind of record is kept (ISO 8601), the rules the portal runs daily and"
                    + " the 50 most recent runs, newest first, with what each removed.")
    @APIResponse(responseCode = "200", description = "The settings, the rules and the recent runs")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public OverviewView overview() {
        RetentionService.Overview o = retention.overview(currentUser.require());
        return new OverviewView(
                SettingsView.of(o.settings()),
                o.rules().stream().map(r -> new RuleView(r.name(), r.period())).toList(),
                o.runs().stream().map(RunView::of).toList());
    }

    @POST
    @Path("runs")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Run every retention rule now (admin)",
            description = "Each rule runs in its own transaction, exactly as the daily run does, and is recorded in"
                    + " the audit trail with the caller as actor. Answers one run per rule with what it removed; a"
                    + " rule that failed is listed as FAILED and removed nothing.")
    @APIResponse(responseCode = "200", description = "One run per rule, with what it removed")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public RunsView runNow() {
        return new RunsView(retention.runNow(currentUser.require()).stream()
                .map(RunView::of)
                .toList());
    }
}
