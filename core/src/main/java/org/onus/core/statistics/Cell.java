package org.onus.core.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One cell of a table before it is published: how many cases, their declared values per currency and
 * how much of each value each importer contributed (for the dominance rule); and what suppression has
 * hidden. The importers never leave this package: {@link #publish()} gives counts and sums only.
 */
final class Cell {

    /** The cases of one currency: how many, the sum, and each importer's part of it. */
    static final class Money {
        long count;
        BigDecimal amount = BigDecimal.ZERO;
        final Map<String, BigDecimal> byImporter = new HashMap<>();

        void add(long cases, BigDecimal value, String importer) {
            count += cases;
            amount = amount.add(value);
            byImporter.merge(importer == null ? "" : importer, value, BigDecimal::add);
        }

        void addAll(Money other) {
            count += other.count;
            amount = amount.add(other.amount);
            other.byImporter.forEach((k, v) -> byImporter.merge(k, v, BigDecimal::add));
        }

        BigDecimal largestContribution() {
            return byImporter.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    private long count;
    private final Map<String, Money> money = new TreeMap<>();
    private boolean hidden;
    private final TreeSet<String> hiddenValues = new TreeSet<>();

    void add(long cases, String currency, BigDecimal amount, String importer) {
        count += cases;
        if (currency != null) {
            money.computeIfAbsent(currency, c -> new Money())
                    .add(cases, amount == null ? BigDecimal.ZERO : amount, importer);
        }
    }

    void addAll(Cell other) {
        count += other.count;
        other.money.forEach((c, m) -> money.computeIfAbsent(c, k -> new Money()).addAll(m));
    }

    long count() {
        return count;
    }

    /** The cases in this currency, or none. */
    Money money(String currency) {
        return money.get(currency);
    }

    long count(String currency) {
        Money m = money.get(currency);
        return m == null ? 0 : m.count;
    }

    BigDecimal amount(String currency) {
        Money m = money.get(currency);
        return m == null ? BigDecimal.ZERO : m.amount;
    }

    Iterable<String> currencies() {
        return money.keySet();
    }

    boolean hidden() {
        return hidden;
    }

    void hide() {
        hidden = true;
    }

    boolean valueHidden(String currency) {
        return hidden || hiddenValues.contains(currency);
    }

    void hideValue(String currency) {
        hiddenValues.add(currency);
    }

    /** What may be published: nothing but the mark when hidden; hidden values without their amount. */
    Tally publish() {
        if (hidden) {
            return Tally.SUPPRESSED;
        }
        List<CurrencyAmount> values = money.entrySet().stream()
                .map(e ->
                        new CurrencyAmount(e.getKey(), hiddenValues.contains(e.getKey()) ? null : e.getValue().amount))
                .toList();
        return new Tally(count, values, false);
    }
}
