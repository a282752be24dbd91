package org.onus.core.detention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.onus.core.time.BusinessCalendar;

/** Cases as screening opens them in the domain tests: ACME-IMPORTS's cotton T-shirts. */
final class OpenedCases {

    private OpenedCases() {}

    /** The detained entry's facts, for an entry of this id. */
    static DetainedGoods cottonTShirts(UUID entryId) {
        return new DetainedGoods(
                entryId, "E-2026-0001", "Cotton T-shirts", new BigDecimal("1250.00"), "6109.10", "CN", "Rotterdam");
    }

    /** A case opened by screening on {@code day}: the notice due in 5 days, the rebuttal in 30. */
    static DetentionCase opened(String grounds, LocalDate day, Instant at, BusinessCalendar calendar) {
        return DetentionCase.open(
                cottonTShirts(UUID.randomUUID()), "ACME-IMPORTS", grounds, "screening", day, at, calendar, 5, 30);
    }
}
