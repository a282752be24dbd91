package org.onus.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.onus.core.detention.CaseStatus;
import org.onus.core.retention.ClosedCaseSelection.CaseFacts;

class ClosedCaseSelectionTest {

    static final LocalDate CLOSED = LocalDate.parse("2026-01-10");

    static Instant day(LocalDate d) {
        return d.atTime(3, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aReleasedCaseIsClosedFromTheDayItWasReleased() {
        CaseFacts released = new CaseFacts(CaseStatus.RELEASED, CLOSED, null, null, false);
        assertThat(ClosedCaseSelection.closedSince(released)).contains(CLOSED);
        assertThat(ClosedCaseSelection.due(released, day(CLOSED))).isTrue();
        assertThat(ClosedCaseSelection.due(released, day(CLOSED.minusDays(1)))).isFalse();
    }

    @Test
    void aConfiscationIsClosedOnlyAfterItsProtestWindow() {
        LocalDate lastProtestDay = CLOSED.plusDays(180);
        CaseFacts confiscated = new CaseFacts(CaseStatus.CONFISCATED, CLOSED, lastProtestDay, null, false);
        assertThat(ClosedCaseSelection.closedSince(confiscated)).contains(lastProtestDay.plusDays(1));
        assertThat(ClosedCaseSelection.due(confiscated, day(lastProtestDay))).isFalse();
        assertThat(ClosedCaseSelection.due(confiscated, day(lastProtestDay.plusDays(1))))
                .isTrue();
    }

    @Test
    void aDeniedProtestClosesTheCaseOnTheDayItWasDecided() {
        LocalDate decided = CLOSED.plusDays(40);
        CaseFacts denied = new CaseFacts(CaseStatus.PROTEST_DENIED, CLOSED, CLOSED.plusDays(180), day(decided), false);
        assertThat(ClosedCaseSelection.closedSince(denied)).contains(decided);
    }

    @Test
    void aReleaseBeingCarriedOutIsNotClosed() {
        assertThat(ClosedCaseSelection.closedSince(new CaseFacts(CaseStatus.PROTEST_UPHELD, CLOSED, null, null, true)))
                .isEmpty();
    }

    /** Whatever the dates, an open case (a pending protest too) is never taken. */
    @Property
    void anOpenCaseIsNeverDue(
            @ForAll("openStatuses") CaseStatus status,
            @ForAll @IntRange(min = -4000, max = 4000) int closedOffset,
            @ForAll @IntRange(min = 0, max = 4000) int cutoffOffset) {
        CaseFacts open =
                new CaseFacts(status, CLOSED.plusDays(closedOffset), CLOSED.plusDays(closedOffset + 180), null, false);
        assertThat(ClosedCaseSelection.due(open, day(CLOSED.plusDays(cutoffOffset))))
                .isFalse();
    }

    /** A closed case is due exactly when its closing day is on or before the cutoff's day, never earlier. */
    @Property
    void aClosedCaseIsDueExactlyFromTheDayItClosedForGood(
            @ForAll("closedStatuses") CaseStatus status,
            @ForAll @IntRange(min = 0, max = 400) int protestDays,
            @ForAll @IntRange(min = -1000, max = 1000) int cutoffOffset,
            @ForAll boolean withProtestDecision) {
        LocalDate deadline = CLOSED.plusDays(protestDays);
        Instant decided = withProtestDecision && status == CaseStatus.PROTEST_DENIED ? day(CLOSED.plusDays(20)) : null;
        CaseFacts facts = new CaseFacts(status, CLOSED, deadline, decided, false);
        LocalDate since = ClosedCaseSelection.closedSince(facts).orElseThrow();
        assertThat(since).isAfterOrEqualTo(CLOSED);
        if (status == CaseStatus.CONFISCATED || status == CaseStatus.EXCLUDED) {
            assertThat(since).isAfter(deadline);
        }
        LocalDate cutoffDay = CLOSED.plusDays(cutoffOffset);
        assertThat(ClosedCaseSelection.due(facts, day(cutoffDay))).isEqualTo(!since.isAfter(cutoffDay));
    }

    @Provide
    Arbitrary<CaseStatus> openStatuses() {
        return Arbitraries.of(CaseStatus.values()).filter(CaseStatus::isOpen);
    }

    @Provide
    Arbitrary<CaseStatus> closedStatuses() {
        return Arbitraries.of(CaseStatus.values()).filter(s -> !s.isOpen());
    }
}
