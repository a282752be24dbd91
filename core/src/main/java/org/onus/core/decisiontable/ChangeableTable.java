package org.onus.core.decisiontable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onus.core.problem.Problem;

/**
 * The decision tables regulators change under four eyes, by the key used in URLs, with the
 * decision's key in the process engine and the checks a proposed version must pass besides the
 * table's shape.
 */
public enum ChangeableTable {
    /** Tolerance, designated-share floor and action per mass-balance flag kind. */
    MASS_BALANCE_THRESHOLDS("mass-balance-thresholds", "Decision_MassBalanceThresholds") {
        @Override
        List<Problem> check(List<List<String>> rows) {
            List<Problem> problems = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                kinds.add(unquote(row.get(0)));
                try {
                    BigDecimal threshold = new BigDecimal(row.get(1).strip());
                    if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
                        problems.add(new Problem(cell(r, 1), "A threshold is a percentage from 0 to 100"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(cell(r, 1), "A threshold is a number, e.g. 5"));
                }
                String action = unquote(row.get(2));
                if (!action.equals("FLAG") && !action.equals("HOLD")) {
                    problems.add(new Problem(cell(r, 2), "The action is \"FLAG\" or \"HOLD\""));
                }
            }
            for (String kind : List.of("CANNOT_ACCOUNT", "DESIGNATED_SHARE_TOO_LOW")) {
                if (kinds.stream().filter(kind::equals).count() != 1) {
                    problems.add(new Problem("rows", "Give exactly one row for \"" + kind + "\""));
                }
            }
            return problems;
        }
    },
    /** Which evidence counts towards which requirement on which route. */
    EVIDENCE_ADMISSIBILITY("evidence-admissibility", "Decision_EvidenceAdmissibility") {
        @Override
        List<Problem> check(List<List<String>> rows) {
            List<Problem> problems = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String admissible = row.get(row.size() - 2).strip();
                if (!admissible.equals("true") && !admissible.equals("false")) {
                    problems.add(new Problem(cell(r, row.size() - 2), "Admissible is true or false"));
                }
            }
            return problems;
        }
    };

    /** The most rows a version may have. */
    public static final int MAX_ROWS = 300;

    /** The longest a cell may be. */
    public static final int MAX_CELL = 500;

    private final String key;
    private final String decisionKey;

    ChangeableTable(String key, String decisionKey) {
        this.key = key;
        this.decisionKey = decisionKey;
    }

    public String key() {
        return key;
    }

    /** The decision's key in the process engine (the DMN decision id). */
    public String decisionKey() {
        return decisionKey;
    }

    public static Optional<ChangeableTable> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /**
     * What is wrong with proposed rows for a table of {@code columns} columns: the shape first
     * (column count, cell length, no line breaks), then the table's own checks.
     */
    public List<Problem> problems(int columns, List<List<String>> rows) {
        List<Problem> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            return List.of(new Problem("rows", "Give at least one row"));
        }
        if (rows.size() > MAX_ROWS) {
            return List.of(new Problem("rows", "At most " + MAX_ROWS + " rows"));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row == null || row.size() != columns) {
                problems.add(new Problem("rows[" + r + "]", "A row has " + columns + " cells"));
                continue;
            }
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                if (cell == null || cell.isBlank()) {
                    problems.add(
                            new Problem(cell(r, c), "Fill in the cell (\"-\" matches anything in an input column)"));
                } else if (cell.length() > MAX_CELL || cell.contains("\n") || cell.contains("\t")) {
                    problems.add(new Problem(cell(r, c), "A cell is one line of at most " + MAX_CELL + " characters"));
                }
            }
        }
        return problems.isEmpty() ? check(rows) : problems;
    }

    abstract List<Problem> check(List<List<String>> rows);

    static String cell(int row, int column) {
        return "rows[" + row + "][" + column + "]";
    }

    static String unquote(String cell) {
        String s = cell.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
