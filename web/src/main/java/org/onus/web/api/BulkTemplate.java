package org.onus.web.api;

import org.onus.core.bulk.BulkCsv;

/** The downloadable example file: the header, an entry with two inputs and one with none. */
public final class BulkTemplate {

    public static final String CSV = BulkCsv.header() + "\r\n"
            + "ENT-2026-0001,610910,\"Cotton T-shirts, knitted\",VN,12500.00,USD,2026-12-01,Felixstowe,"
            + "1,Cotton yarn,5205,Saigon Yarn Co,VN,,60\r\n"
            + "ENT-2026-0001,610910,\"Cotton T-shirts, knitted\",VN,12500.00,USD,2026-12-01,Felixstowe,"
            + "2,Raw cotton,5201,,US,,40\r\n"
            + "ENT-2026-0002,940360,Wooden desks,MY,3400.00,EUR,2026-12-03,Southampton,,,,,,,\r\n";

    private BulkTemplate() {}
}
