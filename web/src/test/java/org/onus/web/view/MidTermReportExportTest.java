package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.upr.FollowUpItem;
import org.onus.core.upr.FollowUpOverview;
import org.onus.core.upr.FollowUpSubject;
import org.onus.core.upr.ImplementationAssessment;
import org.onus.core.upr.ImplementationStatus;
import org.onus.core.upr.MidTermReport;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.SubmissionDocument;
import org.onus.web.pages.UprFollowUpPages;

/** The mid-term report written as PDF and DOCX and read back; the follow-up pages as a browser gets them. */
class MidTermReportExportTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    static final UUID ILO = UUID.fromString("e0000000-0000-4000-8000-000000000002");

    private PdfRenderer renderer;
    private FollowUpOverview overview;
    private MidTermReport report;
    private FollowUpItem own;

    @BeforeEach
    void setUp() {
        renderer = TemplateHarness.pdfRenderer(NOW);

        FollowUpSubject ownSubject = FollowUpSubject.own(UUID.randomUUID());
        ImplementationAssessment fully = ImplementationAssessment.record(
                ownSubject,
                new ImplementationAssessment.Description(
                        "FULLY_IMPLEMENTED", "2026-06-30", "Ratified on 20 April 2022", List.of(ILO.toString())),
                ILO::equals,
                LocalDate.of(2026, 12, 1),
                "upr-drafter",
                NOW);
        own = new FollowUpItem(
                ownSubject,
                "China",
                4,
                "Team recommendation, China, 4th cycle, 45th session",
                null,
                "China should ratify ILO Convention No. 105 by 2026.",
                StateResponse.SUPPORTED,
                null,
                fully);
        FollowUpItem imported = new FollowUpItem(
                FollowUpSubject.imported(UUID.randomUUID()),
                "China",
                4,
                "A/HRC/55/6, para. 162.12",
                "Germany",
                "Abolish forced labour transfers in Xinjiang.",
                StateResponse.NOTED,
                "Noted",
                null);
        overview = new FollowUpOverview("China", 4, List.of(own, imported));
        report = MidTermReport.of(
                overview,
                id -> Optional.of(new SubmissionDocument.Source(
                        "Observation on C105", "ILO CEACR", "https://www.ilo.org/c105", LocalDate.of(2026, 3, 1))),
                LocalDate.of(2026, 12, 1));
    }

    @Test
    void theDocxIsA4WithHeadingStylesTheCountsEachRecommendationAndItsSources() throws IOException {
        byte[] bytes = MidTermReportDocx.write(report, Clock.fixed(NOW, ZoneOffset.UTC));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo(report.title()).endsWith("to China");
            assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(word.getStyles().styleExist("Heading1")).isTrue();
            assertThat(paragraphs)
                    .containsSubsequence(
                            "Summary",
                            "Recommendations",
                            "1. Team recommendation, China, 4th cycle, 45th session",
                            "China should ratify ILO Convention No. 105 by 2026.",
                            "Implementation status: Fully implemented, as of 30 June 2026",
                            "2. A/HRC/55/6, para. 162.12",
                            "Recommending State: Germany",
                            "Implementation status: Not assessed",
                            "Sources");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("[1] ILO CEACR, “Observation on C105”, 1 March 2026"));
            assertThat(word.getTables().get(0).getRow(3).getCell(0).getText()).isEqualTo("Fully implemented");
            assertThat(word.getTables().get(0).getRow(3).getCell(1).getText()).isEqualTo("1");
            assertThat(word.getTables().get(0).getRow(4).getCell(1).getText())
                    .as("not assessed")
                    .isEqualTo("1");
            assertThat(word.getDocument().getBody().getSectPr().getPgSz().getW())
                    .hasToString("11906");
        }
    }

    @Test
    void theDocxLabelsAreInTheReadersLanguage() throws IOException {
        byte[] bytes = MidTermReportDocx.write(report, Clock.fixed(NOW, ZoneOffset.UTC), Locale.forLanguageTag("zh"));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs)
                    .containsSubsequence("摘要", "建议", "提出建议的国家： Germany", "资料来源")
                    .doesNotContain("Summary", "Sources");
            assertThat(word.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("落实情况");
        }
    }

    @Test
    void thePdfSaysTheStateTheCycleTheCountsAndEachRecommendationWithNumberedSources() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        try (PDDocument document = Loader.loadPDF(renderer.render("upr/follow-up/report", model, Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "to China",
                            "4th cycle",
                            "By implementation status",
                            "Fully implemented 1",
                            "Not assessed 1",
                            "China should ratify ILO Convention No. 105 by 2026.",
                            "Fully implemented, as of 30 June 2026",
                            "Germany",
                            "Noted",
                            "Sources",
                            "ILO CEACR, “Observation on C105”, 1 March 2026");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(report.title());
        }
    }

    @Test
    void aRefusedAssessmentKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() {
        Map<String, Object> model = layoutModel(Actor.of("upr-drafter", "Drafter", Set.of(Role.UPR_DRAFTER), null));
        model.put("item", own);
        model.put("own", true);
        model.put("action", "/upr/follow-up/recommendations/" + own.subject().id());
        model.put(
                "history",
                List.of(new UprFollowUpPages.Row(
                        own.latest(),
                        List.of(new UprFollowUpPages.Citation(
                                ILO, new SubmissionDocument.Source("Observation on C105", "ILO", null, null))))));
        model.put("canAssess", true);
        model.put("statuses", ImplementationStatus.values());
        model.put("evidenceChoices", List.of());
        model.put("selectedEvidence", List.of());
        model.put(
                "form",
                org.onus.web.view.Form.of(
                                Map.of("status", "PARTIALLY_IMPLEMENTED", "assessedOn", "2099-01-01", "note", "Kept"))
                        .withProblem("assessedOn", "The date of the assessment cannot be in the future"));

        Document page = new TemplateHarness("/").render("upr/follow-up/subject", model);

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#assessedOn");
        assertThat(page.select("#assessedOn-error").text()).contains("future");
        assertThat(page.select("input#assessedOn").attr("value")).isEqualTo("2099-01-01");
        assertThat(page.select("input#status-PARTIALLY_IMPLEMENTED").hasAttr("checked"))
                .isTrue();
        assertThat(page.select("textarea#note").text()).isEqualTo("Kept");
        assertThat(page.select("#assessment-form input[name=_csrf]").attr("value"))
                .isEqualTo("token-1");
        assertThat(page.select("#history tbody tr")).hasSize(1);
        assertThat(page.select("#history").text()).contains("Fully implemented", "Observation on C105");
        assertThat(page.select("#subject-status").text()).isEqualTo("Fully implemented, as of 30 June 2026");
        assertThat(page.html()).doesNotContain("??").doesNotContain("style=");
    }

    @Test
    void theOverviewCountsByStatusAndLinksToEachRecommendationAndTheDownloads() {
        Map<String, Object> model = layoutModel(Actor.of("auditor", "Grace", Set.of(Role.AUDITOR), null));
        model.put("form", org.onus.web.view.Form.of(Map.of("stateUnderReview", "China", "cycle", "4")));
        model.put("overview", overview);
        model.put("statuses", ImplementationStatus.values());

        Document page = new TemplateHarness("/").render("upr/follow-up/index", model);

        assertThat(page.select("#count-FULLY_IMPLEMENTED").text()).isEqualTo("1");
        assertThat(page.select("#count-NOT_ASSESSED").text()).isEqualTo("1");
        assertThat(page.select("#follow-up tbody tr")).hasSize(2);
        assertThat(page.select("#follow-up a").first().attr("href"))
                .isEqualTo("/upr/follow-up/recommendations/" + own.subject().id());
        assertThat(page.select("#report-pdf").attr("href"))
                .isEqualTo("/upr/follow-up/report.pdf?stateUnderReview=China&cycle=4");
        assertThat(page.html()).doesNotContain("??");
    }

    private static Map<String, Object> layoutModel(Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.ofNullable(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/");
        model.put("lang", "en");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }
}
