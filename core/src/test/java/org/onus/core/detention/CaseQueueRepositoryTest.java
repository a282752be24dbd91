package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.entry.Entry;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.persistence.MigratedH2;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorRepository;
import org.onus.core.time.BusinessCalendar;

/**
 * The queue's query against the real schema (the Flyway migrations on H2, which Hibernate
 * validates the mapping against): filters, sort, count and page are the database's answers.
 */
class CaseQueueRepositoryTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    static final Actor OFFICER = Actor.of("officer", "Officer", Set.of(Role.CUSTOMS_OFFICER), null);
    static final BusinessCalendar CALENDAR = new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of());

    static SessionFactory factory;
    static JdbcDataSource dataSource;
    static final List<UUID> cases = new java.util.ArrayList<>();
    static final List<String> GOODS = List.of("Cotton goods", "knitted fabric", "Bed linen");

    @BeforeAll
    static void aQueueOfTwelveCases() throws SQLException {
        dataSource = MigratedH2.dataSource("queue");
        factory = MigratedH2.sessions(
                dataSource,
                DetentionCase.class,
                CaseEvent.class,
                CaseEvidence.class,
                CaseOfficial.class,
                Entry.class,
                Sector.class);
        for (int i = 1; i <= 12; i++) {
            UUID entry = UUID.randomUUID();
            String number = "E-%02d".formatted(i);
            String goods = GOODS.get(i % GOODS.size());
            String value = "%d00.00".formatted(i);
            insertEntry(
                    entry,
                    number,
                    i % 2 == 0 ? "6109.10" : "5208.11",
                    i % 3 == 0 ? "Antwerp" : "Rotterdam",
                    i <= 6 ? "ACME-IMPORTS" : "OTHER-IMPORTS",
                    value,
                    goods);
            // Detained i days ago, with a rebuttal period of 10 days: the older ones are overdue.
            DetentionCase c = DetentionCase.open(
                    new DetainedGoods(
                            entry,
                            number,
                            goods,
                            new java.math.BigDecimal(value),
                            i % 2 == 0 ? "6109.10" : "5208.11",
                            "VN",
                            i % 3 == 0 ? "Antwerp" : "Rotterdam"),
                    i <= 6 ? "ACME-IMPORTS" : "OTHER-IMPORTS",
                    "matched",
                    "screening",
                    TODAY.minusDays(i),
                    Instant.parse("2026-12-01T10:00:00Z"),
                    CALENDAR,
                    5,
                    10);
            if (i == 1) {
                c.take("officer", Instant.now());
            }
            if (i == 2) {
                c.assign("officer-2", "supervisor", Instant.now());
            }
            if (i == 3) {
                c.stepAside("officer", "conflict", Instant.now());
            }
            factory.inTransaction(s -> s.persist(c));
            cases.add(c.id());
        }
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private QueuePage page(String... params) {
        String[] p = new String[10];
        for (int i = 0; i < params.length; i += 2) {
            int index = List.of(
                            "status",
                            "deadline",
                            "sector",
                            "origin",
                            "port",
                            "importer",
                            "assignee",
                            "sort",
                            "page",
                            "size")
                    .indexOf(params[i]);
            p[index] = params[i + 1];
        }
        QueueQuery q = QueueQuery.parse(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);
        return factory.fromTransaction(s -> queue(s).page(OFFICER, q));
    }

    /** The queue as the pages and the API reach it: the sector resolved, then the repository's query. */
    private static CaseQueue queue(org.hibernate.Session session) {
        CaseQueueRepository repository = new CaseQueueRepository();
        repository.entityManager = session;
        CaseQueue queue = new CaseQueue();
        queue.queue = repository;
        queue.sectors = new SectorRepository() {
            @Override
            public List<Sector> findAll() {
                return session.createQuery("select s from Sector s", Sector.class)
                        .getResultList();
            }

            @Override
            public java.util.Optional<Sector> find(String code) {
                return java.util.Optional.ofNullable(session.find(Sector.class, code));
            }

            @Override
            public void store(Sector sector) {
                session.persist(sector);
            }
        };
        queue.clock = java.time.Clock.fixed(
                TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
        return queue;
    }

    private static List<String> numbers(QueuePage page) {
        return page.rows().stream().map(QueueRow::entryNumber).toList();
    }

    @Test
    void theFilterListsShowEveryValueOnceAndANewOneAtOnce() {
        CaseQueueRepository repository = new CaseQueueRepository();
        try (var session = factory.openSession()) {
            var tx = session.beginTransaction();
            repository.entityManager = session;
            assertThat(repository.filterValues("port")).containsExactly("Antwerp", "Rotterdam");
            assertThat(repository.filterValues("origin")).containsExactly("VN");
            assertThat(repository.filterValues("importer")).containsExactly("ACME-IMPORTS", "OTHER-IMPORTS");

            // A case detained a moment ago, at a port written in capitals, from a new origin.
            UUID entry = UUID.randomUUID();
            session.doWork(c -> insertEntry(
                    c, entry, "E-13", "6205.20", "CN", "ANTWERP", "THIRD-IMPORTS", "10.00", "Cotton shirts"));
            session.persist(DetentionCase.open(
                    new DetainedGoods(
                            entry,
                            "E-13",
                            "Cotton shirts",
                            new java.math.BigDecimal("10.00"),
                            "6205.20",
                            "CN",
                            "ANTWERP"),
                    "THIRD-IMPORTS",
                    "matched",
                    "screening",
                    TODAY,
                    Instant.parse("2026-12-01T10:00:00Z"),
                    CALENDAR,
                    5,
                    10));
            session.flush();
            assertThat(repository.filterValues("origin")).containsExactly("CN", "VN");
            assertThat(repository.filterValues("importer"))
                    .containsExactly("ACME-IMPORTS", "OTHER-IMPORTS", "THIRD-IMPORTS");
            // One Antwerp however it was written, as the filter matches it.
            List<String> ports = repository.filterValues("port");
            assertThat(ports).hasSize(2).last().isEqualTo("Rotterdam");
            assertThat(ports.get(0)).isEqualToIgnoringCase("antwerp");
            tx.rollback();
        }
    }

    @Test
    void theRunningDeadlineIsStoredAndTheQueueSortsOnItNearestFirst() {
        QueuePage all = page();
        assertThat(all.total()).isEqualTo(12);
        assertThat(all.rows().get(0).deadline()).isEqualTo(TODAY.minusDays(12).plusDays(10));
        assertThat(numbers(all)).startsWith("E-12", "E-11", "E-10");
        assertThat(page("sort", "-deadline").rows().get(0).entryNumber()).isEqualTo("E-01");
    }

    @Test
    void filtersCountAndPageInTheDatabase() {
        QueuePage first = page("size", "5", "sort", "entry");
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(numbers(first)).containsExactly("E-01", "E-02", "E-03", "E-04", "E-05");
        assertThat(numbers(page("size", "5", "sort", "entry", "page", "3"))).containsExactly("E-11", "E-12");

        assertThat(page("deadline", "OVERDUE").total())
                .as("detained 11 and 12 days ago")
                .isEqualTo(2);
        assertThat(page("deadline", "WITHIN_7_DAYS").total()).isEqualTo(8);
        assertThat(page("port", "antwerp").total()).isEqualTo(4);
        assertThat(page("importer", "ACME-IMPORTS").total()).isEqualTo(6);
        assertThat(page("origin", "vn").total()).isEqualTo(12);
        assertThat(page("sector", "APPAREL").total()).as("6109 is apparel").isEqualTo(6);
        assertThat(page("sector", "COTTON").total()).as("5208 is cotton").isEqualTo(6);
        assertThat(page("sector", "ALL_GOODS").total())
                .as("all goods covers every HS code")
                .isEqualTo(12);
        assertThat(page("sector", "SOLAR").total()).isZero();
        assertThatThrownBy(() -> page("sector", "NO-SUCH-SECTOR"))
                .as("an unknown sector is refused, not answered with an empty queue")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("sector"));
        assertThat(numbers(page("assignee", "me"))).containsExactly("E-01");
        assertThat(numbers(page("assignee", "officer-2"))).containsExactly("E-02");
        assertThat(page("assignee", "none").total()).isEqualTo(10);
        assertThat(page("status", "REBUTTAL_SUBMITTED").total()).isZero();
        assertThat(page("status", "ALL").total()).isEqualTo(12);
        assertThat(numbers(page("sort", "-value")).get(0)).isEqualTo("E-12");
        assertThat(numbers(page("sort", "detained")).get(0))
                .as("fewest days detained first")
                .isEqualTo("E-01");
        assertThat(numbers(page("sort", "assignee")).subList(0, 2)).containsExactly("E-01", "E-02");
    }

    /**
     * Every column, each way: the rows come in the column's order (empty values last), equal values
     * by detention date the same way, and pages of five put together are the whole queue, each case
     * once, so an officer paging through misses none and sees none twice.
     */
    @Test
    void everyOrderEachWayIsTotalAndPagesPutTogetherAreTheWholeQueue() {
        for (QueueQuery.Column column : QueueQuery.Column.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                String sort = (descending ? "-" : "") + column.param();
                List<QueueRow> whole = page("sort", sort, "size", "25").rows();
                assertThat(whole).as(sort).hasSize(12);
                java.util.Comparator<QueueRow> byDetention = java.util.Comparator.comparing(QueueRow::detainedOn);
                boolean datesDescending = column == QueueQuery.Column.DETAINED ? !descending : descending;
                java.util.Comparator<QueueRow> expected = column == QueueQuery.Column.DETAINED
                        ? (datesDescending ? byDetention.reversed() : byDetention)
                        : orderedWithEmptyLast(column, descending)
                                .thenComparing(datesDescending ? byDetention.reversed() : byDetention);
                assertThat(whole).as(sort).isSortedAccordingTo(expected);
                List<UUID> paged = new java.util.ArrayList<>();
                for (int p = 1; p <= 3; p++) {
                    page("sort", sort, "size", "5", "page", String.valueOf(p)).rows().stream()
                            .map(QueueRow::caseId)
                            .forEach(paged::add);
                }
                assertThat(paged)
                        .as(sort)
                        .containsExactlyElementsOf(
                                whole.stream().map(QueueRow::caseId).toList());
            }
        }
    }

    private static java.util.Comparator<QueueRow> orderedWithEmptyLast(QueueQuery.Column column, boolean descending) {
        java.util.Comparator<Comparable<Object>> natural = java.util.Comparator.naturalOrder();
        return java.util.Comparator.comparing(
                r -> sortKey(column, r), java.util.Comparator.nullsLast(descending ? natural.reversed() : natural));
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> sortKey(QueueQuery.Column column, QueueRow r) {
        Comparable<?> key = switch (column) {
            case ENTRY -> r.entryNumber();
            case IMPORTER -> r.importer();
            case GOODS -> r.goods().toLowerCase(java.util.Locale.ROOT);
            case VALUE -> r.amount();
            case DETAINED -> r.detainedOn();
            case DEADLINE -> r.deadline();
            case ASSIGNEE -> r.assignee();
            case STATUS -> r.status().name();
        };
        return (Comparable<Object>) key;
    }

    @Test
    void openCasesArePagedNearestRebuttalDeadlineFirstWithTheirEntryNumbersAndACount() {
        OpenCasePage all = open(null, null, 0, 100);
        assertThat(all.total()).isEqualTo(12);
        assertThat(all.rows().stream().map(OpenCaseRow::rebuttalDeadline).toList())
                .isSorted();
        assertThat(all.rows().get(0).entryNumber()).isEqualTo("E-12");

        OpenCasePage second = open(null, null, 5, 5);
        assertThat(second.total()).isEqualTo(12);
        assertThat(second.rows())
                .extracting(OpenCaseRow::caseId)
                .isEqualTo(all.rows().stream()
                        .skip(5)
                        .limit(5)
                        .map(OpenCaseRow::caseId)
                        .toList());
        assertThat(open(null, null, 20, 5).rows()).isEmpty();

        assertThat(open("ACME-IMPORTS", null, 0, 100).rows())
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.organisationCode()).isEqualTo("ACME-IMPORTS"));
        LocalDate dueBy = all.rows().get(2).rebuttalDeadline();
        long due = all.rows().stream()
                .filter(r -> !r.rebuttalDeadline().isAfter(dueBy))
                .count();
        assertThat(open(null, dueBy, 0, 100).total()).isEqualTo(due).isLessThan(12);
    }

    private OpenCasePage open(String organisation, LocalDate dueBy, int offset, int limit) {
        return factory.fromTransaction(s -> {
            DetentionCaseRepository repository = new DetentionCaseRepository();
            repository.entityManager = s;
            return repository.open(organisation, dueBy, offset, limit);
        });
    }

    @Test
    void assignmentAndSteppingAsideAreStored() {
        DetentionCase stepped = factory.fromTransaction(s -> s.find(DetentionCase.class, cases.get(2)));
        assertThat(stepped.hasSteppedAside("officer")).isTrue();
        assertThat(stepped.recusals())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("conflict"));
        DetentionCase taken = factory.fromTransaction(s -> s.find(DetentionCase.class, cases.get(0)));
        assertThat(taken.assignee()).contains("officer");
    }

    private static void insertEntry(
            UUID id, String number, String hs, String port, String org, String amount, String description)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            insertEntry(c, id, number, hs, "VN", port, org, amount, description);
        }
    }

    private static void insertEntry(
            Connection c,
            UUID id,
            String number,
            String hs,
            String origin,
            String port,
            String org,
            String amount,
            String description)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into entry (id, organisation_code, entry_number,"
                + " hs_code, description, origin_country, value_amount, value_currency, arrival_date, port,"
                + " status, list_version, screened_at, filed_by, filed_at, fingerprint, lock_version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, 'DETAINED', 1,"
                + " current_timestamp, 'importer-a', current_timestamp, 'f', 0)")) {
            s.setObject(1, id);
            s.setString(2, org);
            s.setString(3, number);
            s.setString(4, hs);
            s.setString(5, description);
            s.setString(6, origin);
            s.setBigDecimal(7, new java.math.BigDecimal(amount));
            s.setObject(8, TODAY);
            s.setString(9, port);
            s.executeUpdate();
        }
    }
}
