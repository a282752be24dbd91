package org.onus.core.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.MigratedH2;
import org.onus.core.rebuttal.Route;

/** The mapping against the migrations (Hibernate validates it on H2) and the search's filters in the database. */
class PublishedDecisionRepositoryTest {

    static SessionFactory factory;
    static final Redaction NONE = new Redaction(List.of());

    @BeforeAll
    static void threePublishedOneProposed() {
        JdbcDataSource dataSource = MigratedH2.dataSource("decisions");
        factory = MigratedH2.sessions(dataSource, PublishedDecision.class, NameConsent.class);
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        LocalDate today = LocalDate.parse("2026-12-01");
        PublishedDecision release =
                PublishedDecision.publishedOnRelease(Facts.exceptionRelease(), "D-2026-AAAAA1", "A", today, at);
        PublishedDecision confiscation =
                PublishedDecision.propose(Facts.confiscation(), "D-2026-AAAAA2", "A", "A note.", NONE, "r1", at);
        confiscation.approve("r2", NONE, null, today, at);
        PublishedDecision tomato = PublishedDecision.propose(
                Facts.of(DecisionKind.EXCLUSION, "EXCLUDED", null, LocalDate.parse("2026-10-01"), "TOMATO", "CN-54"),
                "D-2026-AAAAA3",
                "B",
                null,
                NONE,
                "r1",
                at);
        tomato.approve("r2", NONE, null, today, at);
        PublishedDecision proposed =
                PublishedDecision.propose(Facts.confiscation(), "D-2026-AAAAA4", "A", null, NONE, "r1", at);
        factory.inTransaction(s -> {
            s.persist(release);
            s.persist(confiscation);
            s.persist(tomato);
            s.persist(proposed);
            s.persist(new NameConsent("A", "importer", at));
        });
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private List<String> refs(String sector, String region, String route, String outcome, String from, String to) {
        DecisionSearch search = DecisionSearch.parse(sector, region, route, outcome, from, to, null);
        return factory.fromTransaction(s -> {
            PublishedDecisionRepository repository = new PublishedDecisionRepository();
            repository.entityManager = s;
            assertThat(repository.count(search))
                    .isEqualTo(repository.search(search, 0, 50).size());
            return repository.search(search, 0, 50).stream()
                    .map(PublishedDecision::reference)
                    .toList();
        });
    }

    @Test
    void onlyPublishedDecisionsAreFoundNewestFirst() {
        assertThat(refs(null, null, null, null, null, null))
                .containsExactly("D-2026-AAAAA1", "D-2026-AAAAA2", "D-2026-AAAAA3");
    }

    @Test
    void everyFilterNarrowsInTheDatabase() {
        assertThat(refs("cotton", null, null, null, null, null)).containsExactly("D-2026-AAAAA1");
        assertThat(refs(null, "CN-54", null, null, null, null)).containsExactly("D-2026-AAAAA3");
        assertThat(refs(null, "cn", null, null, null, null))
                .as("an ancestor region finds all")
                .hasSize(3);
        assertThat(refs(null, null, "EXCEPTION", null, null, null)).containsExactly("D-2026-AAAAA1");
        assertThat(refs(null, null, "NONE", null, null, null)).containsExactly("D-2026-AAAAA3");
        assertThat(refs(null, null, null, "CONFISCATION", null, null)).containsExactly("D-2026-AAAAA2");
        assertThat(refs(null, null, null, "EXCLUDED", null, null)).containsExactly("D-2026-AAAAA3");
        assertThat(refs(null, null, null, null, "2026-11-01", "2026-11-25")).containsExactly("D-2026-AAAAA2");
        assertThat(refs(null, null, null, null, "2026-11-26", null)).containsExactly("D-2026-AAAAA1");
    }

    @Test
    void aStoredDecisionReadsBackWithItsFacts() {
        PublishedDecision d = factory.fromTransaction(s -> {
            PublishedDecisionRepository repository = new PublishedDecisionRepository();
            repository.entityManager = s;
            return repository.byReference("D-2026-AAAAA1").orElseThrow();
        });
        assertThat(d.route()).isEqualTo(Route.EXCEPTION);
        assertThat(d.regionCodes()).containsExactly("CN-65");
        assertThat(d.requirements())
                .extracting(DecidedRequirement::code)
                .containsExactly("TARGETS", "INDICATOR-RESTRICTION");
        assertThat(d.listVersion()).isEqualTo(3);
    }
}
