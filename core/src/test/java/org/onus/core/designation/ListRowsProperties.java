package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of publications (designations added, changed, removed and added again, producers
 * named and taken off): every version read from shared rows lists exactly what a copy of the list
 * made at its publication would, in the same order, and no row is stored twice while unchanged.
 */
class ListRowsProperties {

    /** Few titles and names, so that ties in the list order and in normalised names are common. */
    static final String[] TITLES = {"Cotton", "Tomatoes", "Cotton"};

    static final String[] NAMES = {"Huafu", "huafu", "Zhongtai", "Hoshine"};

    /** Put series {@code series} on the list in variant {@code variant}, or take it off. */
    record Step(boolean remove, int series, int variant) {}

    /** A stored row: what it holds and the versions it is on. */
    static final class Row<T> {
        final T content;
        final int validFrom;
        Integer validUntil;

        Row(T content, int validFrom) {
            this.content = content;
            this.validFrom = validFrom;
        }

        boolean isOn(int number) {
            return ListRows.isOnVersion(number, validFrom, validUntil);
        }
    }

    @Provide
    Arbitrary<List<List<Step>>> publications() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 3).map(i -> i == 0),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 5))
                .as(Step::new);
        return step.list().ofMinSize(0).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(20);
    }

    /**
     * Variants 2k and 2k+1 are the same designation (id and version), one with an end date; other
     * variants are new versions. Producers differ by variant too.
     */
    static ListedDesignation designation(int series, int variant) {
        int version = 1 + variant / 2;
        return ListedDesignation.of(
                UUID.nameUUIDFromBytes(("d" + series + "/" + version).getBytes()),
                UUID.nameUUIDFromBytes(("s" + series).getBytes()),
                version,
                TITLES[series % TITLES.length],
                variant % 3 == 0 ? "650000" : "650000 540000",
                "COTTON",
                "",
                LocalDate.of(2026, 1, 1),
                variant % 2 == 0 ? null : LocalDate.of(2027, 1, 1));
    }

    static List<ListedEntity> producers(ListedDesignation d, int series, int variant) {
        List<ListedEntity> named = new ArrayList<>();
        for (int i = 0; i < (series + variant) % 4; i++) {
            String name = NAMES[(series + variant + i) % NAMES.length];
            named.add(ListedEntity.of(
                    d.designationId(),
                    d.seriesId(),
                    name,
                    name.toLowerCase(java.util.Locale.ROOT),
                    variant % 2 == 0 ? "650000" : null,
                    variant == 4 ? "Alias " + i : null,
                    null,
                    null,
                    null));
        }
        // As a version lists them: by normalised name, ties as named.
        named.sort(Comparator.comparing(ListedEntity::normalisedName));
        return named;
    }

    @Property(tries = 300)
    void everyVersionReadFromSharedRowsIsTheCopyItsPublicationWouldHaveMade(
            @ForAll("publications") List<List<Step>> publications) {
        Map<Integer, Integer> onList = new LinkedHashMap<>();
        List<List<ListedDesignation>> copiedEntries = new ArrayList<>();
        List<List<ListedEntity>> copiedEntities = new ArrayList<>();
        List<Row<ListedDesignation>> entryRows = new ArrayList<>();
        List<Row<ListRows.PlacedEntity>> entityRows = new ArrayList<>();
        for (List<Step> publication : publications) {
            for (Step s : publication) {
                if (s.remove()) {
                    onList.remove(s.series());
                } else {
                    onList.put(s.series(), s.variant());
                }
            }
            int number = copiedEntries.size() + 1;
            // The copy a version used to be: by title, then version (the id settling ties), each
            // designation's producers after it.
            List<ListedDesignation> entries = new ArrayList<>();
            Map<UUID, List<ListedEntity>> named = new LinkedHashMap<>();
            onList.forEach((series, variant) -> {
                ListedDesignation d = designation(series, variant);
                entries.add(d);
                named.put(d.designationId(), producers(d, series, variant));
            });
            entries.sort(Comparator.comparing(ListedDesignation::title)
                    .thenComparing(ListedDesignation::version)
                    .thenComparing(ListedDesignation::designationId));
            List<ListedEntity> entities = new ArrayList<>();
            entries.forEach(d -> entities.addAll(named.get(d.designationId())));
            copiedEntries.add(entries);
            copiedEntities.add(entities);

            int before = entryRows.size() + entityRows.size();
            publish(number, entryRows, entries, ListedDesignation::rowContent);
            publish(number, entityRows, ListRows.placed(entities), ListRows.PlacedEntity::rowContent);
            if (number > 1
                    && contents(entries, ListedDesignation::rowContent)
                            .equals(contents(copiedEntries.get(number - 2), ListedDesignation::rowContent))
                    && contents(entities, ListedEntity::rowContent)
                            .equals(contents(copiedEntities.get(number - 2), ListedEntity::rowContent))) {
                assertThat(entryRows.size() + entityRows.size())
                        .as("an unchanged list stores nothing new")
                        .isEqualTo(before);
            }
        }
        for (int n = 1; n <= copiedEntries.size(); n++) {
            int number = n;
            List<ListedDesignation> entries = ListRows.entriesInListOrder(entryRows.stream()
                    .filter(r -> r.isOn(number))
                    .map(r -> r.content)
                    .toList());
            List<ListedEntity> entities = ListRows.entitiesInListOrder(
                    entries,
                    entityRows.stream()
                            .filter(r -> r.isOn(number))
                            .map(r -> r.content)
                            .toList());
            assertThat(contents(entries, ListedDesignation::rowContent))
                    .as("version %d", n)
                    .isEqualTo(contents(copiedEntries.get(n - 1), ListedDesignation::rowContent));
            assertThat(contents(entities, ListedEntity::rowContent))
                    .as("entities of version %d", n)
                    .isEqualTo(contents(copiedEntities.get(n - 1), ListedEntity::rowContent));
        }
        int copies = copiedEntries.stream().mapToInt(List::size).sum();
        assertThat(entryRows.size()).isLessThanOrEqualTo(copies);
    }

    private static <T> void publish(int number, List<Row<T>> rows, List<T> listed, Function<T, List<Object>> content) {
        ListRows.Changes<Row<T>, T> changes = ListRows.publish(
                rows.stream().filter(r -> r.validUntil == null).toList(),
                r -> content.apply(r.content),
                listed,
                content);
        changes.closed().forEach(r -> r.validUntil = number);
        changes.opened().forEach(t -> rows.add(new Row<>(t, number)));
    }

    private static <T> List<List<Object>> contents(List<T> rows, Function<T, List<Object>> content) {
        return rows.stream().map(content).toList();
    }
}
