package org.onus.web.view;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's timeline keeps what happened as it was recorded. The details the case writes itself
 * (its deadlines) are shown in the reader's language; what people typed is shown as they typed it.
 */
public final class EventDetails {

    private static final Pattern DUE =
            Pattern.compile("(Rebuttal|Decision) due by (\\d{4}-\\d{2}-\\d{2})( \\(inclusive\\))?");

    private final Locale locale;

    public EventDetails(Locale locale) {
        this.locale = locale;
    }

    /**
     * "en" for a detail the system wrote in English and no bundle re-words (an admissibility
     * reason, a route summary), so the page marks it; null for text shown in the reader's language
     * or typed by a person, whose language Onus does not know.
     */
    public String language(String detail, String actor) {
        boolean system = "system".equals(actor) || "screening".equals(actor);
        return system && detail != null && !DUE.matcher(detail).matches() ? "en" : null;
    }

    public String text(String detail) {
        if (detail == null) {
            return "";
        }
        Matcher m = DUE.matcher(detail);
        if (!m.matches()) {
            return detail;
        }
        String key = m.group(1).equals("Decision")
                ? "cases.event.detail.decisionDue"
                : m.group(3) != null ? "cases.event.detail.rebuttalDue" : "cases.event.detail.reminder";
        return Messages.text(locale, key, new DateFormats(locale).day(LocalDate.parse(m.group(2))));
    }
}
