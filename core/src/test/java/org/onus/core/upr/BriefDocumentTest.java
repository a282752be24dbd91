package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class BriefDocumentTest {

    static Recommendation proposed(UprReview review, String text, String state, boolean approve) {
        Recommendation r = Recommendation.draft(
                review,
                new Recommendation.Draft(
                        text,
                        List.of("FORCED_LABOUR"),
                        5,
                        List.of(RecommendationTest.PUBLIC.toString()),
                        List.of("ILO C105 Art. 1 (b)"),
                        null,
                        state),
                RecommendationTest.CITABLE,
                "drafter",
                RecommendationTest.NOW);
        if (approve) {
            r.submit("drafter", RecommendationTest.NOW);
            r.approve("reviewer", RecommendationTest.NOW);
        }
        return r;
    }

    static UprRecord record(String by, int cycle, StateResponse response, String wording, String text) {
        return UprRecord.imported(
                new UprRecord.Content(
                        UUID.randomUUID().toString(),
                        null,
                        "China",
                        by,
                        cycle,
                        cycle == 3 ? 31 : 17,
                        "A/HRC/40/6",
                        "28.5",
                        text,
                        response,
                        wording,
                        4,
                        new TreeSet<>()),
                "importer",
                RecommendationTest.NOW);
    }

    @Test
    void aBriefHoldsTheApprovedRecommendationsProposedForItsStateWhatItRecommendedBeforeAndTheNotes() {
        UprReview china = RecommendationTest.china();
        china.addBrief("Germany");
        china.coSign(new UprReview.CoSignerInput("Coalition A", "Netherlands", "secret@example.org"));
        Recommendation forGermany = proposed(china, "China should repeal the quotas by 2026.", "germany", true);
        Recommendation forFrance = proposed(china, "China should close the camps by 2026.", "France", true);
        Recommendation draftForGermany = proposed(china, "China should publish data by 2026.", "Germany", false);
        UprRecord noted = record("Germany", 3, StateResponse.NOTED, "Noted", "Ratify ILO C105.");
        UprRecord other = record("Germany", 2, StateResponse.OTHER, "Supported in part", "Protect minorities.");

        BriefDocument brief = BriefDocument.of(
                china,
                "Germany",
                List.of(forGermany, forFrance, draftForGermany),
                List.of(noted, other),
                id -> Optional.of(new SubmissionDocument.Source(
                        "OHCHR Assessment", "OHCHR", "https://ohchr.org/x", LocalDate.of(2022, 8, 31))));

        assertThat(forGermany.proposedFor()).as("spelled as the brief lists it").isEqualTo("Germany");
        assertThat(brief.title()).isEqualTo("Brief for the Permanent Mission of Germany");
        assertThat(brief.subtitle()).contains("China, 4th cycle, 45th session", "23 January 2024");
        assertThat(brief.coSigners()).containsExactly("Coalition A (Netherlands)");
        assertThat(brief.proposed()).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.text()).startsWith("China should repeal the quotas").contains("Legal basis: ILO C105");
            assertThat(p.notes()).containsExactly(1);
        });
        assertThat(brief.endnotes())
                .singleElement()
                .satisfies(n -> assertThat(n.text()).contains("31 August 2022"));
        assertThat(brief.earlier())
                .extracting(BriefDocument.EarlierRow::response)
                .containsExactly("Noted", "Other: Supported in part");
        assertThat(brief.earlier().get(0).review()).isEqualTo("3rd cycle, 31st session");
        assertThat(brief.earlier().get(0).reference()).isEqualTo("A/HRC/40/6, para. 28.5");
        assertThat(String.join(" ", brief.countedTexts())).doesNotContain("secret@example.org", "Ratify ILO C105");
        assertThat(brief.overLimit()).isFalse();
        assertThat(brief.wordCountLine()).endsWith("of 600 words");
    }

    @Test
    void aBriefOverSixHundredWordsIsOverItsLimit() {
        UprReview china = RecommendationTest.china();
        String longText = "China should repeal the quotas by 2026 " + "and more words ".repeat(200) + ".";
        BriefDocument brief = BriefDocument.of(
                china,
                "Germany",
                List.of(proposed(china, longText, "Germany", true)),
                List.of(),
                id -> Optional.empty());
        assertThat(brief.wordCount()).isGreaterThan(BriefDocument.WORD_LIMIT);
        assertThat(brief.overLimit()).isTrue();
        assertThat(brief.endnotes()).as("no public source, no note").isEmpty();
    }

    @Test
    void proposedForIsARecommendingStateKeptByEditsAndCopiedByRevisions() {
        UprReview china = RecommendationTest.china();
        assertThatThrownBy(() -> proposed(china, "China should repeal by 2026.", "CHINA", false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(UprReviewBriefsTest.codes(e)).containsExactly("proposedFor"));
        assertThatThrownBy(() -> proposed(china, "China should repeal by 2026.", "x".repeat(201), false))
                .isInstanceOf(InvalidInputException.class);

        Recommendation r = proposed(china, "China should repeal the quotas by 2026.", " Germany ", false);
        assertThat(r.proposedFor()).isEqualTo("Germany");
        assertThat(r.snapshot().fields()).containsEntry("proposedFor", "Germany");
        r.edit(
                new Recommendation.Draft(
                        "Germany should repeal the quotas by 2026.",
                        List.of("FORCED_LABOUR"),
                        5,
                        List.of(),
                        List.of(),
                        null,
                        "Germany"),
                RecommendationTest.CITABLE,
                "drafter",
                RecommendationTest.NOW);
        assertThat(r.smartFindings())
                .extracting(SmartFinding::code)
                .containsExactly(SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE);
        r.submit("drafter", RecommendationTest.NOW);
        r.approve("reviewer", RecommendationTest.NOW);
        assertThat(r.revise("drafter", RecommendationTest.NOW).proposedFor()).isEqualTo("Germany");

        Recommendation plain = Recommendation.draft(
                china,
                RecommendationTest.draft("China should repeal the quotas by 2026"),
                RecommendationTest.CITABLE,
                "drafter",
                RecommendationTest.NOW);
        assertThat(plain.proposedFor()).isNull();
    }
}
