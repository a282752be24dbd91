package org.onus.core.sector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts an HS code in the sector whose prefix matches it most closely: {@code 520100} is cotton
 * ({@code 5201}), {@code 610910} apparel ({@code 61}). When two sectors name the same longest prefix
 * the code belongs to both; when none matches, to {@link #OTHER}. All goods has no prefixes and
 * never matches here: it is a designation's scope, not a kind of goods.
 */
public final class SectorAssignment {

    /** The key of the row for goods in no sector. */
    public static final String OTHER = "OTHER";

    /** A sector's code and name and its prefixes, digits only. */
    public record SectorPrefixes(String code, String name, Collection<String> prefixes) {}

    private final Map<String, String> names = new TreeMap<>();
    /** prefix → the sectors that name it */
    private final Map<String, List<String>> byPrefix = new TreeMap<>();

    public SectorAssignment(Collection<SectorPrefixes> sectors) {
        for (SectorPrefixes s : sectors) {
            names.put(s.code(), s.name());
            for (String prefix : s.prefixes()) {
                byPrefix.computeIfAbsent(digits(prefix), p -> new ArrayList<>()).add(s.code());
            }
        }
        byPrefix.remove("");
    }

    public static SectorAssignment of(Collection<Sector> sectors) {
        return new SectorAssignment(sectors.stream()
                .map(s -> new SectorPrefixes(s.code(), s.name(), s.hsPrefixes()))
                .toList());
    }

    /** The sector codes of the longest matching prefix, or {@link #OTHER} alone. */
    public List<String> sectorsOf(String hsCode) {
        String digits = hsCode == null ? "" : digits(hsCode);
        for (int length = digits.length(); length > 0; length--) {
            List<String> found = byPrefix.get(digits.substring(0, length));
            if (found != null) {
                return List.copyOf(found);
            }
        }
        return List.of(OTHER);
    }

    /** The sector's name; "Other" for {@link #OTHER}; the code itself when unknown. */
    public String name(String code) {
        if (OTHER.equals(code)) {
            return "Other";
        }
        return names.getOrDefault(code, code);
    }

    private static String digits(String raw) {
        return raw.replaceAll("\\D", "");
    }
}
