package org.onus.core.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One group of the database's answer: how many cases share these traits and what their goods were
 * declared to be worth. Never names an organisation or an entry.
 *
 * @param route null when no route was chosen yet
 */
record CaseRow(
        String status,
        String route,
        String originCountry,
        String hsCode,
        String currency,
        YearMonth month,
        long count,
        BigDecimal amount) {}
