package org.onus.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The recorded state of an entity before or after a change, as canonical JSON: keys sorted,
 * no insignificant white space, so the same state always hashes the same. Values are strings,
 * numbers, booleans, lists of those, or null.
 */
public final class Snapshot {

    public static final Snapshot NONE = new Snapshot(new TreeMap<>());

    private final TreeMap<String, Object> fields;

    private Snapshot(TreeMap<String, Object> fields) {
        this.fields = fields;
    }

    public static Snapshot of(String key, Object value) {
        return NONE.and(key, value);
    }

    /** A new snapshot with one more field; dates and instants are written in ISO 8601. */
    public Snapshot and(String key, Object value) {
        TreeMap<String, Object> copy = new TreeMap<>(fields);
        copy.put(Objects.requireNonNull(key), normalise(value));
        return new Snapshot(copy);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Object> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** Canonical JSON, or null for {@link #NONE} (nothing existed before a creation, or after a deletion). */
    public String toJson() {
        if (fields.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        write(fields, out);
        return out.toString();
    }

    private static Object normalise(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Integer) {
            return value;
        }
        if (value instanceof Instant
                || value instanceof LocalDate
                || value instanceof Enum<?>
                || value instanceof java.util.UUID
                || value instanceof java.math.BigDecimal) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Snapshot::normalise).toList();
        }
        return value.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            quote(value.toString(), out);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(toJson());
    }
}
