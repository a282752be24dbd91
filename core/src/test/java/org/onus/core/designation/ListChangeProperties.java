package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.onus.core.persistence.MigratedH2;

/**
 * A list version is stored as the change to the designations named (issue 14), not as a copy of
 * the whole list. On the real schema, any sequence of publications, amendments (the new version
 * superseding the old), withdrawals, producers taken off and changes naming no designation must
 * leave every version, with its entity list, reading exactly as a copy of the designations then in
 * force would, in the same order; unchanged rows are stored once; and a change that does not
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
        DELIST,
        NO_DESIGNATION
    }

    /** Few names, two of them alike, so that ties in the entity list's order are common. */
    static final String[] PRODUCERS = {"Huafu", "Zhongtai", "huafu"};

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
    @Property(tries = 30)
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
                assertThat(stored.entities())
                        .extracting(ListedEntity::rowContent)
                        .as("entities of version %d after %s", number, step)
                        .containsExactlyElementsOf(copy.entities().stream()
                                .map(ListedEntity::rowContent)
                                .toList());
            });
        }
    }

    /**
     * The list in force on a day is read a page at a time (the public list), or by its ids a part at
     * a time (the whole list as JSON or CSV), and its producers alone (the removal form): each must
     * give what reading every designation in force gives, whatever changes came before.
     */
    @Property(tries = 15)
    void theListInForceReadByPagesOrByPartsOrForItsProducersIsTheListReadWhole(
            @ForAll("changes") List<Step> steps, @ForAll @IntRange(min = 1, max = 5) int size) {
        for (Step step : steps) {
            factory.inTransaction(s -> apply(s, step));
        }
        factory.inTransaction(s -> {
            DesignationRepository repository = repository(s);
            EnumSet<DesignationStatus> statuses = EnumSet.of(DesignationStatus.PUBLISHED);
            List<Designation> whole = repository.effectiveOn(TODAY, statuses);

            List<Designation> paged = new ArrayList<>();
            for (int offset = 0; ; offset += size) {
                DesignationPage page = repository.effectiveOn(TODAY, statuses, offset, size);
                assertThat(page.total()).isEqualTo(whole.size());
                paged.addAll(page.items());
                if (page.items().size() < size) {
                    break;
                }
            }
            assertThat(paged).as("page by page, %d a page", size).containsExactlyElementsOf(whole);

            List<UUID> ids = repository.idsEffectiveOn(TODAY, statuses);
            List<Designation> parts = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += size) {
                parts.addAll(repository.inOrder(ids.subList(from, Math.min(ids.size(), from + size))));
            }
            assertThat(parts).as("by parts of %d ids", size).containsExactlyElementsOf(whole);
            assertThat(repository
                            .effectiveOn(TODAY.minusYears(1), statuses, 0, size)
                            .total())
                    .as("before any took effect")
                    .isZero();

            assertThat(repository.producersListedOn(TODAY, statuses))
                    .containsExactlyElementsOf(whole.stream()
                            .flatMap(d ->
                                    d.producers().stream().map(p -> new ListedProducerOn(d.id(), d.title(), p.name())))
                            .toList());
            assertThat(repository.anyNames("COTTON", statuses)).isEqualTo(!whole.isEmpty());
            assertThat(repository.anyNames("TOMATOES", statuses)).isFalse();
        });
    }

    @Example
    void aDesignationThatDidNotChangeKeepsOneRowAcrossVersionsAndEachVersionCountsItsDesignations() {
        factory.inTransaction(s -> apply(s, new Step(Kind.PUBLISH, 2)));
        UUID kept = factory.fromTransaction(s -> {
            DesignationRepository repository = repository(s);
            return repository.listVersion(repository.latestListNumber()).orElseThrow().entries().stream()
                    .filter(l -> l.title().equals("Title 2"))
                    .map(ListedDesignation::designationId)
                    .reduce((a, b) -> b)
                    .orElseThrow();
        });
        int first = factory.fromTransaction(s -> repository(s).latestListNumber());
        for (int i = 0; i < 3; i++) {
            factory.inTransaction(s -> apply(s, new Step(Kind.PUBLISH, 0)));
            factory.inTransaction(s -> apply(s, new Step(Kind.NO_DESIGNATION, 0)));
        }
        int last = factory.fromTransaction(s -> repository(s).latestListNumber());

        long rows = factory.fromTransaction(s -> s.createQuery(
                        "select count(i) from DesignationListItem i where i.listed.designationId = :id", Long.class)
                .setParameter("id", kept)
                .getSingleResult());
        assertThat(rows).as("one row for versions %d to %d", first, last).isEqualTo(1);
        List<ListVersionRow> versions =
                factory.fromTransaction(s -> repository(s).listVersionRows(0, 7).rows());
        int before = versions.get(6).designations();
        assertThat(versions)
                .extracting(ListVersionRow::designations)
                .as("the newest first: three publications, each followed by a change naming no designation")
                .containsExactly(before + 3, before + 3, before + 2, before + 2, before + 1, before + 1, before);
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
                    Designation d = published("Unnamed", 0);
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
                Designation d = published("Title " + (step.which() % 3), step.which() % 4);
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
            case DELIST ->
                target.filter(d -> !d.producers().isEmpty()).ifPresent(d -> {
                    d.delist(d.producers().get(0).normalisedName(), "RR-1", "senior-regulator", AT);
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

    private static Designation published(String title, int producers) {
        List<DesignationDraft.Producer> named = new ArrayList<>();
        for (int i = 0; i < Math.min(producers, PRODUCERS.length); i++) {
            named.add(new DesignationDraft.Producer(PRODUCERS[i], "650000"));
        }
        DesignationDraft draft = new DesignationDraft(
                title,
                List.of("650000"),
                List.of("COTTON"),
                "Rebuttable presumption",
                "Labour transfer",
                List.of(DesignationTest.POLICY.toString()),
                "2026-11-01",
                null,
                named);
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
