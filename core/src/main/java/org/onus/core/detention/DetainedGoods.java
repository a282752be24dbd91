package org.onus.core.detention;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.entry.Entry;

/**
 * The entry a case is opened for, with the facts the work queue orders cases by: its number, its
 * goods and their declared value. The case keeps its own copy of them because an index can only
 * hold the case's own columns, and an order walked through the entries passes every entry that was
 * never detained (most of them) before it finds a page of cases. An entry's facts never change
 * after filing; retention masks the copy with the entry.
 */
public record DetainedGoods(UUID entryId, String entryNumber, String description, BigDecimal value) {

    public DetainedGoods {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryNumber, "entryNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }

    public static DetainedGoods of(Entry entry) {
        return new DetainedGoods(entry.id(), entry.entryNumber(), entry.description(), entry.amount());
    }
}
