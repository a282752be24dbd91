package org.onus.web.view;

import java.time.LocalDate;
import org.onus.core.bulk.BulkCsv;

/**
 * The downloadable example file: the header, an entry with two inputs and one with none. Its
 * arrival dates follow today, so the example itself always passes the date check.
 */
public final class BulkTemplate {

    private BulkTemplate() {}

    public static String csv(LocalDate today) {
        String first = today.plusDays(3).toString();
        String second = today.plusDays(5).toString();
        return BulkCsv.header() + "\r\n"
                + "ENT-0001,610910,\"Cotton T-shirts, knitted\",VN,12500.00,USD," + first + ",Felixstowe,"
                + "1,Cotton yarn,5205,Saigon Yarn Co,VN,,60\r\n"
                + "ENT-0001,610910,\"Cotton T-shirts, knitted\",VN,12500.00,USD," + first + ",Felixstowe,"
                + "2,Raw cotton,5201,,US,,40\r\n"
                + "ENT-0002,940360,Wooden desks,MY,3400.00,EUR," + second + ",Southampton,,,,,,,\r\n";
    }
}
