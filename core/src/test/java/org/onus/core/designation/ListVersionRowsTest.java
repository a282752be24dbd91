package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.MigratedH2;

/**
 * The list of list versions against the real schema: a page of rows, newest first, each with the
 * number of designations it lists counted by the database rather than read.
 */
class ListVersionRowsTest {

    static SessionFactory factory;
    static JdbcDataSource dataSource;

    /** Thirty versions; version n lists n mod 4 designations. */
    @BeforeAll
    static void thirtyVersions() throws SQLException {
        dataSource = MigratedH2.dataSource("versions");
        factory = MigratedH2.sessions(
                dataSource, DesignationListVersion.class, DesignationListItem.class, DesignationListEntityItem.class);
        try (Connection c = dataSource.getConnection();
                PreparedStatement version = c.prepareStatement(
                        "insert into designation_list_version (number, published_at, change_summary) values (?, ?, ?)");
                PreparedStatement item = c.prepareStatement("insert into designation_list_item (valid_from,"
                        + " valid_until, designation_id, series_id, designation_version, title, region_codes,"
                        + " sector_codes, policy_ids, effective_from) values (?, ?, ?, ?, 1, 'D', '650000', 'COTTON',"
                        + " '', date '2026-01-01')")) {
            for (int n = 1; n <= 30; n++) {
                version.setInt(1, n);
                version.setTimestamp(
                        2, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n)));
                version.setString(3, "Change " + n);
                version.executeUpdate();
            }
            // Designation k is on the versions n with n mod 4 > k: rows shared by runs of versions.
            for (int n = 1; n <= 30; n++) {
                for (int k = 0; k < 3; k++) {
                    boolean on = n % 4 > k;
                    boolean wasOn = n > 1 && (n - 1) % 4 > k;
                    if (on && !wasOn) {
                        int until = n;
                        while (until <= 30 && until % 4 > k) {
                            until++;
                        }
                        item.setInt(1, n);
                        if (until > 30) {
                            item.setNull(2, Types.INTEGER);
                        } else {
                            item.setInt(2, until);
                        }
                        item.setObject(3, UUID.randomUUID());
                        item.setObject(4, UUID.randomUUID());
                        item.executeUpdate();
                    }
                }
            }
        }
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static ListVersionPage page(int offset, int limit) {
        return factory.fromTransaction(s -> {
            DesignationRepository repository = new DesignationRepository();
            repository.entityManager = s;
            return repository.listVersionRows(offset, limit);
        });
    }

    @Test
    void aPageOfVersionsNewestFirstWithHowManyDesignationsEachListsAndTheTotal() {
        ListVersionPage first = page(0, 25);
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.rows()).hasSize(25);
        assertThat(first.rows().get(0))
                .isEqualTo(new ListVersionRow(30, Instant.parse("2026-01-01T00:00:30Z"), "Change 30", 2));
        ListVersionPage last = page(25, 25);
        assertThat(last.rows()).extracting(ListVersionRow::number).containsExactly(5, 4, 3, 2, 1);
        assertThat(last.rows()).extracting(ListVersionRow::designations).containsExactly(1, 0, 3, 2, 1);
    }
}
