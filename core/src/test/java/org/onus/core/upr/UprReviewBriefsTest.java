package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/** A review's coalition and briefs: who co-signs the submission, which missions get a brief. */
class UprReviewBriefsTest {

    static UprReview china() {
        return RecommendationTest.china();
    }

    static List<String> codes(Throwable e) {
        return ((InvalidInputException) e)
                .problems().stream().map(Problem::code).toList();
    }

    @Test
    void coSignersNeedANameAreDistinctIgnoringCaseAndKeepTheirOrder() {
        UprReview r = china();
        r.coSign(new UprReview.CoSignerInput(" Coalition A ", "Netherlands", "a@example.org"));
        r.coSign(new UprReview.CoSignerInput("Network B", " ", null));
        assertThat(r.coSigners())
                .extracting(CoSigner::printed)
                .containsExactly("Coalition A (Netherlands)", "Network B");
        assertThat(r.coSigners().get(0).contact()).isEqualTo("a@example.org");

        assertThatThrownBy(() -> r.coSign(new UprReview.CoSignerInput("coalition a", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already co-signs");
        assertThatThrownBy(() -> r.coSign(new UprReview.CoSignerInput(" ", "x".repeat(201), "y".repeat(501))))
                .satisfies(e -> assertThat(codes(e)).containsExactly("name", "country", "contact"));
        assertThatThrownBy(() -> r.coSign(new UprReview.CoSignerInput("n".repeat(201), null, null)))
                .satisfies(e -> assertThat(codes(e)).containsExactly("name"));

        assertThat(r.withdrawCoSigner("COALITION A").name()).isEqualTo("Coalition A");
        assertThat(r.coSigners()).extracting(CoSigner::name).containsExactly("Network B");
        assertThatThrownBy(() -> r.withdrawCoSigner("Coalition A")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void replacingTheCoSignersChecksEveryEntryBeforeKeepingAny() {
        UprReview r = china();
        r.coSign(new UprReview.CoSignerInput("Kept", null, null));
        assertThatThrownBy(() -> r.replaceCoSigners(List.of(
                        new UprReview.CoSignerInput("A", null, null),
                        new UprReview.CoSignerInput("a", null, null),
                        new UprReview.CoSignerInput("", null, null))))
                .satisfies(e -> assertThat(codes(e)).containsExactly("coSigners[1].name", "coSigners[2].name"));
        assertThat(r.coSigners()).extracting(CoSigner::name).containsExactly("Kept");
        r.replaceCoSigners(List.of());
        assertThat(r.coSigners()).isEmpty();
    }

    @Test
    void briefsAreForRecommendingStatesOtherThanTheStateUnderReviewDistinctIgnoringCase() {
        UprReview r = china();
        assertThat(r.addBrief(" Germany ")).isEqualTo("Germany");
        r.addBrief("Côte d'Ivoire");
        assertThat(r.briefs()).containsExactly("Germany", "Côte d'Ivoire");
        assertThat(r.briefFor("GERMANY")).hasValue("Germany");

        assertThatThrownBy(() -> r.addBrief("germany")).hasMessageContaining("already gets a brief");
        assertThatThrownBy(() -> r.addBrief("china")).hasMessageContaining("State under review");
        assertThatThrownBy(() -> r.addBrief("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.addBrief("x".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.addBrief("Germany/France")).hasMessageContaining("slash");

        assertThat(r.includeBrief("germany", "proposedFor")).isFalse();
        assertThat(r.includeBrief("United Kingdom", "proposedFor")).isTrue();
        assertThat(r.removeBrief("côte d'ivoire")).isEqualTo("Côte d'Ivoire");
        assertThat(r.briefs()).containsExactly("Germany", "United Kingdom");
        assertThatThrownBy(() -> r.removeBrief("France")).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> r.replaceBriefs(List.of("France", "FRANCE", "China")))
                .satisfies(e -> assertThat(codes(e)).containsExactly("briefs[1]", "briefs[2]"));
        r.replaceBriefs(List.of("France", "Canada"));
        assertThat(r.briefs()).containsExactly("France", "Canada");
    }

    @Test
    void aReviewOpensWithItsCoSignersAndBriefsOrRefusesThemWithTheRest() {
        UprReview r = UprReview.open(
                new UprReview.Description(
                        "China",
                        4,
                        45,
                        "2024-01-23",
                        null,
                        "STAKEHOLDER_JOINT",
                        null,
                        List.of(new UprReview.CoSignerInput("Coalition A", "Netherlands", null)),
                        List.of("Germany", "France")),
                "drafter",
                RecommendationTest.NOW);
        assertThat(r.submissionType()).isEqualTo(SubmissionType.STAKEHOLDER_JOINT);
        assertThat(r.coSigners()).extracting(CoSigner::name).containsExactly("Coalition A");
        assertThat(r.briefs()).containsExactly("Germany", "France");
        assertThat(r.snapshot().fields()).containsKeys("coSigners", "briefs");

        assertThatThrownBy(() -> UprReview.open(
                        new UprReview.Description(
                                "China", 0, 45, "2024-01-23", null, "STAKEHOLDER_JOINT", null, null, List.of("China")),
                        "drafter",
                        RecommendationTest.NOW))
                .satisfies(e -> assertThat(codes(e)).containsExactly("cycle", "briefs[0]"));
    }
}
