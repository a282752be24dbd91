package org.onus.core.detention;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.entry.Entry;

/**
 * The entry a case is opened for, with the facts the work queue orders and filters cases by: its
 * number, its goods, their declared value and HS code, where they come from and the port they
 * arrive at. The case keeps its own copy of them because an index can only hold the case's own
 * columns: an order or a filter walked through the entries passes every entry that was never
 * detained (most of them), and a filter read from the entry reads it for every case walked. An
 * entry's facts never change after filing; retention masks the number and goods with the entry and
 * keeps the rest, as the statistics count them.
 */
public record DetainedGoods(
        UUID entryId,
        String entryNumber,
        String description,
        BigDecimal value,
        String hsCode,
        String originCountry,
        String port) {

    public DetainedGoods {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryNumber, "entryNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(originCountry, "originCountry");
        Objects.requireNonNull(port, "port");
    }

    public static DetainedGoods of(Entry entry) {
        return new DetainedGoods(
                entry.id(),
                entry.entryNumber(),
                entry.description(),
                entry.amount(),
                entry.hsCode(),
                entry.originCountry(),
                entry.port());
    }
}
