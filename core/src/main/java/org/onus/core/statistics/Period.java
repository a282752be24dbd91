package org.onus.core.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * A fixed period of detention: a calendar month, a calendar quarter, a fiscal year or all time.
 * Arbitrary date ranges are not published: two overlapping ranges that differ by a day could
 * isolate one shipment.
 *
 * @param key how it is written: {@code 2026-03}, {@code 2026-Q1}, {@code FY2026} or {@code all}
 * @param from first detention day counted, null for all time
 * @param to last detention day counted, null for all time
 */
public record Period(Kind kind, String key, LocalDate from, LocalDate to) {

    public enum Kind {
        MONTH,
        QUARTER,
        FISCAL_YEAR,
        ALL
    }

    public static final Period ALL = new Period(Kind.ALL, "all", null, null);

    /** What the 400 says: the forms a period may take. */
    public static final String FORMS = "a month (2026-03), a quarter (2026-Q1), a fiscal year (FY2026) or all";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})", Pattern.CASE_INSENSITIVE);

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(
                Kind.QUARTER,
                year + "-Q" + quarter,
                first.atDay(1),
                first.plusMonths(2).atEndOfMonth());
    }

    /**
     * The fiscal year named after the calendar year it ends in: with a first month of 10, FY2026 runs
     * from 1 October 2025 to 30 September 2026; with 1 (the default) it is the calendar year.
     */
    public static Period fiscalYear(int year, int firstMonth) {
        YearMonth first = firstMonth == 1 ? YearMonth.of(year, 1) : YearMonth.of(year - 1, firstMonth);
        return new Period(
                Kind.FISCAL_YEAR,
                "FY" + year,
                first.atDay(1),
                first.plusMonths(11).atEndOfMonth());
    }

    /**
     * Reads {@code period} ({@link #FORMS}); or, for clients written before fixed periods, {@code from}
     * and {@code to} when together they are exactly one month, quarter or fiscal year. Everything blank
     * is all time.
     *
     * @param fiscalYearStart the first month of the fiscal year, 1 to 12
     * @throws InvalidInputException naming {@code period}, {@code from} or {@code to}
     */
    public static Period parse(String period, String from, String to, int fiscalYearStart) {
        boolean hasPeriod = period != null && !period.isBlank();
        boolean hasDates = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
        if (hasPeriod && hasDates) {
            throw new InvalidInputException(List.of(
                    new Problem("period", "Give either a period or from and to, not both; a period is " + FORMS)));
        }
        if (hasPeriod) {
            return named(period.strip(), fiscalYearStart);
        }
        if (!hasDates) {
            return ALL;
        }
        return dates(from, to, fiscalYearStart);
    }

    private static Period named(String raw, int fiscalYearStart) {
        if (raw.equalsIgnoreCase("all")) {
            return ALL;
        }
        Matcher m = MONTH.matcher(raw);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        m = QUARTER.matcher(raw);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = FISCAL_YEAR.matcher(raw);
        if (m.matches()) {
            return fiscalYear(Integer.parseInt(m.group(1)), fiscalYearStart);
        }
        throw notFixed("period", "\"" + raw + "\" is not a period; write " + FORMS);
    }

    private static Period dates(String from, String to, int fiscalYearStart) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = day("from", from, problems);
        LocalDate end = day("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (start != null && end != null) {
            YearMonth first = YearMonth.from(start);
            List<Period> candidates = new ArrayList<>();
            candidates.add(month(first));
            candidates.add(quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1));
            YearMonth last = YearMonth.from(end);
            candidates.add(fiscalYear(last.getYear(), fiscalYearStart));
            for (Period p : candidates) {
                if (p.from().equals(start) && p.to().equals(end)) {
                    return p;
                }
            }
        }
        throw notFixed(
                start == null ? "from" : "to",
                "Statistics are published for fixed periods only, so that two date ranges cannot be"
                        + " compared to isolate one shipment: use period= with " + FORMS
                        + "; from and to are accepted only when together they are exactly one of these,"
                        + " e.g. from=2026-01-01&to=2026-03-31");
    }

    private static InvalidInputException notFixed(String field, String message) {
        return new InvalidInputException(List.of(new Problem(field, message)));
    }

    public boolean isOpen() {
        return kind == Kind.ALL;
    }

    /** The same kind of period just before this one; all time has none. */
    public Period previous(int fiscalYearStart) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER ->
                quarter(from.minusMonths(3).getYear(), (from.minusMonths(3).getMonthValue() - 1) / 3 + 1);
            case FISCAL_YEAR -> fiscalYear(to.getYear() - 1, fiscalYearStart);
            case ALL -> ALL;
        };
    }

    /** The same kind of period just after this one; all time has none. */
    public Period next(int fiscalYearStart) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).plusMonths(1));
            case QUARTER ->
                quarter(from.plusMonths(3).getYear(), (from.plusMonths(3).getMonthValue() - 1) / 3 + 1);
            case FISCAL_YEAR -> fiscalYear(to.getYear() + 1, fiscalYearStart);
            case ALL -> ALL;
        };
    }

    private static LocalDate day(String field, String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(
                    field, "\"" + raw.strip() + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31"));
            return null;
        }
    }
}
