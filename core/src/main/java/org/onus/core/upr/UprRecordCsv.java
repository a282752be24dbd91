package org.onus.core.upr;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * Reads a file of UPR recommendations in the layout of docs/UPR-DATA.md (modelled on what UPR
 * Info's database and the UN's Universal Human Rights Index export) and writes search results back
 * in the same layout. The whole file is read and checked before anything is stored: a file with
 * any bad row is refused with every problem at once, each by its line and column. As in the bulk
 * entry upload ({@code BulkCsv}), line numbers are the file's physical lines with the header as
 * line 1, so they match a text editor even when a quoted value spans lines.
 */
public final class UprRecordCsv {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    /** Problems reported for one file at most; the last one says how many more there were. */
    static final int MAX_PROBLEMS = 500;

    public static final String ID = "id";
    public static final String STATE_UNDER_REVIEW = "state_under_review";
    public static final String RECOMMENDING_STATE = "recommending_state";
    public static final String SESSION = "session";
    public static final String CYCLE = "cycle";
    public static final String DOCUMENT = "document";
    public static final String PARAGRAPH = "paragraph";
    public static final String RECOMMENDATION = "recommendation";
    public static final String RESPONSE = "response";
    public static final String ACTION_CATEGORY = "action_category";
    public static final String THEMES = "themes";
    /** Written by the export (OWN or IMPORTED); read back and ignored, like any other column. */
    public static final String SOURCE = "source";

    public static final List<String> COLUMNS = List.of(
            ID,
            STATE_UNDER_REVIEW,
            RECOMMENDING_STATE,
            SESSION,
            CYCLE,
            DOCUMENT,
            PARAGRAPH,
            RECOMMENDATION,
            RESPONSE,
            ACTION_CATEGORY,
            THEMES);

    public static final List<String> REQUIRED =
            List.of(STATE_UNDER_REVIEW, RECOMMENDING_STATE, SESSION, CYCLE, RECOMMENDATION);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern THEME_SEPARATOR = Pattern.compile("[;|]");

    /** Wordings that mean the State supported the recommendation, normalised (see {@link #normalise}). */
    static final Set<String> SUPPORTED_WORDINGS = Set.of(
            "supported",
            "support",
            "accepted",
            "accept",
            "agreed",
            "enjoys support",
            "enjoys the support",
            "accepted and implemented",
            "supported and implemented",
            "accepted and being implemented",
            "supported and being implemented",
            "accepted, implemented",
            "supported, implemented",
            // States often support a recommendation while claiming it is already implemented; that
            // claim is exactly what follow-up checks, so it must stay followable as SUPPORTED.
            "supported/already implemented",
            "supported / already implemented",
            "supported - already implemented",
            "supported and already implemented",
            "accepted/already implemented",
            "accepted / already implemented",
            "accepted - already implemented",
            "accepted and already implemented");

    /** Wordings that mean the State noted (did not support) the recommendation, normalised. */
    static final Set<String> NOTED_WORDINGS = Set.of(
            "noted",
            "note",
            "took note",
            "taken note",
            "not accepted",
            "not supported",
            "not agreed",
            "rejected",
            "reject",
            "does not enjoy support",
            "does not enjoy the support",
            "not accepted and not implemented",
            "noted and not implemented");

    private UprRecordCsv() {}

    /** One row as read and checked: the line it starts on and what it says. */
    public record Row(long line, UprRecord.Content content) {}

    /** The header line of the layout. */
    public static String header() {
        return String.join(",", COLUMNS);
    }

    /** The code of a problem with one value: {@code line 7, column action_category}. */
    public static String code(long line, String column) {
        return column == null ? "line " + line : "line " + line + ", column " + column;
    }

    static Problem problem(long line, String column, String message) {
        String where = column == null ? "Line " + line : "Line " + line + ", column " + column;
        return new Problem(code(line, column), where + ": " + message);
    }

    /**
     * Reads and checks a whole file.
     *
     * @throws UploadRejectedException (413) when the file is larger than {@link #MAX_BYTES}
     * @throws InvalidInputException with every problem, each by line and column, when any row is bad
     */
    public static List<Row> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(
                    "file", "The file is empty: the first line must be the header, e.g. " + header());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "The file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Reader(text).read();
    }

    /** Reads an upload, but no more than {@link #MAX_BYTES} of it: a larger one is refused (413). */
    public static byte[] readUpload(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    public static UploadRejectedException tooLarge() {
        return new UploadRejectedException(
                UploadRejectedException.Reason.TOO_LARGE,
                "The file is larger than " + (MAX_BYTES / (1024 * 1024))
                        + " MiB, the most a recommendation import accepts; split it into smaller files");
    }

    /** How a response's wording maps to the Working Group's terms; null when there is no answer. */
    public static StateResponse response(String wording) {
        if (wording == null || wording.isBlank()) {
            return null;
        }
        String w = normalise(wording);
        if (SUPPORTED_WORDINGS.contains(w)) {
            return StateResponse.SUPPORTED;
        }
        if (NOTED_WORDINGS.contains(w)) {
            return StateResponse.NOTED;
        }
        return StateResponse.OTHER;
    }

    /**
     * A recommendation's identity: its source's id when there is one, else its document symbol with
     * its paragraph, else a hash of the State under review, the session and the text.
     */
    public static String identity(
            String sourceId,
            String stateUnderReview,
            int session,
            String documentSymbol,
            String paragraph,
            String text) {
        if (sourceId != null && !sourceId.isBlank()) {
            return "source:" + sourceId.strip();
        }
        if (documentSymbol != null && !documentSymbol.isBlank() && paragraph != null && !paragraph.isBlank()) {
            return "doc:" + symbol(documentSymbol) + "#" + paragraph.strip();
        }
        String basis = normalise(stateUnderReview) + "|" + session + "|" + normalise(text);
        return "sha256:" + sha256(basis.getBytes(StandardCharsets.UTF_8));
    }

    /** A document symbol as stored and compared: trimmed, single spaces, upper case. */
    public static String symbol(String documentSymbol) {
        return SPACES.matcher(documentSymbol.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    /** The themes of one cell, split on {@code ;} or {@code |}, blanks dropped. */
    public static List<String> themes(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> themes = new ArrayList<>();
        for (String t : THEME_SEPARATOR.split(cell)) {
            String s = SPACES.matcher(t.strip()).replaceAll(" ");
            if (!s.isEmpty() && !themes.contains(s)) {
                themes.add(s);
            }
        }
        return themes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, single spaces, dashes and slashes as words: "Noted – partially" is "noted - partially". */
    static String normalise(String s) {
        String t = s.strip()
                .toLowerCase(Locale.ROOT)
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u00A0', ' ');
        return SPACES.matcher(t).replaceAll(" ");
    }

    // --- writing ------------------------------------------------------------------------------

    /**
     * Search results in the import layout, with a {@code source} column (OWN or IMPORTED) at the
     * end, so that an export can be read back by {@link #read}.
     */
    public static String write(List<UprHit> hits) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer =
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out)) {
            List<String> header = new ArrayList<>(COLUMNS);
            header.add(SOURCE);
            printer.printRecord(header);
            for (UprHit h : hits) {
                printer.printRecord(
                        h.kind() == UprHit.Kind.IMPORTED ? Objects.toString(h.sourceId(), "") : "",
                        h.stateUnderReview(),
                        Objects.toString(h.recommendingState(), ""),
                        h.session(),
                        h.cycle(),
                        Objects.toString(h.documentSymbol(), ""),
                        Objects.toString(h.paragraph(), ""),
                        h.text(),
                        h.responseWording() != null
                                ? h.responseWording()
                                : h.response() == null
                                        ? ""
                                        : h.response().name().toLowerCase(Locale.ROOT),
                        h.actionCategory() == null ? "" : h.actionCategory().toString(),
                        String.join("; ", h.themes()),
                        h.kind().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // --- reading ------------------------------------------------------------------------------

    private static final class Reader {

        private final String text;
        private final List<Problem> problems = new ArrayList<>();
        private int overflow;

        Reader(String text) {
            this.text = text;
        }

        List<Row> read() {
            List<Row> rows = new ArrayList<>();
            Map<String, Long> seen = new LinkedHashMap<>();
            long lastLine = 0;
            try (CSVParser parser =
                    CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
                Iterator<CSVRecord> records = parser.iterator();
                Map<String, Integer> index = null;
                int rowCount = 0;
                try {
                    while (records.hasNext()) {
                        CSVRecord record = records.next();
                        long line = lastLine + 1;
                        lastLine = parser.getCurrentLineNumber();
                        if (record.size() == 1 && record.get(0).isBlank()) {
                            continue;
                        }
                        if (index == null) {
                            index = header(record);
                            if (index == null) {
                                break;
                            }
                            continue;
                        }
                        rowCount++;
                        if (rowCount > MAX_ROWS) {
                            throw InvalidInputException.of(
                                    "file",
                                    "The file has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                                            + " recommendations, the most one import accepts; split it into smaller"
                                            + " files");
                        }
                        Row row = row(record, line, index);
                        if (row != null) {
                            Long first = seen.putIfAbsent(row.content().identityKey(), line);
                            if (first != null) {
                                add(problem(
                                        line,
                                        identityColumn(row.content()),
                                        "the same recommendation as line " + first + " (" + identityWords(row.content())
                                                + "); each recommendation may appear only once in a file"));
                            } else {
                                rows.add(row);
                            }
                        }
                    }
                } catch (UncheckedIOException e) {
                    String why = e.getCause() == null ? null : e.getCause().getMessage();
                    add(problem(
                            lastLine + 1,
                            null,
                            "the file is not valid CSV from here (" + Objects.toString(why, "unreadable")
                                    + "); check for a quote that is not closed"));
                }
                if (index != null && rowCount == 0 && problems.isEmpty()) {
                    add(new Problem("file", "The file has a header but no recommendations"));
                }
                if (index == null && problems.isEmpty()) {
                    add(new Problem(
                            "file",
                            "The file is empty: the first line must be the header, e.g. " + UprRecordCsv.header()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!problems.isEmpty()) {
                List<Problem> all = new ArrayList<>(problems);
                if (overflow > 0) {
                    all.add(new Problem(
                            "file", "… and " + overflow + " more problems; fix these and import the file again"));
                }
                throw new InvalidInputException(all);
            }
            return rows;
        }

        /** The columns by name, or null (with the problems) when the header cannot be used. */
        private Map<String, Integer> header(CSVRecord first) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < first.size(); i++) {
                String name = first.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || !COLUMNS.contains(name)) {
                    continue; // Other columns (the export's "source", a source's extras) are ignored.
                }
                if (index.putIfAbsent(name, i) != null) {
                    add(problem(1, name, "the column appears twice in the header"));
                }
            }
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    add(problem(
                            1,
                            required,
                            "the header has no column " + required + ", which is required; the first line names"
                                    + " the columns, e.g. " + UprRecordCsv.header()));
                }
            }
            return problems.isEmpty() ? index : null;
        }

        private Row row(CSVRecord record, long line, Map<String, Integer> index) {
            int before = problems.size() + overflow;
            int width =
                    index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            if (record.size() < width) {
                add(problem(
                        line,
                        null,
                        "the row has " + record.size() + " columns but the header has at least " + width
                                + "; check for a missing comma or an unquoted comma in a value"));
            }
            String sourceId = optional(record, index, line, ID, 100);
            String state = required(record, index, line, STATE_UNDER_REVIEW, 200, "the State under review");
            String by = required(record, index, line, RECOMMENDING_STATE, 200, "the recommending State");
            Integer session = number(record, index, line, SESSION, 1, 500, "the Working Group session, e.g. 31");
            Integer cycle = number(record, index, line, CYCLE, 1, 20, "the UPR cycle, e.g. 3");
            String document = optional(record, index, line, DOCUMENT, 100);
            String paragraph = optional(record, index, line, PARAGRAPH, 30);
            String text =
                    required(record, index, line, RECOMMENDATION, UprRecord.MAX_TEXT, "the recommendation's text");
            String wording = optional(record, index, line, RESPONSE, 500);
            Integer category = null;
            String rawCategory = value(record, index, ACTION_CATEGORY);
            if (!rawCategory.isEmpty()) {
                category = parse(rawCategory);
                if (category == null || category < 1 || category > 5) {
                    add(problem(
                            line,
                            ACTION_CATEGORY,
                            "\"" + abbreviate(rawCategory)
                                    + "\" is not an action category; give a whole number from 1 (minimal action)"
                                    + " to 5 (specific action), or leave it empty"));
                    category = null;
                }
            }
            List<String> themes = themes(value(record, index, THEMES));
            for (String t : themes) {
                if (t.length() > 100) {
                    add(problem(line, THEMES, "the theme \"" + abbreviate(t) + "\" is longer than 100 characters"));
                }
            }
            if (problems.size() + overflow > before) {
                return null;
            }
            String symbol = document == null ? null : symbol(document);
            String key = identity(sourceId, state, session, symbol, paragraph, text);
            return new Row(
                    line,
                    new UprRecord.Content(
                            key,
                            sourceId,
                            state,
                            by,
                            cycle,
                            session,
                            symbol,
                            paragraph,
                            text,
                            response(wording),
                            wording,
                            category,
                            new TreeSet<>(themes)));
        }

        private String required(
                CSVRecord record, Map<String, Integer> index, long line, String column, int max, String what) {
            String v = value(record, index, column);
            if (v.isEmpty()) {
                add(problem(line, column, "give " + what + "; it is required"));
                return null;
            }
            return checkLength(v, line, column, max);
        }

        private String optional(CSVRecord record, Map<String, Integer> index, long line, String column, int max) {
            String v = value(record, index, column);
            return v.isEmpty() ? null : checkLength(v, line, column, max);
        }

        private String checkLength(String v, long line, String column, int max) {
            if (v.length() > max) {
                add(problem(
                        line,
                        column,
                        "the value is " + String.format(Locale.ROOT, "%,d", v.length()) + " characters long; at most "
                                + String.format(Locale.ROOT, "%,d", max) + " are allowed"));
                return null;
            }
            return v;
        }

        private Integer number(
                CSVRecord record, Map<String, Integer> index, long line, String column, int min, int max, String what) {
            String v = value(record, index, column);
            if (v.isEmpty()) {
                add(problem(line, column, "give " + what + "; it is required"));
                return null;
            }
            Integer n = parse(v);
            if (n == null || n < min || n > max) {
                add(problem(
                        line,
                        column,
                        "\"" + abbreviate(v) + "\" is not a whole number from " + min + " to " + max + "; give "
                                + what));
                return null;
            }
            return n;
        }

        private void add(Problem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            } else {
                overflow++;
            }
        }

        private static Integer parse(String v) {
            try {
                return Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String value(CSVRecord record, Map<String, Integer> index, String column) {
            Integer i = index.get(column);
            return i == null || i >= record.size() ? "" : record.get(i).strip();
        }

        private static String abbreviate(String v) {
            return v.length() > 40 ? v.substring(0, 40) + "…" : v;
        }

        private static String identityColumn(UprRecord.Content c) {
            if (c.identityKey().startsWith("source:")) {
                return ID;
            }
            return c.identityKey().startsWith("doc:") ? PARAGRAPH : RECOMMENDATION;
        }

        private static String identityWords(UprRecord.Content c) {
            if (c.identityKey().startsWith("source:")) {
                return "the same id " + c.sourceId();
            }
            if (c.identityKey().startsWith("doc:")) {
                return "the same document " + c.documentSymbol() + " and paragraph " + c.paragraph();
            }
            return "the same State under review, session and text";
        }
    }
}
