package org.onus.core.statistics;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Primary and secondary suppression over the cells of one report.
 *
 * <p>Primary: a count of 1 to threshold − 1 is hidden with its values; a value is hidden when fewer
 * than threshold cases declared its currency or one importer contributed more than the dominance
 * share. Secondary: every {@link Line} (cells that add up to a shown or hidden total) is checked
 * until nothing changes: a lone hidden cell (or a hidden total whose cells are all shown) forces the
 * smallest shown non-zero cell to be hidden too, and when the total is shown the hidden cells
 * together must stand for at least threshold cases (for values: pass the value rules together),
 * else one more is hidden; with no cell left, the total is hidden. The same holds per currency for
 * values.
 */
final class Suppression {

    /** Cells that add up to a total. */
    record Line(Cell total, List<Cell> members) {}

    private Suppression() {}

    static void apply(SuppressionRules rules, Collection<Line> lines) {
        Set<Cell> cells = new LinkedHashSet<>();
        Set<String> currencies = new java.util.TreeSet<>();
        for (Line line : lines) {
            cells.add(line.total());
            cells.addAll(line.members());
        }
        for (Cell cell : cells) {
            if (rules.countUnsafe(cell.count())) {
                cell.hide();
            }
            for (String currency : cell.currencies()) {
                currencies.add(currency);
                if (rules.valueUnsafe(cell.money(currency))) {
                    cell.hideValue(currency);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                changed |= protectCounts(rules, line);
            }
        }
        changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                for (String currency : currencies) {
                    changed |= protectValues(rules, line, currency);
                }
            }
        }
    }

    private static boolean protectCounts(SuppressionRules rules, Line line) {
        List<Cell> hidden = line.members().stream().filter(Cell::hidden).toList();
        int unknowns = hidden.size() + (line.total().hidden() ? 1 : 0);
        if (unknowns == 0) {
            return false;
        }
        boolean exposed = unknowns == 1
                || (!line.total().hidden()
                        && rules.countUnsafe(
                                hidden.stream().mapToLong(Cell::count).sum()));
        if (!exposed) {
            return false;
        }
        Optional<Cell> next = line.members().stream()
                .filter(c -> !c.hidden() && c.count() > 0)
                .min(Comparator.comparingLong(Cell::count));
        if (next.isPresent()) {
            next.get().hide();
            return true;
        }
        if (!line.total().hidden() && line.total().count() > 0) {
            line.total().hide();
            return true;
        }
        return false;
    }

    private static boolean protectValues(SuppressionRules rules, Line line, String currency) {
        if (line.total().count(currency) == 0) {
            return false;
        }
        List<Cell> hidden = line.members().stream()
                .filter(c -> c.count(currency) > 0 && c.valueHidden(currency))
                .toList();
        boolean totalHidden = line.total().valueHidden(currency);
        int unknowns = hidden.size() + (totalHidden ? 1 : 0);
        if (unknowns == 0) {
            return false;
        }
        boolean exposed = unknowns == 1 || (!totalHidden && rules.valueUnsafe(together(hidden, currency)));
        if (!exposed) {
            return false;
        }
        Optional<Cell> next = line.members().stream()
                .filter(c -> !c.valueHidden(currency) && c.count(currency) > 0)
                .min(Comparator.comparing(c -> c.amount(currency)));
        if (next.isPresent()) {
            next.get().hideValue(currency);
            return true;
        }
        if (!totalHidden) {
            line.total().hideValue(currency);
            return true;
        }
        return false;
    }

    private static Cell.Money together(List<Cell> cells, String currency) {
        Cell.Money sum = new Cell.Money();
        for (Cell c : cells) {
            Cell.Money m = c.money(currency);
            if (m != null) {
                sum.addAll(m);
            }
        }
        return sum;
    }
}
