package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.upr.BriefDocument;
import org.onus.core.upr.BriefSummary;
import org.onus.core.upr.FollowUpItem;
import org.onus.core.upr.FollowUpOverview;
import org.onus.core.upr.FollowUpSubject;
import org.onus.core.upr.ImplementationAssessment;
import org.onus.core.upr.ImplementationStatus;
import org.onus.core.upr.MidTermReport;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.RecommendationAction;
import org.onus.core.upr.RecommendationEvent;
import org.onus.core.upr.RecommendationStatus;
import org.onus.core.upr.SmartAssistant;
import org.onus.core.upr.SmartFinding;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.SubmissionType;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprFind;
import org.onus.core.upr.UprHit;
import org.onus.core.upr.UprHits;
import org.onus.core.upr.UprRecord;
import org.onus.core.upr.UprRecordCsv;
import org.onus.core.upr.UprRecordService;
import org.onus.core.upr.UprReview;
import org.onus.web.pages.UprFollowUpPages;

/**
 * Every UPR page rendered in Chinese and Arabic, as a browser in those languages gets it: each text
 * comes from the {@code upr} bundle (no {@code ??key??}, no English sentence of that bundle left),
 * and every name shown to people for a status, response, theme or event has its text in all six
 * languages.
 */
class UprTemplatesLocalisedTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    static final UUID OHCHR = UUID.fromString("e0000000-0000-4000-8000-000000000002");
    static final Actor DRAFTER = Actor.of("upr-drafter", "Dana Drafter", Set.of(Role.UPR_DRAFTER), null);

    /**
     * The submission, the briefs and the mid-term report are also PDFs whose titles, headings,
     * themes and responses their documents' builders write; on these pages only the template's own
     * texts are checked.
     */
    private static final Set<String> DOCUMENT_TEXTS =
            Set.of("upr/submission", "upr/review-brief", "upr/follow-up/report");

    private final TemplateHarness harness = new TemplateHarness("/upr");

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar"})
    void everyUprPageIsWhollyInTheReadersLanguage(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        Map<String, Map<String, Object>> pages = pages(locale);
        assertThat(pages).hasSize(13);
        for (Map.Entry<String, Map<String, Object>> page : pages.entrySet()) {
            Document html = harness.render(page.getKey(), page.getValue(), locale);
            String text = html.text();
            assertThat(html.html()).as(page.getKey()).doesNotContain("??").doesNotContain("style=");
            Set<String> keys =
                    DOCUMENT_TEXTS.contains(page.getKey()) ? keysNamedIn(page.getKey()) : english.stringPropertyNames();
            for (String key : keys) {
                for (String sentence : sentences(english.getProperty(key), translated.getProperty(key))) {
                    assertThat(text)
                            .as("%s in %s still says %s (%s)", page.getKey(), language, sentence, key)
                            .doesNotContain(sentence);
                }
            }
        }
    }

    @Test
    void theChinesePagesSayTheirStatusesThemesAndCountsInChinese() {
        Locale zh = Locale.forLanguageTag("zh");
        Map<String, Map<String, Object>> pages = pages(zh);

        Document review = harness.render("upr/review", pages.get("upr/review"), zh);
        assertThat(review.select("#review-title").text()).isEqualTo("China，第4轮，第45届会议");
        assertThat(review.select("#recommendations tbody td").eachText()).contains("强迫劳动", "已批准（第 1 版）");
        assertThat(review.select("#word-count").text()).endsWith("字（限 5,630 字）");

        Document recommendation = harness.render("upr/recommendation", pages.get("upr/recommendation"), zh);
        assertThat(recommendation.select("#recommendation-status").text()).isEqualTo("已批准");
        assertThat(recommendation.select("#recommendation-response").text()).startsWith("支持");
        assertThat(recommendation.select("#timeline tbody td").eachText()).contains("已起草", "已批准");

        Document followUp = harness.render("upr/follow-up/index", pages.get("upr/follow-up/index"), zh);
        assertThat(followUp.select("#follow-up tbody td").eachText()).contains("完全执行", "未评估", "支持", "注意到");

        Document arabic = harness.render(
                "upr/follow-up/subject", pages.get("upr/follow-up/subject"), Locale.forLanguageTag("ar"));
        assertThat(arabic.select("#subject-status").text()).startsWith("نُفذت بالكامل");
    }

    @Test
    void theSmartAssistantsAdviceIsTranslatedKeepingTheDraftersOwnWords() {
        List<SmartFinding> english = SmartAssistant.check("Germany should consider the situation.", "China", "Germany");
        assertThat(english).extracting(SmartFinding::code).contains(SmartAssistant.VAGUE_VERB);

        List<SmartFinding> french = UprFindings.localised(english, "China", "Germany", Locale.FRENCH);

        assertThat(french)
                .extracting(SmartFinding::code)
                .containsExactlyElementsOf(
                        english.stream().map(SmartFinding::code).toList());
        assertThat(french.get(0).message()).startsWith("Verbe vague : \"consider\".");
        assertThat(french)
                .filteredOn(f -> f.code().equals(SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("que Germany la formule", "ce que China doit faire"));
        // English pages say exactly what the assistant says.
        assertThat(UprFindings.localised(english, "China", "Germany", Locale.ENGLISH))
                .isEqualTo(english);
    }

    @Test
    void everyNameShownForAStatusResponseThemeOrEventHasItsTextInEveryLanguage() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Theme t : Theme.values()) {
            keys.add("upr.theme." + t.name());
        }
        for (StateResponse r : StateResponse.values()) {
            keys.add("upr.response." + r.name());
        }
        for (RecommendationStatus s : RecommendationStatus.values()) {
            keys.add("upr.recStatus." + s.name());
        }
        for (ImplementationStatus s : ImplementationStatus.values()) {
            keys.add("upr.implStatus." + s.name());
        }
        for (SubmissionType s : SubmissionType.values()) {
            keys.add("upr.submissionType." + s.name());
            keys.add("upr.reviewForm.type." + s.name());
        }
        for (RecommendationEvent.Kind k : RecommendationEvent.Kind.values()) {
            keys.add("upr.event." + k.name());
        }
        for (String code : List.of(
                SmartAssistant.VAGUE_VERB,
                SmartAssistant.NO_MEASURABLE_OUTCOME,
                SmartAssistant.NO_TIME_FRAME,
                SmartAssistant.NO_ADDRESSEE,
                SmartAssistant.ADDRESSED_TO_RECOMMENDING_STATE)) {
            keys.add("upr.smart." + code);
        }
        for (int c = 1; c <= 5; c++) {
            keys.add("upr.category." + c);
        }
        for (String language : Messages.LANGUAGES) {
            Properties texts = bundle(language.equals("en") ? "" : "_" + language);
            assertThat(texts.stringPropertyNames()).as(language).containsAll(keys);
        }
        // The English names are the ones the domain has always shown.
        Properties english = bundle("");
        for (Theme t : Theme.values()) {
            assertThat(english.getProperty("upr.theme." + t.name())).isEqualTo(t.label());
        }
        for (ImplementationStatus s : ImplementationStatus.values()) {
            assertThat(english.getProperty("upr.implStatus." + s.name())).isEqualTo(s.label());
        }
        for (SubmissionType s : SubmissionType.values()) {
            assertThat(english.getProperty("upr.submissionType." + s.name())).isEqualTo(s.label());
        }
    }

    /** The texts of {@code key} a page could still show in English: each run between arguments of three words or more. */
    private static List<String> sentences(String english, String translated) {
        if (translated == null || translated.equals(english)) {
            return List.of();
        }
        String plain = english.replaceAll("<[^>]+>", "").replace("''", "'");
        List<String> runs = new ArrayList<>();
        for (String run : plain.split("\\{\\d+}")) {
            String s = run.strip();
            if (s.split("\\s+").length >= 3) {
                runs.add(s);
            }
        }
        return runs;
    }

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(upr\\.[a-zA-Z0-9_.]+)");

    /** The keys a template names itself, for pages whose other texts the documents' builders write. */
    private static Set<String> keysNamedIn(String template) throws IOException {
        Set<String> keys = new TreeSet<>();
        var m = LITERAL_KEY.matcher(Files.readString(
                Path.of("src/main/resources/templates/" + template + ".html"), StandardCharsets.UTF_8));
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).as(template).isNotEmpty();
        return keys;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/i18n/upr" + suffix + ".properties")),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    // --- the pages, with the models their resources build -------------------------------------

    private Map<String, Map<String, Object>> pages(Locale locale) {
        UprReview china = UprReview.open(
                new UprReview.Description("China", 4, 45, "2024-01-23", "2023-07-10", "STAKEHOLDER_JOINT", null),
                "d",
                NOW);
        china.coSign(
                new UprReview.CoSignerInput("Coalition for Supply Chain Transparency", "Netherlands", "c@example.org"));
        china.addBrief("Germany");
        Recommendation labour = approved(china, "China should repeal the labour transfer quotas by the end of 2026.");
        labour.recordResponse(StateResponse.SUPPORTED, "Accepted in the addendum", "d", NOW);
        Recommendation weak = Recommendation.draft(
                china,
                new Recommendation.Draft(
                        "Germany should consider the situation.",
                        List.of("MINORITIES"),
                        2,
                        List.of(),
                        List.of(),
                        null,
                        "Germany"),
                id -> false,
                "drafter",
                NOW);
        SubmissionDocument doc = SubmissionDocument.of(
                china,
                List.of(labour),
                List.of(),
                id -> Optional.of(new SubmissionDocument.Source(
                        "OHCHR Assessment", "OHCHR", "https://www.ohchr.org/assessment", LocalDate.of(2022, 8, 31))));
        BriefDocument brief = BriefDocument.of(china, "Germany", List.of(labour), List.of(), id -> Optional.empty());

        Map<String, Map<String, Object>> pages = new LinkedHashMap<>();

        Map<String, Object> index = layout();
        index.put("reviews", List.of(china));
        index.put("isDrafter", true);
        index.put("total", 26L);
        index.put("from", 26);
        index.put("to", 26);
        index.put("pages", 2);
        index.put("pageLinks", PageLinks.of(2, 2, n -> n == 1 ? "/upr" : "/upr?page=2"));
        index.put("prevHref", "/upr");
        pages.put("upr/index", index);

        Map<String, Object> reviewForm = layout();
        reviewForm.put("form", Form.of(Map.of("submissionType", "STAKEHOLDER_JOINT")));
        pages.put("upr/review-form", reviewForm);

        Map<String, Object> review = layout();
        review.put("review", china);
        review.put(
                "briefs",
                List.of(
                        new BriefSummary("Germany", 1, 1, 3, 120, false),
                        new BriefSummary("Türkiye", 0, 0, 0, 700, true)));
        review.put("briefLimit", BriefDocument.WORD_LIMIT);
        review.put("isTeam", true);
        review.put("recommendations", List.of(labour, weak));
        review.put("templates", List.of());
        review.put("doc", doc);
        review.put("isDrafter", true);
        review.put("actionForm", Form.empty());
        pages.put("upr/review", review);

        Map<String, Object> recommendation = layout();
        recommendation.put("rec", labour);
        recommendation.put("review", china);
        recommendation.put("findings", UprFindings.localised(weak.smartFindings(), "China", "Germany", locale));
        recommendation.put("citations", List.of());
        recommendation.put("revisions", List.of(labour, weak));
        recommendation.put("actions", EnumSet.allOf(RecommendationAction.class));
        recommendation.put("statusTag", "govuk-tag--green");
        recommendation.put("canEdit", true);
        recommendation.put("canSubmit", true);
        recommendation.put("canReview", true);
        recommendation.put("ownWorkInReview", true);
        recommendation.put("canRevise", true);
        recommendation.put("canRecordResponse", true);
        recommendation.put("actionForm", Form.empty());
        pages.put("upr/recommendation", recommendation);

        Map<String, Object> form = layout();
        form.put("review", china);
        form.put("rec", null);
        form.put("form", Form.of(Map.of("text", weak.text(), "actionCategory", "2", "proposedFor", "Germany")));
        form.put("themes", Theme.values());
        form.put("evidenceChoices", List.of());
        form.put("selectedThemes", List.of("MINORITIES"));
        form.put("selectedCitations", List.of());
        form.put("briefStates", List.of("Germany"));
        form.put("findings", UprFindings.localised(weak.smartFindings(), "China", "Germany", locale));
        pages.put("upr/recommendation-form", form);

        Map<String, Object> submission = layout();
        submission.put("doc", doc);
        submission.put("draftMark", null);
        submission.put("pdf", false);
        pages.put("upr/submission", submission);

        Map<String, Object> briefPage = layout();
        briefPage.put("brief", brief);
        briefPage.put("draftMark", null);
        briefPage.put("pdf", false);
        pages.put("upr/review-brief", briefPage);

        Map<String, Object> importPage = layout();
        importPage.put("form", Form.empty());
        importPage.put("result", new UprRecordService.ImportResult(14, 1, 1, 16, "abc"));
        importPage.put("fileName", "sample.csv");
        importPage.put("columns", UprRecordCsv.COLUMNS);
        importPage.put("required", UprRecordCsv.REQUIRED);
        importPage.put("maxMiB", 5L);
        importPage.put("maxRows", UprRecordCsv.MAX_ROWS);
        pages.put("upr/records/import", importPage);

        UprRecord record = UprRecord.imported(
                new UprRecord.Content(
                        "A/HRC/40/6#28.301",
                        "ONUS-S-001",
                        "China",
                        "Germany",
                        3,
                        31,
                        "A/HRC/40/6",
                        "28.301",
                        "End all forms of forced labour",
                        StateResponse.OTHER,
                        "Noted – partially",
                        5,
                        new TreeSet<>(Set.of("Forced labour"))),
                "upr-drafter",
                NOW);
        Map<String, Object> recordPage = layout();
        recordPage.put("record", record);
        pages.put("upr/records/record", recordPage);

        UprRecordFilters filters = UprRecordFilters.of(Map.of("recommendingState", "Germany"));
        Map<String, Object> search = layout();
        search.put("form", Form.of(filters.values()));
        search.put(
                "hits",
                new UprHits(
                        51,
                        1,
                        UprFind.PAGE_SIZE,
                        List.of(
                                new UprHit(
                                        UprHit.Kind.IMPORTED,
                                        record.id(),
                                        "China",
                                        "Germany",
                                        3,
                                        31,
                                        "A/HRC/40/6, para. 28.301",
                                        "End all forms of forced labour",
                                        StateResponse.OTHER,
                                        "Noted – partially",
                                        5,
                                        List.of("Forced labour"),
                                        null,
                                        "ONUS-S-001",
                                        "A/HRC/40/6",
                                        "28.301"),
                                new UprHit(
                                        UprHit.Kind.OWN,
                                        weak.id(),
                                        "China",
                                        "Germany",
                                        4,
                                        45,
                                        "own",
                                        weak.text(),
                                        null,
                                        null,
                                        2,
                                        List.of(),
                                        "DRAFT",
                                        null,
                                        null,
                                        null))));
        search.put("filtered", true);
        search.put("query", filters.query());
        search.put("previousQuery", filters.pageQuery(0));
        search.put("nextQuery", filters.pageQuery(2));
        search.put("themes", Theme.values());
        search.put("responses", StateResponse.values());
        search.put("states", List.of("Germany"));
        search.put("maxExport", 1);
        search.put("isDrafter", true);
        pages.put("upr/records/search", search);

        FollowUpSubject ownSubject = FollowUpSubject.own(labour.id());
        ImplementationAssessment fully = ImplementationAssessment.record(
                ownSubject,
                new ImplementationAssessment.Description("FULLY_IMPLEMENTED", "2026-06-30", "Ratified", List.of()),
                id -> true,
                LocalDate.of(2026, 12, 1),
                "upr-drafter",
                NOW);
        FollowUpItem own = new FollowUpItem(
                ownSubject,
                "China",
                4,
                "A/HRC/55/6, para. 162.1",
                null,
                labour.text(),
                StateResponse.SUPPORTED,
                null,
                fully);
        FollowUpItem imported = new FollowUpItem(
                FollowUpSubject.imported(record.id()),
                "China",
                4,
                "A/HRC/55/6, para. 162.12",
                "Germany",
                "Abolish forced labour transfers.",
                StateResponse.NOTED,
                "Noted",
                null);
        FollowUpOverview overview = new FollowUpOverview("China", 4, List.of(own, imported));

        Map<String, Object> followUp = layout();
        followUp.put("form", Form.of(Map.of("stateUnderReview", "China", "cycle", "4")));
        followUp.put("overview", overview);
        followUp.put("statuses", ImplementationStatus.values());
        pages.put("upr/follow-up/index", followUp);

        Map<String, Object> subject = layout();
        subject.put("item", own);
        subject.put("own", true);
        subject.put("action", "/upr/follow-up/recommendations/" + labour.id());
        subject.put("history", List.of(new UprFollowUpPages.Row(fully, List.of())));
        subject.put("canAssess", true);
        subject.put("statuses", ImplementationStatus.values());
        subject.put("evidenceChoices", List.of());
        subject.put("selectedEvidence", List.of());
        subject.put("form", Form.of(Map.of("assessedOn", "2026-12-01")));
        pages.put("upr/follow-up/subject", subject);

        Map<String, Object> report = layout();
        report.put("report", MidTermReport.of(overview, id -> Optional.empty(), LocalDate.of(2026, 12, 1)));
        report.put("pdf", false);
        pages.put("upr/follow-up/report", report);
        return pages;
    }

    private static Recommendation approved(UprReview review, String text) {
        Recommendation r = Recommendation.draft(
                review,
                new Recommendation.Draft(
                        text,
                        List.of("FORCED_LABOUR"),
                        5,
                        List.of(OHCHR.toString()),
                        List.of("ILO Convention No. 105"),
                        null,
                        "Germany"),
                OHCHR::equals,
                "drafter",
                NOW);
        r.submit("drafter", NOW);
        r.approve("reviewer", NOW);
        return r;
    }

    private static Map<String, Object> layout() {
        Map<String, Object> model = new HashMap<>();
        model.put("user", DRAFTER);
        model.put("nav", Navigation.forActor(Optional.of(DRAFTER), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/upr");
        model.put("lang", "zh");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }
}
