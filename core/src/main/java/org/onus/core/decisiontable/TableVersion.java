package org.onus.core.decisiontable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One deployed version of a decision table, as regulators read it: the columns (inputs first,
 * then outputs) and the rows' cells as written in the table (FEEL).
 */
public record TableVersion(
        ChangeableTable table, int version, Instant deployedAt, List<Column> columns, List<List<String>> rows) {

    public TableVersion {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A column: its label, and whether it is an input (matched) or an output (answered). */
    public record Column(String label, boolean input) {}
}
