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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
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
    public View cases(
            @QueryParam("period") String periodKey, @QueryParam("from") String from, @QueryParam("to") String to) {
        Form form = Form.of(Map.of("period", nonNull(periodKey)));
        View view = View.of("statistics/cases")
                .with("form", form)
                .with("groups", StatusGroup.values())
                .with("shortcuts", shortcuts(LocalDate.now(ZoneOffset.UTC), statistics.fiscalYearStartMonth()));
        Period period;
        try {
            period = statistics.period(periodKey, from, to);
        } catch (InvalidInputException e) {
            // Old links with from and to: the page has one field, so every problem is about the period.
            List<Problem> problems = e.problems().stream()
                    .map(p -> new Problem("period", p.message()))
                    .toList();
            return view.with("form", form.withProblems(problems)).with("report", null);
        }
        if (!period.isOpen()) {
            form = Form.of(Map.of("period", period.key()));
        }
        CaseStatisticsReport report = statistics.report(period);
        Locale locale = languages.choose(request);
        boolean rtl = Languages.rightToLeft(locale);
        int fiscal = statistics.fiscalYearStartMonth();
        return view.with("report", report)
                .with("form", form)
                .with("previous", period.isOpen() ? null : period.previous(fiscal))
                .with("next", period.isOpen() ? null : period.next(fiscal))
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
                        "chapterChart",
                        BarChart.horizontal("chart-chapter", bars(report.byChapter()))
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

    /** The same numbers as CSV; period keys need no escaping in a query. */
    static String csvHref(Period period) {
        return "/api/v1/statistics/cases?format=csv" + (period.isOpen() ? "" : "&period=" + period.key());
    }

    /** The month, quarter and fiscal year that contain {@code today}, then all time. */
    public static List<Period> shortcuts(LocalDate today, int fiscalYearStartMonth) {
        YearMonth month = YearMonth.from(today);
        int fiscalYear = fiscalYearStartMonth == 1 || month.getMonthValue() < fiscalYearStartMonth
                ? month.getYear()
                : month.getYear() + 1;
        return List.of(
                Period.month(month),
                Period.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1),
                Period.fiscalYear(fiscalYear, fiscalYearStartMonth),
                Period.ALL);
    }

    /** The route's name as the page's table shows it, in the reader's language; an unknown route by its key. */
    static String routeLabel(Locale locale, String key) {
        return Messages.pattern(locale, "statistics.route." + key).orElse(key);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
