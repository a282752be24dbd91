package org.onus.core.feed;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.ListedDesignation;
import org.onus.core.problem.InvalidInputException;

/**
 * A list version as the feed document (schema {@code onus-designation-feed}, version 1, in
 * docs/designation-feed.schema.json): written byte for byte the same every time, so that a
 * signature made once verifies any later download; and read back from another authority's feed.
 */
public final class FeedDocument {

    public static final String FORMAT = "onus-designation-feed";
    public static final int FORMAT_VERSION = 1;

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of(
            "list_version",
            "published_at",
            "designation_id",
            "series_id",
            "version",
            "title",
            "region_codes",
            "sector_codes",
            "policy_ids",
            "effective_from",
            "effective_to");

    private FeedDocument() {}

    /** The publishing authority, as the document names it. */
    public record Authority(String id, String name) {}

    /** The document as JSON, UTF-8, compact, keys in a fixed order, no trailing newline. */
    public static byte[] json(Authority authority, DesignationListVersion v) {
        StringBuilder s = new StringBuilder(256 + 512 * v.entries().size());
        s.append("{\"format\":").append(quote(FORMAT));
        s.append(",\"formatVersion\":").append(FORMAT_VERSION);
        s.append(",\"authority\":{\"id\":")
                .append(quote(authority.id()))
                .append(",\"name\":")
                .append(quote(authority.name()))
                .append('}');
        s.append(",\"listVersion\":").append(v.number());
        s.append(",\"publishedAt\":").append(quote(instant(v.publishedAt())));
        s.append(",\"change\":").append(quote(v.change()));
        s.append(",\"designations\":[");
        boolean first = true;
        for (ListedDesignation d : v.entries()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            s.append("{\"id\":").append(quote(d.designationId().toString()));
            s.append(",\"seriesId\":").append(quote(d.seriesId().toString()));
            s.append(",\"version\":").append(d.version());
            s.append(",\"title\":").append(quote(d.title()));
            s.append(",\"regionCodes\":").append(array(d.regionCodes()));
            s.append(",\"sectorCodes\":").append(array(d.sectorCodes()));
            s.append(",\"policyIds\":")
                    .append(array(d.policyIds().stream().map(UUID::toString).toList()));
            s.append(",\"effectiveFrom\":").append(quote(d.effectiveFrom().toString()));
            s.append(",\"effectiveTo\":")
                    .append(
                            d.effectiveTo() == null
                                    ? "null"
                                    : quote(d.effectiveTo().toString()));
            s.append('}');
        }
        s.append("]}");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The document as CSV (RFC 4180, CRLF, UTF-8), one row per designation; codes separated by spaces. */
    public static byte[] csv(DesignationListVersion v) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new))
                .get()
                .print(out)) {
            for (ListedDesignation d : v.entries()) {
                csv.printRecord(
                        v.number(),
                        instant(v.publishedAt()),
                        d.designationId(),
                        d.seriesId(),
                        d.version(),
                        d.title(),
                        String.join(" ", d.regionCodes()),
                        String.join(" ", d.sectorCodes()),
                        String.join(
                                " ", d.policyIds().stream().map(UUID::toString).toList()),
                        d.effectiveFrom(),
                        d.effectiveTo() == null ? "" : d.effectiveTo().toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String instant(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static String array(List<String> values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(values.get(i)));
        }
        return s.append(']').toString();
    }

    /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as is. */
    static String quote(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    // --- reading another authority's feed ---------------------------------------------------------

    /** A feed as read: who published it, which list version, and its designations. */
    public record Feed(Authority authority, int listVersion, String publishedAt, List<Item> designations) {}

    /** One designation of a foreign feed, as sent (codes not yet checked against this portal's). */
    public record Item(
            String id,
            Integer version,
            String title,
            List<String> regionCodes,
            List<String> sectorCodes,
            List<String> policyIds,
            String effectiveFrom,
            String effectiveTo) {}

    /**
     * Reads a feed document (JSON, format version 1).
     *
     * @throws InvalidInputException when it is not one ({@code document})
     */
    public static Feed read(byte[] document) {
        Map<String, Object> root;
        try {
            root = JSONObjectUtils.parse(new String(document, StandardCharsets.UTF_8));
        } catch (java.text.ParseException | RuntimeException e) {
            throw notAFeed("it is not JSON");
        }
        if (!FORMAT.equals(root.get("format"))) {
            throw notAFeed("its \"format\" is not \"" + FORMAT + "\"");
        }
        if (!(root.get("formatVersion") instanceof Number n) || n.intValue() != FORMAT_VERSION) {
            throw notAFeed("only formatVersion " + FORMAT_VERSION + " is understood");
        }
        Authority authority;
        if (root.get("authority") instanceof Map<?, ?> a) {
            authority = new Authority(string(a.get("id")), string(a.get("name")));
        } else {
            throw notAFeed("it names no authority");
        }
        if (!(root.get("listVersion") instanceof Number listVersion)) {
            throw notAFeed("it has no listVersion");
        }
        if (!(root.get("designations") instanceof List<?> list)) {
            throw notAFeed("it has no designations array");
        }
        List<Item> items = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw notAFeed("a designation is not an object");
            }
            items.add(new Item(
                    string(m.get("id")),
                    m.get("version") instanceof Number v ? v.intValue() : null,
                    string(m.get("title")),
                    strings(m.get("regionCodes")),
                    strings(m.get("sectorCodes")),
                    strings(m.get("policyIds")),
                    string(m.get("effectiveFrom")),
                    string(m.get("effectiveTo"))));
        }
        return new Feed(authority, listVersion.intValue(), string(root.get("publishedAt")), items);
    }

    private static InvalidInputException notAFeed(String why) {
        return InvalidInputException.of("document", "This is not a designation feed document: " + why);
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> strings(Object o) {
        if (!(o instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().filter(x -> x != null).map(Object::toString).toList();
    }

    /** Whether a date as sent is one (for the per-item report). */
    static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }
}
