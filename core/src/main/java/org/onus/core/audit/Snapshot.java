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

    /**
     * Canonical JSON of the whole state, or null for {@link #NONE} (nothing existed before a
     * creation, or after a deletion). Fields whose value is null are left out: absent and null are
     * the same state, and a case's many not-yet-set fields would otherwise be a third of its bytes.
     */
    public String toJson() {
        if (fields.isEmpty()) {
            return null;
        }
        return json(fields, false);
    }

    /**
     * What this state, before a change, held in the fields the change altered: each field whose
     * value differs in {@code after} (set, changed or cleared), with its value here, null where
     * this state did not have it. Beside the whole state after ({@link #toJson()}), it says exactly
     * what the state before was: the after state's fields overlaid with these, nulls left out
     * ({@link #before(Map, Map)}). {@code {}} when the change altered nothing.
     */
    public String changedFieldsJson(Snapshot after) {
        return json(changedFields(after), true);
    }

    /** The fields {@link #changedFieldsJson(Snapshot)} writes, with their values in this state. */
    public Map<String, Object> changedFields(Snapshot after) {
        TreeMap<String, Object> changed = new TreeMap<>();
        TreeMap<String, Object> keys = new TreeMap<>(fields);
        keys.putAll(after.fields);
        for (String key : keys.keySet()) {
            Object was = fields.get(key);
            if (!Objects.equals(was, after.fields.get(key))) {
                changed.put(key, was);
            }
        }
        return changed;
    }

    /**
     * The whole state before a change, rebuilt from the fields it altered ({@link
     * #changedFields(Snapshot)}, with their earlier values) and the whole state after; null values
     * are left out, as {@link #toJson()} leaves them out.
     */
    public static Map<String, Object> before(Map<String, Object> changedFields, Map<String, Object> after) {
        TreeMap<String, Object> before = new TreeMap<>(after);
        before.putAll(changedFields);
        before.values().removeIf(Objects::isNull);
        return before;
    }

    private static String json(Map<String, Object> map, boolean withNulls) {
        StringBuilder out = new StringBuilder();
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getValue() == null && !withNulls) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(e.getKey(), out);
            out.append(':');
            write(e.getValue(), out);
        }
        return out.append('}').toString();
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
