package org.onus.core.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDiffTest {

    @Test
    void aNewVersionOfADesignationIsAChangeOfScopeNotARemovalAndAnAddition() {
        Designation cotton = published(DesignationTest.description("2026-11-28"));
        Designation tibet = published(new DesignationDraft(
                "Tibet", List.of("540000"), List.of("ALL_GOODS"), "b", "r", List.of(), "2026-11-28", null));
        DesignationListVersion v1 = DesignationListVersion.of(1, DesignationTest.NOW, "Published", List.of(cotton));

        Designation cotton2 = cotton.amend("regulator", DesignationTest.NOW);
        cotton2.redescribe(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000", "540000"),
                                List.of("COTTON"),
                                "b",
                                "r",
                                List.of(),
                                "2026-11-28",
                                null),
                        DesignationTest.REFERENCES),
                "regulator",
                DesignationTest.NOW);
        DesignationListVersion v2 =
                DesignationListVersion.of(2, DesignationTest.NOW, "Published", List.of(cotton2, tibet));

        ListDiff diff = ListDiff.between(v1, v2);

        assertThat(diff.added()).extracting(ListedDesignation::title).containsExactly("Tibet");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.addedRegions()).containsExactly("540000");
            assertThat(c.removedSectors()).containsExactly("APPAREL");
            assertThat(c.periodChanged()).isFalse();
        });
        assertThat(ListDiff.between(v2, v1).removed())
                .extracting(ListedDesignation::title)
                .containsExactly("Tibet");
        assertThat(ListDiff.between(v1, v1).isEmpty()).isTrue();
    }

    @Test
    void entitiesAddedChangedAndTakenOffShowInTheDiff() {
        Designation listing = published(new DesignationDraft(
                "Entity list",
                List.of("650000"),
                List.of("ALL_GOODS"),
                "b",
                "r",
                List.of(),
                "2026-11-28",
                null,
                List.of(
                        new DesignationDraft.Producer("Hoshine Silicon", null),
                        new DesignationDraft.Producer("Xinjiang Huafu", null))));
        DesignationListVersion v1 = DesignationListVersion.of(1, DesignationTest.NOW, "Published", List.of(listing));
        assertThat(v1.entities()).extracting(ListedEntity::name).containsExactly("Hoshine Silicon", "Xinjiang Huafu");

        Designation next = listing.amend("regulator", DesignationTest.NOW);
        next.redescribe(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Entity list",
                                List.of("650000"),
                                List.of("ALL_GOODS"),
                                "b",
                                "r",
                                List.of(),
                                "2026-11-28",
                                null,
                                List.of(
                                        new DesignationDraft.Producer(
                                                "Hoshine Silicon",
                                                null,
                                                List.of("Hesheng Silicon"),
                                                List.of(),
                                                List.of(new DesignationDraft.Registration(
                                                        "USCC", "91650000MA7777777X")),
                                                List.of()),
                                        new DesignationDraft.Producer("Xinjiang Huafu", null),
                                        new DesignationDraft.Producer("Lop County Hair Products", null))),
                        DesignationTest.REFERENCES),
                "regulator",
                DesignationTest.NOW);
        next.submit("regulator", DesignationTest.NOW);
        next.approve("senior-regulator", DesignationTest.NOW);
        next.publish(LocalDate.parse("2026-11-28"), DesignationTest.NOW);
        next.delist("xinjiang huafu", "RR-1", "senior-regulator", DesignationTest.NOW);
        DesignationListVersion v2 = DesignationListVersion.of(2, DesignationTest.NOW, "Published", List.of(next));

        ListDiff diff = ListDiff.between(v1, v2);

        assertThat(diff.entityChanges())
                .extracting(c -> c.kind() + " " + c.entity().name() + " " + c.changes())
                .containsExactly(
                        "CHANGED Hoshine Silicon [ALIASES, REGISTRATION_NUMBERS]",
                        "ADDED Lop County Hair Products []",
                        "REMOVED Xinjiang Huafu []");
        assertThat(diff.isEmpty()).isFalse();
        assertThat(next.producers()).extracting(ListedProducer::name).doesNotContain("Xinjiang Huafu");
        assertThat(next.producersEverNamed()).extracting(ListedProducer::name).contains("Xinjiang Huafu");
        assertThat(next.amend("regulator", DesignationTest.NOW).producers())
                .extracting(ListedProducer::name)
                .containsExactly("Hoshine Silicon", "Lop County Hair Products");
    }

    private static Designation published(DesignationDraft description) {
        Designation d = Designation.draft(
                DesignationAssembler.terms(description, DesignationTest.REFERENCES), "regulator", DesignationTest.NOW);
        d.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", DesignationTest.NOW);
        d.submit("regulator", DesignationTest.NOW);
        d.approve("senior-regulator", DesignationTest.NOW);
        d.publish(LocalDate.parse("2026-11-28"), DesignationTest.NOW);
        return d;
    }
}
