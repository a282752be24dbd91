package org.onus.web.view;

import java.math.BigDecimal;
import java.util.UUID;
import org.onus.core.detention.DetainedGoods;

/** The entry the template tests open their cases for: ACME-IMPORTS's cotton T-shirts. */
final class DetainedEntries {

    private DetainedEntries() {}

    static DetainedGoods cottonTShirts(UUID entryId) {
        return new DetainedGoods(
                entryId, "E-2026-0001", "Cotton T-shirts", new BigDecimal("1250.00"), "6109.10", "CN", "Rotterdam");
    }
}
