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
