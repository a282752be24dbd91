package org.onus.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V6_30 turns list versions stored as copies into shared rows: each run of identical rows on
 * consecutive versions becomes one row, valid from its first version until the version after its
 * last (none while on the latest).
 */
class DesignationListRowsMigrationTest {

    static final String A = "'00000000-0000-0000-0000-00000000000a'";
    static final String B = "'00000000-0000-0000-0000-00000000000b'";

    @Test
    void copiesOfConsecutiveVersionsBecomeOneRowEach() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:list-rows-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrations.configure(dataSource).target("6.24").load().migrate();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (int n = 1; n <= 5; n++) {
                s.executeUpdate("insert into designation_list_version values (" + n
                        + ", timestamp with time zone '2026-01-01 00:00:00+00', 'Change " + n + "')");
            }
            // A is on 1-3 (its end date changed on 3), off on 4, back on 5; B is on 2-5.
            entry(s, 1, 0, A, "null");
            entry(s, 2, 0, A, "null");
            entry(s, 2, 1, B, "null");
            entry(s, 3, 0, A, "date '2027-01-01'");
            entry(s, 3, 1, B, "null");
            entry(s, 4, 0, B, "null");
            entry(s, 5, 0, A, "date '2027-01-01'");
            entry(s, 5, 1, B, "null");
            // A names x and y on 1-2, only x on 3 and 5; B names z.
            entity(s, 1, 0, A, "x");
            entity(s, 1, 1, A, "y");
            entity(s, 2, 0, A, "x");
            entity(s, 2, 1, A, "y");
            entity(s, 2, 2, B, "z");
            entity(s, 3, 0, A, "x");
            entity(s, 3, 1, B, "z");
            entity(s, 4, 0, B, "z");
            entity(s, 5, 0, A, "x");
            entity(s, 5, 1, B, "z");
        }

        DatabaseMigrations.migrate(dataSource);

        assertThat(rows(
                        dataSource,
                        "select title, effective_to, valid_from, valid_until from designation_list_item"
                                + " order by title, valid_from"))
                .containsExactly("A null 1 3", "A 2027-01-01 3 4", "A 2027-01-01 5 null", "B null 2 null");
        assertThat(rows(
                        dataSource,
                        "select name, position, valid_from, valid_until from designation_list_entity_item"
                                + " order by name, valid_from"))
                .containsExactly("x 0 1 4", "x 0 5 null", "y 1 1 3", "z 0 2 null");
        assertThat(rows(
                        dataSource,
                        "select count(*) from information_schema.tables where lower(table_name) in"
                                + " ('designation_list_entry', 'designation_list_entity')"))
                .containsExactly("0");
    }

    private static void entry(Statement s, int version, int position, String id, String effectiveTo)
            throws SQLException {
        s.executeUpdate("insert into designation_list_entry (list_number, position, designation_id, series_id,"
                + " designation_version, title, region_codes, sector_codes, policy_ids, effective_from, effective_to)"
                + " values (" + version + ", " + position + ", " + id + ", " + id + ", 1, '" + title(id)
                + "', '650000', 'COTTON', '', date '2026-01-01', " + effectiveTo + ")");
    }

    private static void entity(Statement s, int version, int position, String id, String name) throws SQLException {
        s.executeUpdate("insert into designation_list_entity (list_number, position, designation_id, series_id, name,"
                + " normalised_name) values (" + version + ", " + position + ", " + id + ", " + id + ", '" + name
                + "', '" + name + "')");
    }

    private static String title(String id) {
        return id.equals(A) ? "A" : "B";
    }

    private static List<String> rows(JdbcDataSource dataSource, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
