package org.onus.core.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.onus.core.entry.EntryDraft;
import org.onus.core.problem.Problem;

/**
 * Reads a bulk entry file one entry at a time: consecutive rows with the same entry number are
 * one entry, one row per disclosed input. Only the current entry is held in memory, so a file of
 * any length is read in bounded space. Line numbers are the file's physical lines (the header is
 * line 1), so they match a text editor even when a quoted field spans lines.
 */
public final class BulkCsv implements Closeable {

    public static final String ENTRY_NUMBER = "entry_number";

    /** Entry-level columns, repeated on every row of an entry and required to agree. */
    public static final List<String> ENTRY_COLUMNS = List.of(
            ENTRY_NUMBER,
            "hs_code",
            "description",
            "origin_country",
            "value_amount",
            "value_currency",
            "arrival_date",
            "port");

    /** Input columns: one input per row, all empty on the single row of an entry without inputs. */
    public static final List<String> INPUT_COLUMNS = List.of(
            "input_tier",
            "input_material",
            "input_hs_code",
            "input_producer",
            "input_region_code",
            "input_open_supply_hub_id",
            "input_share_percent");

    public static final List<String> COLUMNS = concat(ENTRY_COLUMNS, INPUT_COLUMNS);

    /**
     * Entry-level columns a header may leave out: files written before they existed stay valid.
     * When present they are repeated on every row of an entry like the others.
     */
    public static final List<String> OPTIONAL_ENTRY_COLUMNS = List.of("quantity", "quantity_unit");

    /** Input columns a header may leave out. */
    public static final List<String> OPTIONAL_INPUT_COLUMNS =
            List.of("input_quantity", "input_quantity_unit", "input_producer_registration_number");

    private static final List<String> AGREEING_COLUMNS = concat(ENTRY_COLUMNS, OPTIONAL_ENTRY_COLUMNS);

    /** Every column a header may name, required ones first. */
    public static final List<String> ALL_COLUMNS =
            concat(COLUMNS, concat(OPTIONAL_ENTRY_COLUMNS, OPTIONAL_INPUT_COLUMNS));

    /** An error on one line of the file, in words for the person who made it. */
    public record LineError(long line, String message) {}

    /**
     * One entry as read from the file.
     *
     * @param inputLines the line of each input, by index, to place an input's problems
     * @param errors what is wrong with the rows themselves (columns that disagree, short rows)
     */
    public record Group(EntryDraft draft, long firstLine, List<Long> inputLines, List<LineError> errors) {

        /** The line a problem with this field of the draft belongs to ({@code inputs[2].hsCode}). */
        public long lineOf(String field) {
            if (field != null && field.startsWith("inputs[")) {
                int end = field.indexOf(']');
                try {
                    int index = Integer.parseInt(field.substring("inputs[".length(), end));
                    if (index >= 0 && index < inputLines.size()) {
                        return inputLines.get(index);
                    }
                } catch (RuntimeException e) {
                    // Not an input's field after all: the entry's line will do.
                }
            }
            return firstLine;
        }

        /** A problem the entry's check found, on its line and named by its column. */
        public LineError error(Problem problem) {
            String field = problem.code() == null ? "" : problem.code();
            String message = problem.message().replaceFirst("^Input \\d+: ", "");
            if (field.matches("inputs\\[\\d+]")) {
                return new LineError(
                        lineOf(field), "the input columns are empty; every row of an entry with inputs needs one");
            }
            String column = field.startsWith("inputs[")
                    ? COLUMN_OF_FIELD.get("input." + field.substring(field.indexOf('.') + 1))
                    : COLUMN_OF_FIELD.get(field);
            return new LineError(lineOf(field), column == null ? message : column + ": " + message);
        }
    }

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("entryNumber", ENTRY_NUMBER),
            Map.entry("hsCode", "hs_code"),
            Map.entry("description", "description"),
            Map.entry("originCountry", "origin_country"),
            Map.entry("value", "value_amount"),
            Map.entry("currency", "value_currency"),
            Map.entry("arrivalDate", "arrival_date"),
            Map.entry("port", "port"),
            Map.entry("input.tier", "input_tier"),
            Map.entry("input.material", "input_material"),
            Map.entry("input.hsCode", "input_hs_code"),
            Map.entry("input.producer", "input_producer"),
            Map.entry("input.regionCode", "input_region_code"),
            Map.entry("input.openSupplyHubId", "input_open_supply_hub_id"),
            Map.entry("input.sharePercent", "input_share_percent"),
            Map.entry("quantity", "quantity"),
            Map.entry("unit", "quantity_unit"),
            Map.entry("input.quantity", "input_quantity"),
            Map.entry("input.unit", "input_quantity_unit"),
            Map.entry("input.producerRegistrationNumber", "input_producer_registration_number"));

    /** The file cannot be read as a bulk entry file at all (no header, wrong columns). */
    public static final class HeaderException extends Exception {

        private static final long serialVersionUID = 1L;

        public HeaderException(String message) {
            super(message);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> index;
    private long lastLine;
    private Row pending;

    private record Row(CSVRecord record, long line) {}

    private BulkCsv(CSVParser parser, Map<String, Integer> index, long headerLine) {
        this.parser = parser;
        this.records = parser.iterator();
        this.index = index;
        this.lastLine = headerLine;
    }

    /** Opens a file and checks its header; the reader is closed with this. */
    public static BulkCsv open(Reader reader) throws HeaderException {
        CSVParser parser;
        try {
            // Blank lines are kept as records so that line numbers can be counted from record ends.
            parser =
                    CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new HeaderException("The file is empty: the first line must be the header, " + header());
            }
            CSVRecord first = it.next();
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < first.size(); i++) {
                String name = first.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!ALL_COLUMNS.contains(name)) {
                    unknown.add(first.get(i).strip());
                } else if (index.putIfAbsent(name, i) != null) {
                    throw new HeaderException("Line 1: the column " + name + " appears twice in the header");
                }
            }
            List<String> missing =
                    COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                StringBuilder m = new StringBuilder("Line 1: the header does not match the layout.");
                if (!missing.isEmpty()) {
                    m.append(" Missing: ").append(String.join(", ", missing)).append('.');
                }
                if (!unknown.isEmpty()) {
                    m.append(" Not known: ").append(String.join(", ", unknown)).append('.');
                }
                m.append(" The first line must be: ").append(header());
                m.append(" It may also have: ")
                        .append(String.join(", ", concat(OPTIONAL_ENTRY_COLUMNS, OPTIONAL_INPUT_COLUMNS)))
                        .append('.');
                throw new HeaderException(m.toString());
            }
            return new BulkCsv(parser, index, parser.getCurrentLineNumber());
        } catch (HeaderException | RuntimeException e) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Already failing; the first problem is the one to report.
            }
            throw e;
        }
    }

    /** The header line of the layout. */
    public static String header() {
        return String.join(",", COLUMNS);
    }

    /**
     * The next entry, or null at the end of the file.
     *
     * @throws UncheckedIOException when the file is not well-formed CSV (an unclosed quote); the
     *     message says from which line
     */
    public Group next() {
        Row first = pending != null ? pending : read();
        pending = null;
        if (first == null) {
            return null;
        }
        List<LineError> errors = new ArrayList<>();
        checkWidth(first, errors);
        String number = value(first.record(), ENTRY_NUMBER);
        List<Long> inputLines = new ArrayList<>();
        List<EntryDraft.InputDraft> inputs = new ArrayList<>();
        addInput(first, inputs, inputLines);
        Row row;
        while ((row = read()) != null) {
            String n = value(row.record(), ENTRY_NUMBER);
            // An empty entry number starts an entry of its own, so it is reported once, on its line.
            if (number.isEmpty() || !number.equals(n)) {
                pending = row;
                break;
            }
            checkWidth(row, errors);
            for (String column : AGREEING_COLUMNS) {
                String a = value(first.record(), column);
                String b = value(row.record(), column);
                if (!a.equals(b)) {
                    errors.add(new LineError(
                            row.line(),
                            column + " is \"" + b + "\" but line " + first.line() + " of the same entry has \"" + a
                                    + "\"; entry-level columns must be the same on every row of an entry"));
                }
            }
            addInput(row, inputs, inputLines);
        }
        // One row with the input columns empty is an entry without inputs; an empty input among
        // others stays, as null, so that the entry's check reports it on its own line.
        if (inputs.size() == 1 && inputs.get(0) == null) {
            inputs.clear();
            inputLines.clear();
        }
        EntryDraft draft = new EntryDraft(
                number,
                value(first.record(), "hs_code"),
                value(first.record(), "description"),
                value(first.record(), "origin_country"),
                value(first.record(), "value_amount"),
                value(first.record(), "value_currency"),
                value(first.record(), "arrival_date"),
                value(first.record(), "port"),
                Collections.unmodifiableList(inputs),
                value(first.record(), "quantity"),
                value(first.record(), "quantity_unit"));
        return new Group(draft, first.line(), List.copyOf(inputLines), List.copyOf(errors));
    }

    private void addInput(Row row, List<EntryDraft.InputDraft> inputs, List<Long> lines) {
        EntryDraft.InputDraft in = new EntryDraft.InputDraft(
                value(row.record(), "input_tier"),
                value(row.record(), "input_material"),
                value(row.record(), "input_hs_code"),
                value(row.record(), "input_producer"),
                value(row.record(), "input_region_code"),
                value(row.record(), "input_open_supply_hub_id"),
                value(row.record(), "input_share_percent"),
                value(row.record(), "input_quantity"),
                value(row.record(), "input_quantity_unit"),
                value(row.record(), "input_producer_registration_number"));
        inputs.add(in.isBlank() ? null : in);
        lines.add(row.line());
    }

    private void checkWidth(Row row, List<LineError> errors) {
        int expected = index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (row.record().size() < expected) {
            errors.add(new LineError(
                    row.line(),
                    "the row has " + row.record().size() + " columns but the header has " + expected
                            + "; check for a missing comma or an unquoted comma in a value"));
        }
    }

    /** The next row that is not blank, with the line it starts on. */
    private Row read() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long start = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                return new Row(record, start);
            }
            return null;
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof CharacterCodingException
                    ? "the file is not UTF-8 text; save it as \"CSV UTF-8\""
                    : "the file is not valid CSV ("
                            + Objects.toString(e.getCause().getMessage(), "unreadable")
                            + "); check for a quote that is not closed";
            throw new UncheckedIOException(new IOException("Line " + (lastLine + 1) + " or after: " + why, e));
        }
    }

    private String value(CSVRecord record, String column) {
        Integer i = index.get(column);
        // An optional column the header leaves out reads as empty.
        return i != null && i < record.size() ? record.get(i).strip() : "";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
