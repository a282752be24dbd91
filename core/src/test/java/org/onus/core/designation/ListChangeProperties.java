package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.onus.core.persistence.MigratedH2;

/**
 * A list version is stored as the change to the designations named (issue 14), not as a copy of
 * the whole list. On the real schema, any sequence of publications, amendments (the new version
 * superseding the old), withdrawals and changes naming no designation must leave every version
 * reading exactly as a copy of the designations then in force would; and a change that does not
 * name a designation it took off the list, or put on it, is refused rather than stored.
 */
class ListChangeProperties {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    static SessionFactory factory;

    enum Kind {
        PUBLISH,
        AMEND,
        WITHDRAW,
        NO_DESIGNATION
    }

    /** One change to the list; {@code which} picks a designation in force, when the kind needs one. */
    record Step(Kind kind, int which) {}

    @BeforeContainer
    static void schema() {
        JdbcDataSource dataSource = MigratedH2.dataSource("list-change");
        factory = MigratedH2.sessions(
                dataSource,
                Designation.class,
                AssessmentFinding.class,
                DesignationEvent.class,
                DesignationListVersion.class,
                DesignationListItem.class,
                DesignationListEntityItem.class);
    }

    @AfterContainer
    static void close() {
        factory.close();
    }

    @Provide
    Arbitrary<List<Step>> changes() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 9))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }

    /**
     * The versions before the sequence are whatever earlier tries left: the property holds from
     * any list, so the database is not emptied between tries.
     */
    @Property(tries = 60)
    void everyVersionStoredAsAChangeListsExactlyTheDesignationsInForce(@ForAll("changes") List<Step> steps) {
        for (Step step : steps) {
            int number = factory.fromTransaction(s -> apply(s, step));
            factory.inTransaction(s -> {
                DesignationRepository repository = repository(s);
                DesignationListVersion stored = repository.listVersion(number).orElseThrow();
                DesignationListVersion copy = DesignationListVersion.of(
                        number, AT, "copy", repository.withStatus(EnumSet.of(DesignationStatus.PUBLISHED)));
                assertThat(stored.entries())
                        .extracting(ListedDesignation::rowContent)
                        .as("version %d after %s", number, step)
                        .containsExactlyElementsOf(copy.entries().stream()
                                .map(ListedDesignation::rowContent)
                                .toList());
            });
        }
    }

    @Example
    void aChangeThatDoesNotNameTheDesignationItTookOffTheListIsRefusedAndNothingIsStored() {
        factory.inTransaction(s -> apply(s, new Step(Kind.PUBLISH, 0)));
        int before = factory.fromTransaction(s -> repository(s).latestListNumber());

        assertThatThrownBy(() -> factory.inTransaction(s -> {
                    DesignationRepository repository = repository(s);
                    Designation d = inForce(repository, 0).orElseThrow();
                    withdraw(d);
                    repository.storeChange(version(repository), List.of());
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not name every designation it changed");

        int after = factory.fromTransaction(s -> repository(s).latestListNumber());
        assertThat(after).isEqualTo(before);
    }

    @Example
    void aChangeThatDoesNotNameTheDesignationItPublishedIsRefused() {
        assertThatThrownBy(() -> factory.inTransaction(s -> {
                    DesignationRepository repository = repository(s);
                    Designation d = published("Unnamed");
                    s.persist(d);
                    repository.storeChange(version(repository), List.of());
                }))
                .isInstanceOf(IllegalStateException.class);
    }

    private static int apply(Session s, Step step) {
        DesignationRepository repository = repository(s);
        List<Designation> changed = new ArrayList<>();
        Optional<Designation> target = inForce(repository, step.which());
        switch (step.kind()) {
            case PUBLISH -> {
                // Few titles, so that ties in the list order are common.
                Designation d = published("Title " + (step.which() % 3));
                s.persist(d);
                changed.add(d);
            }
            case AMEND ->
                target.ifPresent(d -> {
                    Designation next = d.amend("regulator", AT);
                    next.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", AT);
                    next.submit("regulator", AT);
                    next.approve("senior-regulator", AT);
                    next.publish(TODAY, AT);
                    d.supersede(next, AT);
                    s.persist(next);
                    changed.add(next);
                    changed.add(d);
                });
            case WITHDRAW ->
                target.ifPresent(d -> {
                    withdraw(d);
                    changed.add(d);
                });
            case NO_DESIGNATION -> {
                // a sector's new scope, or a decision published with the list
            }
        }
        s.flush();
        DesignationListVersion v = version(repository);
        repository.storeChange(v, changed);
        return v.number();
    }

    private static Designation published(String title) {
        DesignationDraft draft = new DesignationDraft(
                title,
                List.of("650000"),
                List.of("COTTON"),
                "Rebuttable presumption",
                "Labour transfer",
                List.of(DesignationTest.POLICY.toString()),
                "2026-11-01",
                null);
        Designation d =
                Designation.draft(DesignationAssembler.terms(draft, DesignationTest.REFERENCES), "regulator", AT);
        d.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", AT);
        d.submit("regulator", AT);
        d.approve("senior-regulator", AT);
        d.publish(TODAY, AT);
        return d;
    }

    private static void withdraw(Designation d) {
        d.proposeWithdrawal("Made in error", "Judgment of the court", "regulator", AT);
        d.withdraw("senior-regulator", TODAY, AT);
    }

    private static Optional<Designation> inForce(DesignationRepository repository, int which) {
        List<Designation> inForce = repository.withStatus(EnumSet.of(DesignationStatus.PUBLISHED)).stream()
                .sorted(java.util.Comparator.comparing(Designation::id))
                .toList();
        return inForce.isEmpty() ? Optional.empty() : Optional.of(inForce.get(which % inForce.size()));
    }

    private static DesignationListVersion version(DesignationRepository repository) {
        return DesignationListVersion.numbered(repository.latestListNumber() + 1, AT, "Change");
    }

    private static DesignationRepository repository(Session s) {
        DesignationRepository repository = new DesignationRepository();
        repository.entityManager = s;
        return repository;
    }
}
