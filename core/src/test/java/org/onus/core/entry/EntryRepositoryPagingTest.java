package org.onus.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.MigratedH2;
import org.onus.core.problem.InvalidInputException;

/**
 * The entry lists' query against the real schema (the Flyway migrations on H2, which Hibernate
 * validates the mapping against): filters, sort, count and page are the database's answers, and
 * paging through a list in any order gives every entry exactly once.
 */
class EntryRepositoryPagingTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    static final Instant FIRST_FILED = Instant.parse("2026-11-01T09:00:00Z");

    static SessionFactory factory;
    static JdbcDataSource dataSource;

    /**
     * Twenty-three entries, E-01 filed first: every third from Acme (the rest from Beta), every
     * second filed by a broker, CN or VN, arriving over five days (so arrivals tie), and cotton
     * (5208) or apparel (6109).
     */
    @BeforeAll
    static void twentyThreeEntries() throws SQLException {
        dataSource = MigratedH2.dataSource("entries");
        factory = MigratedH2.sessions(dataSource, Entry.class);
        for (int i = 1; i <= 23; i++) {
            insert(
                    "E-%02d".formatted(i),
                    i % 3 == 0 ? "ACME-IMPORTS" : "BETA-TRADING",
                    i % 2 == 0 ? "BROKER-1" : null,
                    i % 2 == 0 ? "CN" : "VN",
                    i % 4 == 0 ? "5208110000" : "6109100000",
                    i % 5 == 0 ? "DETAINED" : "CLEARED",
                    i % 7 == 0 ? "Port of Felixstowe" : "Rotterdam",
                    TODAY.plusDays(i % 5),
                    FIRST_FILED.plusSeconds(3600L * i));
        }
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static EntryPage page(EntryCriteria criteria) {
        return factory.fromTransaction(s -> {
            EntryRepository repository = new EntryRepository();
            repository.entityManager = s;
            return repository.page(criteria);
        });
    }

    private static EntryCriteria all() {
        return new EntryCriteria(null, null, null, null, List.of(), 0);
    }

    private static List<String> numbers(EntryPage page) {
        return page.entries().stream().map(Entry::entryNumber).toList();
    }

    @Test
    void aPageIsOnePageOfTheNewestFiledWithTheTotalOfAllThatMatch() {
        EntryPage first = page(all().page(0, 5));
        assertThat(first.total()).isEqualTo(23);
        assertThat(numbers(first)).containsExactly("E-23", "E-22", "E-21", "E-20", "E-19");
        assertThat(numbers(page(all().page(20, 5)))).containsExactly("E-03", "E-02", "E-01");
        EntryPage beyond = page(all().page(40, 5));
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.total()).as("the total, even past the last page").isEqualTo(23);
    }

    @Test
    void withoutALimitAListStopsAtTheMaximumAsItAlwaysDid() {
        assertThat(all().limit()).isEqualTo(EntryCriteria.MAX_LIMIT);
        assertThat(all().page(0, 1000).limit()).isEqualTo(EntryCriteria.MAX_LIMIT);
        assertThat(page(all()).entries()).hasSize(23);
    }

    @Test
    void pagingInAnyOrderGivesEveryEntryOnceAndInThatOrder() {
        for (String sort : List.of(
                "filed",
                "-filed",
                "entry",
                "-entry",
                "importer",
                "-importer",
                "origin",
                "-origin",
                "arrival",
                "-arrival",
                "status",
                "-status")) {
            EntryCriteria sorted = all().sortedBy(EntrySort.parse(sort));
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 23; offset += 4) {
                paged.addAll(numbers(page(sorted.page(offset, 4))));
            }
            assertThat(paged).as(sort).hasSize(23).doesNotHaveDuplicates().isEqualTo(numbers(page(sorted)));
        }
        assertThat(numbers(page(all().sortedBy(EntrySort.parse("entry")).page(0, 3))))
                .containsExactly("E-01", "E-02", "E-03");
        assertThat(numbers(page(all().sortedBy(EntrySort.parse("-arrival")).page(0, 5))))
                .as("arriving latest first (i mod 5 = 4), ties newest filed first")
                .containsExactly("E-19", "E-14", "E-09", "E-04", "E-23");
        assertThat(numbers(page(all().sortedBy(EntrySort.parse("importer")).page(0, 2))))
                .containsExactly("E-21", "E-18");
    }

    @Test
    void filtersNarrowTheListAndTheTotalAlike() {
        assertThat(page(all().forOrganisation("ACME-IMPORTS")).total()).isEqualTo(7);
        assertThat(page(all().filedBy("BROKER-1")).total()).isEqualTo(11);
        assertThat(page(new EntryCriteria(null, EntryStatus.DETAINED, null, null, List.of(), 0))
                        .total())
                .isEqualTo(4);
        assertThat(page(new EntryCriteria(null, null, "CN", null, List.of(), 0)).total())
                .isEqualTo(11);
        assertThat(page(new EntryCriteria(null, null, null, "felix", List.of(), 0))
                        .total())
                .as("a part of the port's name, in any case")
                .isEqualTo(3);
        assertThat(page(new EntryCriteria(null, null, null, null, List.of("5208", "5209"), 0))
                        .total())
                .isEqualTo(5);
        EntryPage detainedFromChina = page(new EntryCriteria(null, EntryStatus.DETAINED, "CN", null, List.of(), 0)
                .forOrganisation("BETA-TRADING")
                .page(0, 1));
        assertThat(numbers(detainedFromChina)).containsExactly("E-20");
        assertThat(detainedFromChina.total()).isEqualTo(2);
    }

    @Test
    void anUnknownSortIsRefusedNamingTheParameter() {
        assertThat(EntrySort.parse(null)).isEqualTo(EntrySort.NEWEST_FIRST);
        assertThat(EntrySort.parse(" -Arrival ").param()).isEqualTo("-arrival");
        assertThat(EntrySort.NEWEST_FIRST.next(EntrySort.Column.FILED).param()).isEqualTo("filed");
        assertThat(EntrySort.parse("entry").next(EntrySort.Column.ENTRY).param())
                .isEqualTo("-entry");
        assertThat(EntrySort.parse("-entry").next(EntrySort.Column.STATUS).param())
                .isEqualTo("status");
        assertThatThrownBy(() -> EntrySort.parse("goods"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.code()).isEqualTo("sort")));
    }

    private static void insert(
            String number,
            String org,
            String broker,
            String origin,
            String hs,
            String status,
            String port,
            LocalDate arrival,
            Instant filed)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into entry (id, organisation_code, entry_number,"
                        + " hs_code, description, origin_country, value_amount, value_currency, arrival_date, port,"
                        + " status, list_version, screened_at, filed_by, filed_by_organisation, filed_at,"
                        + " fingerprint, lock_version)"
                        + " values (?, ?, ?, ?, 'Goods', ?, 100.00, 'USD', ?, ?, ?, 1, ?, 'someone', ?, ?, 'f', 0)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, org);
            s.setString(3, number);
            s.setString(4, hs);
            s.setString(5, origin);
            s.setObject(6, arrival);
            s.setString(7, port);
            s.setString(8, status);
            s.setObject(9, java.sql.Timestamp.from(filed));
            s.setString(10, broker);
            s.setObject(11, java.sql.Timestamp.from(filed));
            s.executeUpdate();
        }
    }
}
