package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.statistics.CaseStatistics;
import org.onus.core.statistics.CaseStatisticsReport;
import org.onus.core.statistics.Period;
import org.onus.web.http.ContentDisposition;

/** Public statistics on detention cases: aggregates only, no importer, organisation or entry. */
@Path("api/v1/statistics")
@RequestScoped
@Tag(name = "Statistics")
public class StatisticsResource {

    static final String CSV = "text/csv";

    @Inject
    CaseStatistics statistics;

    @Inject
    StatisticsViews views;

    @Context
    HttpHeaders headers;

    @GET
    @Path("cases")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "Detention cases in aggregate (public)",
            description = "Counts and declared values (summed per currency, never converted) by outcome"
                    + " (PENDING, RELEASED, CONFISCATED), exact status, sector (longest HS prefix; OTHER when"
                    + " none), country of origin, month of detention and rebuttal route (NONE before one is"
                    + " chosen) and HS chapter (first two digits of the goods' HS code), for one fixed period"
                    + " of detention: period=YYYY-MM (a month), YYYY-Qn (a calendar quarter), FYyyyy (a"
                    + " fiscal year, named after the year it ends in; first month configurable) or all"
                    + " (default). Arbitrary date ranges are refused (400): from and to (YYYY-MM-DD) are"
                    + " accepted only when together they are exactly one month, quarter or fiscal year."
                    + " Small cells are suppressed: a cell below the threshold (default 3 cases), or hidden"
                    + " so that no total reveals another hidden cell, carries suppressed: true and no count"
                    + " or values; a value one importer dominates (default more than 85 %) or that fewer"
                    + " than the threshold of cases declared carries suppressed: true and no amount."
                    + " Accept: text/csv or format=csv gives one tidy table:"
                    + " dimension,key,name,group,count,currency,value,suppressed (cell or value).")
    @APIResponse(
            responseCode = "200",
            description = "The aggregates, as JSON or as one CSV table",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StatisticsViews.StatisticsView.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response cases(
            @Parameter(description = "YYYY-MM, YYYY-Qn, FYyyyy or all (default)", example = "2026-Q1")
                    @QueryParam("period")
                    String period,
            @Parameter(
                            deprecated = true,
                            description = "Deprecated: the first day of a month, quarter or fiscal year, with to"
                                    + " its last day; use period")
                    @QueryParam("from")
                    String from,
            @Parameter(deprecated = true, description = "Deprecated: see from; use period") @QueryParam("to") String to,
            @QueryParam("format") String format) {
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        CaseStatisticsReport report = statistics.report(statistics.period(period, from, to));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder ok = csv
                ? Response.ok(views.csv(report), CSV + ";charset=UTF-8")
                        .header("Content-Disposition", ContentDisposition.attachment(filename(report.period())))
                : Response.ok(views.view(report), MediaType.APPLICATION_JSON);
        return ok.cacheControl(cache).build();
    }

    static String filename(Period period) {
        return period.isOpen() ? "detention-cases.csv" : "detention-cases-" + period.key() + ".csv";
    }
}
