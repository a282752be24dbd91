package org.onus.core.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One group of the database's answer: how many cases share these traits and what their goods were
 * declared to be worth. Never leaves this package: the importer is there only for the dominance
 * rule and is never published.
 *
 * @param route null when no route was chosen yet
 * @param importer the importing organisation's code
 */
record CaseRow(
        String importer,
        String status,
        String route,
        String originCountry,
        String hsCode,
        String currency,
        YearMonth month,
        long count,
        BigDecimal amount) {}
