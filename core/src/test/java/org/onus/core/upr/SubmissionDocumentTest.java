package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubmissionDocumentTest {

    static final UUID OHCHR = RecommendationTest.PUBLIC;

    static Recommendation approved(UprReview review, String text, String theme, List<String> anchors) {
        Recommendation r = Recommendation.draft(
                review,
                new Recommendation.Draft(text, List.of(theme), 5, List.of(OHCHR.toString()), anchors, null),
                RecommendationTest.CITABLE,
                "drafter",
                RecommendationTest.NOW);
        r.submit("drafter", RecommendationTest.NOW);
        r.approve("reviewer", RecommendationTest.NOW);
        return r;
    }

    @Test
    void numbersParagraphsGroupsByThemeAndCitesEachSourceInAnEndnote() {
        UprReview china = RecommendationTest.china();
        Recommendation minorities = approved(china, "China should end it by 2026.", "MINORITIES", List.of());
        Recommendation labour =
                approved(china, "China should repeal quotas by 2026.", "FORCED_LABOUR", List.of("ILO C105 Art. 1 (b)"));
        SubmissionDocument doc = SubmissionDocument.of(
                china,
                List.of(minorities, labour),
                List.of(),
                id -> Optional.of(new SubmissionDocument.Source(
                        "OHCHR Assessment", "OHCHR", "https://ohchr.org/x", LocalDate.of(2022, 8, 31))));

        assertThat(doc.title()).isEqualTo("Joint stakeholder submission to the Universal Periodic Review of China");
        assertThat(doc.subtitle()).contains("4th cycle", "45th session", "23 January 2024");
        assertThat(doc.sections())
                .extracting(SubmissionDocument.Section::heading)
                .containsExactly("Introduction", "Forced labour", "Minorities");
        SubmissionDocument.Paragraph p3 = doc.sections().get(1).paragraphs().get(0);
        assertThat(p3.number()).isEqualTo(3);
        assertThat(p3.text()).isEqualTo("China should repeal quotas by 2026. Legal basis: ILO C105 Art. 1 (b).");
        assertThat(p3.notes()).containsExactly(1);
        assertThat(doc.sections().get(2).paragraphs().get(0).number()).isEqualTo(4);
        assertThat(doc.endnotes())
                .extracting(SubmissionDocument.Endnote::text)
                .containsExactly(
                        "OHCHR, “OHCHR Assessment”, 31 August 2022, https://ohchr.org/x.",
                        "OHCHR, “OHCHR Assessment”, 31 August 2022, https://ohchr.org/x.");
    }

    @Test
    void theWordCountIsHeadingsParagraphsAndEndnotesButNotTheTitlePageOrMatrix() {
        UprReview china = RecommendationTest.china();
        Recommendation r = approved(china, "China should repeal quotas by 2026.", "FORCED_LABOUR", List.of());
        r.recordResponse(StateResponse.NOTED, "Not done", "d", RecommendationTest.NOW);
        SubmissionDocument withMatrix = SubmissionDocument.of(china, List.of(r), List.of(r), id -> Optional.empty());
        SubmissionDocument without = SubmissionDocument.of(china, List.of(r), List.of(), id -> Optional.empty());

        assertThat(withMatrix.matrix()).singleElement().satisfies(row -> {
            assertThat(row.response()).isEqualTo("Noted");
            assertThat(row.review()).isEqualTo("China, 4th cycle, 45th session");
        });
        assertThat(withMatrix.wordCount()).isEqualTo(without.wordCount());
        assertThat(withMatrix.wordCount()).isEqualTo(WordCount.of(withMatrix.countedTexts()));
        int expected = WordCount.of("Introduction")
                + WordCount.of(withMatrix.sections().get(0).paragraphs().get(0).text())
                + WordCount.of(withMatrix.sections().get(0).paragraphs().get(1).text())
                + WordCount.of("Forced labour")
                + 6;
        assertThat(withMatrix.wordCount()).isEqualTo(expected);
        assertThat(withMatrix.endnotes())
                .as("a source that cannot be cited is left out")
                .isEmpty();
    }

    @Test
    void overTheLimitIsSaidInWordsAndNumbers() {
        UprReview tiny = UprReview.open(
                new UprReview.Description("China", 4, 45, "2024-01-23", null, "STAKEHOLDER_INDIVIDUAL", 10),
                "d",
                RecommendationTest.NOW);
        SubmissionDocument doc = SubmissionDocument.of(tiny, List.of(), List.of(), id -> Optional.empty());
        assertThat(doc.overLimit()).isTrue();
        assertThat(doc.wordCountLine()).isEqualTo(doc.wordCount() + " of 10 words");
        assertThat(SubmissionDocument.cite(new SubmissionDocument.Source("T", null, null, null)))
                .isEqualTo("“T”, undated.");
    }

    @Test
    void theTitlePageNamesTheCoSignersWithTheirCountriesButNotTheirContacts() {
        UprReview china = RecommendationTest.china();
        china.coSign(new UprReview.CoSignerInput("Coalition A", "Netherlands", "secret@example.org"));
        china.coSign(new UprReview.CoSignerInput("Network B", null, null));
        SubmissionDocument doc = SubmissionDocument.of(china, List.of(), List.of(), id -> Optional.empty());
        assertThat(doc.coSigners()).containsExactly("Coalition A (Netherlands)", "Network B");
        assertThat(String.join(" ", doc.countedTexts()))
                .as("the title page is not counted")
                .doesNotContain("Coalition A");
    }
}
