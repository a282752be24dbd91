package org.onus.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.DatabaseMigrations;

/** The region files as loaded into a database by the migrations. */
class RegionReferenceDataTest {

    @Test
    void theTreeHasEveryCountryChinasProvincesAndEveryDivisionOfXinjiangAndTibet() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:regions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        DatabaseMigrations.migrate(db);

        try (Connection c = db.getConnection()) {
            assertThat(count(c, "level = 'COUNTRY'")).isGreaterThanOrEqualTo(249);
            assertThat(count(c, "level = 'PROVINCE' and parent_code = 'CN'")).isEqualTo(31);
            assertThat(count(c, "level = 'PREFECTURE' and path like 'CN/540000/%'"))
                    .isEqualTo(7);
            assertThat(count(c, "level = 'COUNTY' and path like 'CN/540000/%'")).isEqualTo(74);
            assertThat(count(c, "level = 'PREFECTURE' and path like 'CN/650000/%'"))
                    .isEqualTo(14);
            assertThat(count(c, "level = 'CORPS_DIVISION'")).isEqualTo(14);
            assertThat(count(c, "name_zh is null")).isZero();

            Map<String, String[]> named = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select code, name, name_zh, path, alt_names from region "
                                    + "where code in ('650000', '653100', '653125', '653200', '652900', '653000', '540000', 'XPCC', '659001')")) {
                while (rs.next()) {
                    named.put(
                            rs.getString(1),
                            new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
            assertThat(named).hasSize(9);
            assertThat(named.get("653125"))
                    .containsExactly("Yarkand County", "莎车县", "CN/650000/653100/653125", "Shache|Yarkent|Yeken");
            assertThat(named.get("653200")[0]).isEqualTo("Hotan Prefecture");
            assertThat(named.get("652900")[0]).isEqualTo("Aksu Prefecture");
            assertThat(named.get("653000")[1]).isEqualTo("克孜勒苏柯尔克孜自治州");
            assertThat(named.get("540000")[1]).isEqualTo("西藏自治区");
            assertThat(named.get("659001")[2]).isEqualTo("CN/650000/XPCC/XPCC-D08/659001");
        }
    }

    @Test
    void everyCodeInsideChinaStartsWithItsProvincesDigits() throws Exception {
        for (var row : org.onus.core.persistence.migration.RegionReferenceDataAccess.rows()) {
            if (row[0].matches("\\d{6}") && row[1] != null && row[1].matches("\\d{6}")) {
                assertThat(row[0].substring(0, 2)).as(row[0]).isEqualTo(row[1].substring(0, 2));
            }
        }
    }

    private static long count(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from region where " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
