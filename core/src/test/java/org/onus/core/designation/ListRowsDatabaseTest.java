package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.MigratedH2;

/**
 * List versions stored as shared rows and read back through the repository against the real
 * schema: each version reads as it was published, and an unchanged row is stored once.
 */
class ListRowsDatabaseTest {

    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    static SessionFactory factory;
    static JdbcDataSource dataSource;

    @BeforeAll
    static void schema() {
        dataSource = MigratedH2.dataSource("list-rows");
        factory = MigratedH2.sessions(
                dataSource, DesignationListVersion.class, DesignationListItem.class, DesignationListEntityItem.class);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static ListedDesignation listed(String title, int version, LocalDate to) {
        return ListedDesignation.of(
                UUID.nameUUIDFromBytes((title + version).getBytes()),
                UUID.nameUUIDFromBytes(title.getBytes()),
                version,
                title,
                "650000 650100",
                "COTTON",
                "",
                LocalDate.of(2026, 1, 1),
                to);
    }

    static ListedEntity entity(ListedDesignation d, String name) {
        return ListedEntity.of(
                d.designationId(),
                d.seriesId(),
                name,
                name.toLowerCase(java.util.Locale.ROOT),
                "650000",
                "Alias " + name,
                null,
                null,
                null);
    }

    private static void publish(int number, List<ListedDesignation> entries, List<ListedEntity> entities) {
        factory.inTransaction(s -> {
            DesignationRepository repository = new DesignationRepository();
            repository.entityManager = s;
            repository.store(DesignationListVersion.numbered(number, AT.plusSeconds(number), "Change " + number)
                    .listing(entries, entities));
        });
    }

    private static DesignationListVersion read(int number) {
        return factory.fromTransaction(s -> {
            DesignationRepository repository = new DesignationRepository();
            repository.entityManager = s;
            return repository.listVersion(number).orElseThrow();
        });
    }

    private static int rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void eachVersionReadsAsPublishedAndUnchangedRowsAreStoredOnce() throws SQLException {
        ListedDesignation cotton = listed("Cotton", 1, null);
        ListedDesignation tomatoes = listed("Tomatoes", 1, null);
        ListedDesignation cotton2 = listed("Cotton", 2, null);
        ListedDesignation apples = listed("Apples", 1, LocalDate.of(2027, 1, 1));
        List<List<ListedDesignation>> published = List.of(
                List.of(cotton),
                List.of(cotton, tomatoes),
                List.of(cotton2, tomatoes),
                List.of(apples, cotton2, tomatoes),
                List.of(apples, cotton2),
                List.of(apples, cotton2, tomatoes));
        List<List<ListedEntity>> entities = List.of(
                List.of(entity(cotton, "Huafu"), entity(cotton, "Zhongtai")),
                List.of(entity(cotton, "Huafu"), entity(cotton, "Zhongtai")),
                List.of(entity(cotton2, "Huafu")),
                List.of(entity(apples, "Orchard"), entity(cotton2, "Huafu")),
                List.of(entity(apples, "Orchard"), entity(cotton2, "Huafu")),
                List.of(entity(apples, "Orchard"), entity(cotton2, "Huafu")));
        for (int n = 1; n <= published.size(); n++) {
            publish(n, published.get(n - 1), entities.get(n - 1));
        }
        for (int n = 1; n <= published.size(); n++) {
            DesignationListVersion v = read(n);
            assertThat(v.entries())
                    .extracting(ListedDesignation::rowContent)
                    .as("version %d", n)
                    .containsExactlyElementsOf(published.get(n - 1).stream()
                            .map(ListedDesignation::rowContent)
                            .toList());
            assertThat(v.entities())
                    .extracting(ListedEntity::rowContent)
                    .as("entities of version %d", n)
                    .containsExactlyElementsOf(entities.get(n - 1).stream()
                            .map(ListedEntity::rowContent)
                            .toList());
        }
        // cotton, tomatoes (1-4), cotton2, apples, tomatoes again (6): 5 rows instead of 13 copies.
        assertThat(rows("designation_list_item")).isEqualTo(5);
        // Huafu and Zhongtai on cotton, Huafu on cotton2, Orchard: 4 rows instead of 11 copies.
        assertThat(rows("designation_list_entity_item")).isEqualTo(4);
        List<ListVersionRow> versions = factory.fromTransaction(s -> {
            DesignationRepository repository = new DesignationRepository();
            repository.entityManager = s;
            return repository.listVersionRows(0, 10).rows();
        });
        assertThat(versions).extracting(ListVersionRow::designations).containsExactly(3, 2, 3, 2, 2, 1);
    }
}
