package org.onus.core.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.onus.core.detention.CaseStatus;

/**
 * When a detention case is closed for good, and so when its retention period starts. A case is
 * closed only when nothing can reopen it:
 *
 * <ul>
 *   <li>{@code RELEASED} and {@code PROTEST_UPHELD}: the goods left detention, from the day they did
 *       (and never while a freeing decision is still being carried out);
 *   <li>{@code CONFISCATED} and {@code EXCLUDED}: only once the protest window is over, from the day
 *       after its last day (a protest could still reopen it before);
 *   <li>{@code PROTEST_DENIED}: from the later of the closing day and the day the protest was decided;
 *   <li>every other status is open ({@code PROTESTED} too: a protest is pending).
 * </ul>
 *
 * A case is due when it has been closed since on or before the cutoff's day (UTC).
 */
public final class ClosedCaseSelection {

    private ClosedCaseSelection() {}

    /** The facts of a case the rule reads. */
    public record CaseFacts(
            CaseStatus status,
            LocalDate closedOn,
            LocalDate protestDeadline,
            Instant protestDecidedAt,
            boolean freeingPending) {}

    /** The first day the case was closed for good, or empty while anything can still reopen it. */
    public static Optional<LocalDate> closedSince(CaseFacts c) {
        if (c.status() == null || c.status().isOpen() || c.freeingPending() || c.closedOn() == null) {
            return Optional.empty();
        }
        LocalDate since = c.closedOn();
        if (c.status() == CaseStatus.CONFISCATED || c.status() == CaseStatus.EXCLUDED) {
            if (c.protestDeadline() != null) {
                since = later(since, c.protestDeadline().plusDays(1));
            }
        }
        if (c.protestDecidedAt() != null) {
            since = later(since, LocalDate.ofInstant(c.protestDecidedAt(), ZoneOffset.UTC));
        }
        return Optional.of(since);
    }

    /** Whether the case's retention period had run out at {@code cutoff}. */
    public static boolean due(CaseFacts c, Instant cutoff) {
        LocalDate cutoffDay = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        return closedSince(c).map(since -> !since.isAfter(cutoffDay)).orElse(false);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
