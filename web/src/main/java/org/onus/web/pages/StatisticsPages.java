package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.statistics.Breakdown;
import org.onus.core.statistics.CaseStatistics;
import org.onus.core.statistics.CaseStatisticsReport;
import org.onus.core.statistics.Period;
import org.onus.core.statistics.StatusGroup;
import org.onus.web.view.BarChart;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.View;

/** Detention cases in aggregate, for everyone: summary, charts, tables and the CSV. */
@Path("statistics")
@RequestScoped
@PermitAll
public class StatisticsPages {

    @Inject
    CaseStatistics statistics;

    @Inject
    Languages languages;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View cases(@QueryParam("from") String from, @QueryParam("to") String to) {
        Form form = Form.of(Map.of("from", nonNull(from), "to", nonNull(to)));
        View view = View.of("statistics/cases").with("form", form).with("groups", StatusGroup.values());
        Period period;
        try {
            period = Period.parse(from, to);
        } catch (InvalidInputException e) {
            return view.with("form", form.withProblems(e.problems())).with("report", null);
        }
        CaseStatisticsReport report = statistics.report(period);
        Locale locale = languages.choose(request);
        boolean rtl = Languages.rightToLeft(locale);
        return view.with("report", report)
                .with("csvHref", csvHref(period))
                .with(
                        "monthChart",
                        BarChart.vertical("chart-month", bars(report.byMonth())).rightToLeft(rtl))
                .with(
                        "sectorChart",
                        BarChart.horizontal("chart-sector", bars(report.bySector()))
                                .rightToLeft(rtl))
                .with(
                        "originChart",
                        BarChart.horizontal("chart-origin", bars(report.byOrigin()))
                                .rightToLeft(rtl))
                .with(
                        "routeChart",
                        BarChart.horizontal("chart-route", bars(report.byRoute(), b -> routeLabel(locale, b.key())))
                                .rightToLeft(rtl));
    }

    static List<BarChart.Bar> bars(List<Breakdown> rows) {
        return bars(rows, Breakdown::label);
    }

    static List<BarChart.Bar> bars(List<Breakdown> rows, Function<Breakdown, String> label) {
        return rows.stream()
                .map(b -> new BarChart.Bar(
                        label.apply(b),
                        List.of(
                                b.group(StatusGroup.PENDING).count(),
                                b.group(StatusGroup.RELEASED).count(),
                                b.group(StatusGroup.CONFISCATED).count())))
                .toList();
    }

    /** The same numbers as CSV; ISO dates need no escaping in a query. */
    static String csvHref(Period period) {
        StringBuilder uri = new StringBuilder("/api/v1/statistics/cases?format=csv");
        if (period.from() != null) {
            uri.append("&from=").append(period.from());
        }
        if (period.to() != null) {
            uri.append("&to=").append(period.to());
        }
        return uri.toString();
    }

    /** The route's name as the page's table shows it, in the reader's language; an unknown route by its key. */
    static String routeLabel(Locale locale, String key) {
        return Messages.pattern(locale, "statistics.route." + key).orElse(key);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
