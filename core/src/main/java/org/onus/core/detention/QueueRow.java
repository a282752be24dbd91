package org.onus.core.detention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the work queue, read in a single query with the entry it detains (never the whole
 * case with its evidence and timeline).
 *
 * @param deadline the running deadline (the case's {@link DetentionCase#runningDeadline()}), or null
 */
public record QueueRow(
        UUID caseId,
        String entryNumber,
        String importer,
        String goods,
        BigDecimal amount,
        String currency,
        LocalDate detainedOn,
        LocalDate deadline,
        CaseStatus status,
        String assignee) {

    /** Which deadline {@link #deadline} is; empty when none runs. */
    public java.util.Optional<DetentionCase.DeadlineKind> deadlineKind() {
        if (deadline == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                switch (status) {
                    case DETAINED, INFO_REQUESTED -> DetentionCase.DeadlineKind.REBUTTAL;
                    case PROTESTED -> DetentionCase.DeadlineKind.PROTEST_DECISION;
                    default -> DetentionCase.DeadlineKind.DECISION;
                });
    }

    /** Days since the goods were detained. */
    public long daysDetained(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(detainedOn, today);
    }

    /** Days until the running deadline (0 on the day, negative once overdue), or null without one. */
    public Long daysLeft(LocalDate today) {
        return deadline == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
    }
}
