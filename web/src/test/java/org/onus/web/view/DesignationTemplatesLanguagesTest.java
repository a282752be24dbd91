package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.designation.AssessmentItem;
import org.onus.core.designation.CoreFeature;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationAssembler;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.designation.Dimension;
import org.onus.core.designation.ListDiff;
import org.onus.core.designation.ListStamp;
import org.onus.core.designation.ListVersionRow;
import org.onus.core.designation.ListedDesignation;
import org.onus.core.designation.Phase;
import org.onus.core.designation.RationaleKind;
import org.onus.core.designation.RiskAssessment;
import org.onus.core.evidence.AccessClass;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidencePage;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.policy.StatePolicy;
import org.onus.core.sector.Sector;
import org.onus.web.pages.DesignationPagesAccess;
import org.onus.web.pages.PolicyPages;

/**
 * The designation, state-policy and evidence pages as a Chinese or Arabic reader gets them: every
 * text of the area's bundle in that language, none left as an English sentence or a missing key,
 * and every wide table scrolling in its own labelled region rather than widening a phone's page.
 */
class DesignationTemplatesLanguagesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final UUID EVIDENCE = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    private static final Actor REGULATOR = Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null);
    private static final Actor SENIOR =
            Actor.of("senior-regulator", "Mei Lin", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR), null);

    private static final List<String> PAGES = List.of(
            "designations/list",
            "designations/all",
            "designations/form",
            "designations/designation",
            "designations/designation-pending",
            "designations/assessment",
            "designations/assessment-form",
            "designations/versions",
            "designations/version",
            "designations/diff",
            "policies/list",
            "policies/form",
            "policies/policy",
            "evidence/search",
            "evidence/new",
            "evidence/item");

    private final Templates templates = TemplateHarness.templates();

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar"})
    void everyPageOfTheAreaIsWhollyInTheReadersLanguage(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        List<String> english = englishSentencesTranslatedInto(language);
        assertThat(english).as("the check has sentences to look for").hasSizeGreaterThan(50);
        for (String page : PAGES) {
            Document document = render(page, locale);
            String text = document.text();
            assertThat(document.html()).as("%s in %s", page, language).doesNotContain("??");
            assertThat(document.html()).as("%s in %s", page, language).doesNotContain("style=");
            for (String sentence : english) {
                assertThat(text)
                        .as("%s in %s shows English \"%s\"", page, language, sentence)
                        .doesNotContain(sentence);
            }
        }
    }

    @Test
    void chineseAndArabicReadersSeeTheirOwnWordsForTheListAndTheMatrix() {
        Document zh = render("designations/list", Locale.forLanguageTag("zh"));
        assertThat(zh.select("h1").text()).isEqualTo("指定的地区和行业");
        assertThat(zh.select("#list-summary").text()).contains("2027").contains("3");

        // Numbers are written as the dates beside them are: in the digits the portal uses everywhere.
        Document arList = render("designations/list", Locale.forLanguageTag("ar"));
        assertThat(arList.select("#list-summary").text()).contains("الإصدار 3").doesNotContain("٣");

        Document ar = render("designations/assessment", Locale.forLanguageTag("ar"));
        assertThat(ar.select("#matrix-caption").text())
                .isEqualTo("مراحل العمل (الصفوف) حسب أبعاد العمل الجبري (الأعمدة)");
        assertThat(ar.select("#assessment-missing").text()).contains("الخطوة 1");
    }

    @Test
    void theListInForceShowsWhichOfItsPagesThisIsAndLinksTheOthersForTheSameDay() {
        Map<String, Object> model = layout(Locale.ENGLISH);
        model.putAll(model("designations/list"));
        model.put("total", 120L);
        model.put("from", 51);
        model.put("to", 100);
        model.put("pages", 3);
        model.put("pageLinks", PageLinks.of(2, 3, n -> "/designations?asOf=2027-01-01" + (n > 1 ? "&page=" + n : "")));
        model.put("prevHref", "/designations?asOf=2027-01-01");
        model.put("nextHref", "/designations?asOf=2027-01-01&page=3");
        Document list = Jsoup.parse(templates.render("designations/list", model, Locale.ENGLISH));

        assertThat(list.select("#list-summary").text()).startsWith("120 designation(s) in force on 1 January 2027.");
        assertThat(list.select("#designations-count").text()).isEqualTo("Designations 51 to 100 of 120");
        assertThat(list.select("nav.govuk-pagination").attr("aria-label")).isEqualTo("Pages of designations");
        assertThat(list.select("#page-2").attr("aria-current")).isEqualTo("page");
        assertThat(list.select("#page-3").attr("href")).isEqualTo("/designations?asOf=2027-01-01&page=3");
        assertThat(list.select("#page-prev").attr("href")).isEqualTo("/designations?asOf=2027-01-01");

        Document single = render("designations/list", Locale.ENGLISH);
        assertThat(single.select("nav.govuk-pagination, #designations-count"))
                .as("one page needs no links")
                .isEmpty();
    }

    @Test
    void englishKeepsItsWordingAndApostrophes() {
        Document list = render("designations/list", Locale.ENGLISH);
        assertThat(list.select("#list-summary").text())
                .isEqualTo(
                        "1 designation(s) in force on 1 January 2027. List version 3, published 28 November 2026, 10:00 UTC.");

        Document assessment = render("designations/assessment", Locale.ENGLISH);
        assertThat(assessment.text()).contains("Following the report's three steps");
        assertThat(assessment.select("#assessment-missing").text())
                .contains("Step 1: show an employment policy that targets population groups")
                .contains(
                        "Step 3: Unfree recruitment × Involuntariness: cite evidence or say why no evidence was found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyTableScrollsInItsOwnFocusableNamedRegion(String language) {
        for (String page : PAGES) {
            Document document = render(page, Locale.forLanguageTag(language));
            for (Element table : document.select("main table")) {
                Element region = table.parent();
                assertThat(region.hasClass("onus-table-scroll"))
                        .as("table #%s of %s scrolls in its own container", table.id(), page)
                        .isTrue();
                assertThat(region.attr("tabindex")).as("%s: focusable", page).isEqualTo("0");
                assertThat(region.attr("role")).as("%s: a region", page).isEqualTo("region");
                Element name = document.getElementById(region.attr("aria-labelledby"));
                assertThat(name).as("%s: the region's name exists", page).isNotNull();
                assertThat(name.text()).as("%s: the region's name", page).isNotBlank();
            }
        }
    }

    @Test
    void eachAccessClassHintSitsBesideItsLabelSoThatItFitsAPhone() {
        Document form = render("evidence/new", Locale.forLanguageTag("ar"));
        assertThat(form.select(".govuk-radios__label .govuk-radios__hint")).isEmpty();
        for (Element input : form.select("input[name=accessClass]")) {
            Element hint = form.getElementById(input.attr("aria-describedby"));
            assertThat(hint).as("hint of %s", input.id()).isNotNull();
            assertThat(hint.hasClass("govuk-radios__hint")).isTrue();
            assertThat(hint.text()).isNotBlank();
        }
    }

    // --- rendering ----------------------------------------------------------------------------

    private Document render(String page, Locale locale) {
        String template = page.equals("designations/designation-pending") ? "designations/designation" : page;
        Map<String, Object> model = layout(locale);
        model.putAll(model(page));
        return Jsoup.parse(templates.render(template, model, locale));
    }

    private static Map<String, Object> layout(Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", SENIOR);
        model.put("nav", Navigation.forActor(Optional.of(SENIOR), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/designations");
        model.put("lang", locale.toLanguageTag());
        model.put("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }

    private static Map<String, Object> model(String page) {
        Map<String, Object> m = new HashMap<>();
        Map<String, String> names = Map.of("650000", "Xinjiang", "COTTON", "Cotton");
        Designation draft = draft();
        StatePolicy policy = policy();
        EvidenceItem report = evidence("RESEARCH_REPORT", "Targets abolished 2027");
        switch (page) {
            case "designations/list" -> {
                m.put("designations", List.of(draft));
                m.put("day", LocalDate.parse("2027-01-01"));
                m.put("today", LocalDate.parse("2026-11-28"));
                m.put("form", Form.of(Map.of("asOf", "2027-01-01")));
                m.put("latest", new ListStamp(3, NOW));
                m.put("total", 1L);
                m.put("pages", 1);
                m.put("names", names);
                m.put("isRegulator", true);
                m.put("canSeeAll", true);
            }
            case "designations/all" -> {
                m.put("designations", List.of(draft));
                m.put("names", names);
                m.put("isRegulator", true);
                m.put("form", Form.of(Map.of("status", "DRAFT", "sort", "-from")));
                m.put("statuses", DesignationStatus.values());
                m.put(
                        "sortHeaders",
                        Map.of(
                                "title",
                                new PageLinks.SortHeader("/designations/all?status=DRAFT", "none"),
                                "from",
                                new PageLinks.SortHeader("/designations/all?status=DRAFT&sort=from", "descending")));
                m.put("total", 26L);
                m.put("from", 26);
                m.put("to", 26);
                m.put("pages", 2);
                m.put("pageLinks", PageLinks.of(2, 2, n -> "/designations/all?status=DRAFT&sort=-from&page=" + n));
                m.put("prevHref", "/designations/all?status=DRAFT&sort=-from");
            }
            case "designations/form" -> {
                m.put("designation", draft);
                m.put("form", Form.of(Map.of("title", "Kashgar", "sectorCodes", "COTTON")));
                m.put(
                        "sectors",
                        List.of(Sector.define(new Sector.Definition("COTTON", "Cotton", null, List.of("5201"), true))));
                m.put("policies", List.of(policy));
            }
            case "designations/designation" -> {
                m.putAll(designationPage(draft, names));
                m.put("canEdit", true);
                m.put("canSubmit", true);
                m.put("ownWorkInReview", true);
                m.put("canReview", true);
            }
            case "designations/designation-pending" -> {
                Designation published = published();
                published.proposeWithdrawal("Wrong prefecture", "Judgment 12/2027", "regulator", NOW);
                m.putAll(designationPage(published, names));
                m.put("pending", published.pending().orElseThrow());
                m.put("canDecide", true);
                m.put("canReviewInForce", true);
                m.put("canAmend", true);
                m.put("canAskToEnd", true);
                m.put("policiesToRepeal", List.of(policy));
                m.put("evidenceChoices", List.of(report));
                m.put("lapseReviewOpen", true);
            }
            case "designations/assessment", "designations/assessment-form" -> {
                m.put("designation", draft);
                m.put("assessment", draft.assessment());
                m.put("cells", DesignationPagesAccess.cells(draft.assessment()));
                m.put("phases", Phase.values());
                m.put("dimensions", Dimension.values());
                m.put("citations", Map.of());
                m.put("missing", draft.assessment().missing());
                m.put("coreFeatures", CoreFeature.values());
                m.put("rationales", RationaleKind.values());
                m.put("names", names);
                m.put("policies", List.of(policy));
                m.put("evidenceChoices", List.of(report));
                m.put("form", Form.empty().withProblem("employmentPolicy", "Step 1"));
            }
            case "designations/versions" -> {
                m.put(
                        "versions",
                        List.of(
                                new ListVersionRow(27, NOW, "Published Xinjiang cotton", 2),
                                new ListVersionRow(26, NOW, "Published Xinjiang cotton", 1)));
                m.put("total", 27L);
                m.put("from", 1);
                m.put("to", 2);
                m.put("latest", 27);
                m.put("pages", 2);
                m.put("pageLinks", PageLinks.of(1, 2, n -> "/designations/versions?page=" + n));
                m.put("nextHref", "/designations/versions?page=2");
                m.put("diffError", true);
            }
            case "designations/version" -> {
                m.put("version", listVersion(2));
                m.put("names", names);
            }
            case "designations/diff" -> {
                ListedDesignation before = listed(1, LocalDate.parse("2027-01-01"), List.of("650000"));
                ListedDesignation after = listed(2, LocalDate.parse("2027-02-01"), List.of("650000", "653100"));
                m.put(
                        "diff",
                        new ListDiff(
                                listVersion(1),
                                listVersion(2),
                                List.of(after),
                                List.of(before),
                                List.of(new ListDiff.Change(before, after))));
                m.put("names", names);
            }
            case "policies/list" -> {
                m.put("policies", List.of(policy));
                m.put("regionNames", names);
                m.put("canEdit", true);
            }
            case "policies/form" -> {
                m.put("policy", null);
                m.put("form", Form.empty());
                m.put("evidenceChoices", List.of(report));
            }
            case "policies/policy" -> {
                m.put("policy", policy);
                m.put("regionNames", names);
                m.put(
                        "sources",
                        List.of(new PolicyPages.Source(EVIDENCE, "Unemployment Monitoring", "Jamestown", true)));
                m.put("canEdit", true);
                m.put("history", List.of());
                m.put("statusForm", Form.empty());
                m.put("evidenceChoices", List.of(report));
            }
            case "evidence/search" -> {
                m.put("form", Form.empty());
                m.put("types", EvidenceType.values());
                m.put("results", new EvidencePage(List.of(report), 30));
                m.put("page", 2);
                m.put("pages", 3);
                m.put("canAdd", true);
            }
            case "evidence/new" -> {
                m.put("form", Form.empty());
                m.put("types", EvidenceType.values());
                m.put("accessClasses", AccessClass.values());
                m.put("maxMiB", 50);
                m.put("accepted", "PDF, DOCX");
                m.put("fileLost", true);
            }
            case "evidence/item" -> m.put("item", report);
            default -> throw new IllegalArgumentException(page);
        }
        return m;
    }

    private static Map<String, Object> designationPage(Designation d, Map<String, String> names) {
        Map<String, Object> m = new HashMap<>();
        m.put("designation", d);
        m.put("names", names);
        m.put("policies", List.of(policy()));
        m.put("versions", List.of(d, d));
        m.put("missing", d.assessment().missing());
        m.put("canEdit", false);
        m.put("canSubmit", false);
        m.put("canReview", false);
        m.put("ownWorkInReview", false);
        m.put("canReviewInForce", false);
        m.put("canAmend", false);
        m.put("statusTag", "govuk-tag--grey");
        m.put("pending", null);
        m.put("pendingCitations", Map.of());
        m.put("ownRequest", false);
        m.put("canDecide", false);
        m.put("canAskToEnd", false);
        m.put("policiesToRepeal", List.of());
        m.put("proofCodes", Designation.evidenceRequirements());
        m.put("evidenceChoices", List.of());
        m.put("lapseReviewOpen", false);
        m.put("lapseDecided", false);
        m.put("seeTimeline", true);
        m.put("actionForm", Form.empty());
        return m;
    }

    // --- the model's objects ------------------------------------------------------------------

    private static Designation draft() {
        return Designation.draft(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "Basis",
                                "Rationale",
                                List.of(),
                                "2027-01-01",
                                "2027-12-31"),
                        new DesignationAssembler.References(c -> true, c -> true, id -> true)),
                "regulator",
                NOW);
    }

    private static Designation published() {
        Designation d = Designation.draft(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "Basis",
                                "Rationale",
                                List.of(),
                                "2026-12-01",
                                "2027-12-31"),
                        new DesignationAssembler.References(c -> true, c -> true, id -> true)),
                "regulator",
                NOW);
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.matrix()) {
            cells.put(item, new RiskAssessment.Cell("Findings", List.of(EVIDENCE), null));
        }
        d.assess(
                new RiskAssessment(
                        new RiskAssessment.Precondition(true, "Targets", List.of(EVIDENCE)),
                        new RiskAssessment.Precondition(true, "Work teams", List.of(EVIDENCE)),
                        cells,
                        Set.of(CoreFeature.PRODUCTION_QUOTAS),
                        RationaleKind.BOTH),
                EVIDENCE::equals,
                "regulator",
                NOW);
        d.submit("regulator", NOW);
        d.approve("senior-regulator", NOW);
        d.publish(LocalDate.parse("2026-12-01"), NOW);
        return d;
    }

    private static StatePolicy policy() {
        StatePolicy policy = StatePolicy.enact(
                new StatePolicy.Description(
                        "Labour transfer plan", "XUAR Government", null, null, List.of("650000"), List.of()),
                new StatePolicy.References(c -> true, id -> true));
        policy.changeStatus(
                PolicyStatus.REPEAL_CLAIMED,
                "Announced",
                List.of(),
                new StatePolicy.Mover("regulator", Set.of(Role.REGULATOR)),
                type -> new org.onus.core.policy.RepealEvidenceTable.Verdict(true, "not asked"),
                NOW);
        return policy;
    }

    private static EvidenceItem evidence(String type, String title) {
        return EvidenceItem.recorded(
                new EvidenceItem.Description(type, title, "Researcher", null, null, "en", null, List.of(), "PUBLIC"),
                REGULATOR,
                NOW);
    }

    private static DesignationListVersion listVersion(int number) {
        DesignationListVersion v = mock(DesignationListVersion.class);
        when(v.number()).thenReturn(number);
        when(v.publishedAt()).thenReturn(NOW);
        when(v.change()).thenReturn("Published Xinjiang cotton");
        List<ListedDesignation> entries = List.of(listed(1, LocalDate.parse("2027-01-01"), List.of("650000")));
        when(v.entries()).thenReturn(entries);
        return v;
    }

    private static ListedDesignation listed(int version, LocalDate from, List<String> regions) {
        ListedDesignation d = mock(ListedDesignation.class);
        when(d.designationId()).thenReturn(UUID.fromString("d0000000-0000-4000-8000-00000000000" + version));
        when(d.version()).thenReturn(version);
        when(d.title()).thenReturn("Xinjiang cotton");
        when(d.regionCodes()).thenReturn(regions);
        when(d.sectorCodes()).thenReturn(List.of("COTTON"));
        when(d.effectiveFrom()).thenReturn(from);
        when(d.effectiveTo()).thenReturn(null);
        return d;
    }

    // --- what must not show -------------------------------------------------------------------

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}");

    /**
     * The English sentences (two words or more between placeholders) of the area's bundle whose
     * translation differs, less those the shared bundle also says, which that bundle's translators answer for.
     */
    private static List<String> englishSentencesTranslatedInto(String language) throws IOException {
        Properties english = bundle("designations");
        Properties translated = bundle("designations_" + language);
        Set<Object> shared = bundle("messages").keySet().isEmpty()
                ? Set.of()
                : Set.copyOf(bundle("messages").values());
        List<String> sentences = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key)) || shared.contains(value)) {
                continue;
            }
            for (String fragment : PLACEHOLDER.split(value.replace("''", "'"))) {
                String f = fragment.strip();
                if (TWO_WORDS.matcher(f).find()) {
                    sentences.add(f);
                }
            }
        }
        return sentences;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                DesignationTemplatesLanguagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
