package org.onus.web.pages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.onus.core.entry.Entry;
import org.onus.core.entry.ManualGround;

/**
 * What an officer cited for a manual detention, in words: who, when, why, and each ground by its
 * name (a designation's or policy's title, a region's name with its code, a producer's name). A
 * ground no longer visible keeps its id; the page's own label says what kind of ground it is, in
 * the reader's language.
 */
public record ManualGroundsView(
        String officer,
        Instant at,
        String reason,
        List<String> designations,
        List<String> policies,
        List<String> regions,
        List<String> producers) {

    /** The view of an entry's manual detention, or null when an officer did not detain it by hand. */
    public static ManualGroundsView of(
            Entry entry,
            Function<UUID, Optional<String>> designationTitles,
            Function<UUID, Optional<String>> policyTitles,
            Map<String, String> regionNames) {
        if (entry.detainedBy() == null) {
            return null;
        }
        return new ManualGroundsView(
                entry.detainedBy(),
                entry.detainedAt(),
                entry.detentionReason(),
                entry.manualGrounds(ManualGround.Kind.DESIGNATION).stream()
                        .map(id -> designationTitles.apply(UUID.fromString(id)).orElse(id))
                        .toList(),
                entry.manualGrounds(ManualGround.Kind.POLICY).stream()
                        .map(id -> policyTitles.apply(UUID.fromString(id)).orElse(id))
                        .toList(),
                entry.manualGrounds(ManualGround.Kind.REGION).stream()
                        .map(code -> regionNames.getOrDefault(code, code) + " (" + code + ")")
                        .toList(),
                entry.manualGrounds(ManualGround.Kind.PRODUCER));
    }
}
