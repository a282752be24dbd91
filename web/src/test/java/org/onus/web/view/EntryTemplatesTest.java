package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.bulk.BulkJob;
import org.onus.core.bulk.BulkJobStatus;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.OpenCaseRow;
import org.onus.core.entry.DisclosureRefinement;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryFiling;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.MatchReason;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.entry.ScreeningResult;
import org.onus.core.geography.RegionCode;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.money.Money;
import org.onus.core.sector.HsCode;
import org.onus.core.statistics.StatusGroup;

/**
 * The entry pages (list, filing, one entry, bulk upload and its job) and the statistics page in
 * Chinese and Arabic: every text of the {@code entries} bundle is translated, and none is left in
 * English or missing.
 */
class EntryTemplatesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static final Actor IMPORTER = Actor.of("imp", "Ines Importer", Set.of(Role.IMPORTER), "ACME-IMPORTS");
    private static final Actor OFFICER = Actor.of("off", "Omar Officer", Set.of(Role.CUSTOMS_OFFICER), null);

    // ---- Fixtures -------------------------------------------------------------------------------

    private static Entry entry(String number, List<EntryFiling.Input> inputs) {
        EntryFiling filing = new EntryFiling(
                number,
                HsCode.of("610910"),
                "T-shirts",
                RegionCode.of("KH"),
                new Money(new BigDecimal("1250.00"), Currency.getInstance("USD")),
                LocalDate.parse("2026-12-04"),
                "Felixstowe",
                inputs);
        return Entry.file(filing, "ACME-IMPORTS", "imp", "imp@example.org", NOW);
    }

    private static List<EntryFiling.Input> twoInputs() {
        return List.of(
                new EntryFiling.Input(1, "Knitted fabric", HsCode.of("6006"), "Mill", RegionCode.of("KH"), null, null),
                new EntryFiling.Input(
                        2,
                        "Cotton yarn",
                        HsCode.of("5205"),
                        "Spinner",
                        RegionCode.of("CN"),
                        null,
                        new BigDecimal("60")));
    }

    /** Detained: input 2 comes from a designated county, through a region that contains it; screened twice. */
    private static Entry detainedEntry() {
        Entry e = entry("E-1", twoInputs());
        e.recordScreening(new Entry.Screening(EntryStatus.CLEARED, 2, List.of()), NOW);
        ScreeningMatch match = new ScreeningMatch(
                UUID.randomUUID(),
                1,
                "Xinjiang cotton",
                1,
                2,
                "CN",
                "653100",
                "5205",
                MatchReason.REGION_AND_SECTOR,
                "Spinner");
        e.recordScreening(
                new Entry.Screening(EntryStatus.DETAINED, 3, List.of(match)),
                NOW.plusSeconds(60),
                null,
                ScreeningResult.Trigger.LIST_CHANGED,
                "new match");
        return e;
    }

    private static Entry disclosureEntry(boolean held) {
        Entry e = entry("E-2", twoInputs());
        DisclosureRefinement r = new DisclosureRefinement(
                1, "CN", List.of("653100"), UUID.randomUUID(), 1, "Xinjiang cotton", List.of("COTTON"), held);
        e.recordScreening(
                new Entry.Screening(EntryStatus.DISCLOSURE_REQUIRED, 3, List.of(), List.of(r), held),
                NOW,
                LocalDate.parse("2026-12-07"),
                ScreeningResult.Trigger.FILED,
                null);
        return e;
    }

    private static DetentionCase detention() {
        DetentionCase c = mock(DetentionCase.class);
        when(c.id()).thenReturn(UUID.randomUUID());
        when(c.status()).thenReturn(CaseStatus.DETAINED);
        when(c.rebuttalDeadline()).thenReturn(LocalDate.parse("2026-12-28"));
        when(c.organisationCode()).thenReturn("ACME-IMPORTS");
        return c;
    }

    private static OpenCaseRow openCase(String entryNumber) {
        return new OpenCaseRow(
                UUID.randomUUID(), entryNumber, "ACME-IMPORTS", CaseStatus.DETAINED, LocalDate.parse("2026-12-28"));
    }

    /** The second of ten pages of entries, sorted by arrival, and the third of five pages of open cases. */
    private static void pagedLists(Map<String, Object> m) {
        m.put("entryTotal", 240L);
        m.put("entryFrom", 26);
        m.put("entryTo", 50);
        m.put("entryPages", 10);
        m.put("entryPageLinks", PageLinks.of(2, 10, n -> "/entries?sort=arrival&page=" + n));
        m.put("entryPrevHref", "/entries?sort=arrival");
        m.put("entryNextHref", "/entries?sort=arrival&page=3");
        Map<String, PageLinks.SortHeader> headers = new LinkedHashMap<>();
        for (String column : List.of("filed", "entry", "importer", "origin", "arrival", "status")) {
            headers.put(
                    column,
                    new PageLinks.SortHeader(
                            "/entries?sort=" + (column.equals("arrival") ? "-arrival" : column),
                            column.equals("arrival") ? "ascending" : "none"));
        }
        m.put("sortHeaders", headers);
        m.put("form", Form.of(Map.of("sort", "arrival", "deadlineBy", "soon")).withProblem("deadlineBy", "x"));
        m.put("caseTotal", 42L);
        m.put("caseFrom", 21);
        m.put("caseTo", 30);
        m.put("casePages", 5);
        m.put("casePageLinks", PageLinks.of(3, 5, n -> "/entries?sort=arrival&page=2&casesPage=" + n));
        m.put("casePrevHref", "/entries?sort=arrival&page=2&casesPage=2");
        m.put("caseNextHref", "/entries?sort=arrival&page=2&casesPage=4");
    }

    private static BulkJob job(BulkJobStatus status) {
        BulkJob job = mock(BulkJob.class);
        when(job.id()).thenReturn(UUID.randomUUID());
        when(job.status()).thenReturn(status);
        when(job.fileName()).thenReturn(status == BulkJobStatus.DONE ? null : "entries.csv");
        when(job.createdAt()).thenReturn(NOW);
        when(job.processed()).thenReturn(40);
        when(job.total()).thenReturn(200);
        when(job.percent()).thenReturn(20);
        when(job.created()).thenReturn(190);
        when(job.unchanged()).thenReturn(10);
        when(job.detained()).thenReturn(12);
        when(job.cleared()).thenReturn(180);
        when(job.disclosureRequired()).thenReturn(8);
        when(job.moreErrors()).thenReturn(status == BulkJobStatus.REJECTED ? 12 : 0);
        when(job.errors()).thenReturn(List.of());
        when(job.message()).thenReturn("2 errors");
        return job;
    }

    // ---- Pages ----------------------------------------------------------------------------------

    private Map<String, Object> layout(Actor actor, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.ofNullable(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/entries");
        model.put("lang", locale.toLanguageTag());
        model.put("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", actor == null ? "" : "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }

    /** Every page of the area, each in a state that shows as much of its text as it can. */
    private Map<String, Document> pages(Locale locale) {
        Map<String, Document> pages = new LinkedHashMap<>();
        for (boolean customs : new boolean[] {true, false}) {
            Map<String, Object> m = layout(customs ? OFFICER : IMPORTER, locale);
            Entry detained = detainedEntry();
            m.put("entries", List.of(detained, disclosureEntry(true)));
            m.put("openCases", List.of(openCase(detained.entryNumber())));
            m.put("form", Form.of(Map.of("deadlineBy", "soon")).withProblem("deadlineBy", "x"));
            if (customs) {
                pagedLists(m);
            }
            m.put("customs", customs);
            m.put("canFile", !customs);
            m.put("sectors", List.of());
            m.put("statuses", EntryStatus.values());
            pages.put("list customs=" + customs, render("entries/list", m, locale));
        }
        Map<String, Object> empty = layout(IMPORTER, locale);
        empty.put("entries", List.of());
        empty.put("openCases", List.of());
        empty.put("form", Form.empty());
        empty.put("customs", false);
        empty.put("canFile", true);
        empty.put("sectors", List.of());
        empty.put("statuses", EntryStatus.values());
        pages.put("list empty", render("entries/list", empty, locale));

        Map<String, Object> filing = layout(IMPORTER, locale);
        filing.put("form", Form.empty());
        filing.put("rows", List.of(0, 1, 2));
        pages.put("new", render("entries/new", filing, locale));

        pages.put("entry detained", render("entries/entry", entryModel(OFFICER, detainedEntry(), locale), locale));
        pages.put("entry held", render("entries/entry", entryModel(IMPORTER, disclosureEntry(true), locale), locale));
        pages.put(
                "entry not held",
                render("entries/entry", entryModel(IMPORTER, disclosureEntry(false), locale), locale));

        Map<String, Object> bulk = layout(IMPORTER, locale);
        bulk.put("form", Form.empty());
        bulk.put("columns", List.of("entry_number", "hs_code"));
        bulk.put("maxMiB", 200L);
        bulk.put("recent", List.of(job(BulkJobStatus.DONE), job(BulkJobStatus.REJECTED)));
        pages.put("bulk", render("entries/bulk", bulk, locale));
        for (BulkJobStatus status : BulkJobStatus.values()) {
            Map<String, Object> m = layout(IMPORTER, locale);
            m.put("job", job(status));
            pages.put("bulk-job " + status, render("entries/bulk-job", m, locale));
        }
        return pages;
    }

    private Map<String, Object> entryModel(Actor actor, Entry entry, Locale locale) {
        Map<String, Object> m = layout(actor, locale);
        boolean officer = actor.has(Role.CUSTOMS_OFFICER);
        boolean disclosure = entry.status() == EntryStatus.DISCLOSURE_REQUIRED;
        m.put("entry", entry);
        m.put("detention", entry.status() == EntryStatus.DETAINED ? detention() : null);
        m.put("regionNames", Map.of("CN", "China", "KH", "Cambodia", "653100", "Kashgar"));
        m.put("manual", null);
        m.put("canDetain", officer);
        m.put("citableDesignations", List.of());
        m.put("citablePolicies", List.of());
        m.put("detainSelected", Map.of("designationIds", List.of(), "policyIds", List.of()));
        m.put("detainForm", Form.empty());
        m.put("holdOffSectors", disclosure && !entry.held() ? List.of("COTTON") : List.of());
        m.put("canRefine", disclosure && !officer);
        m.put("refineForm", Form.empty());
        m.put("refineRows", List.of(0, 1, 2));
        return m;
    }

    private Document statistics(Locale locale) {
        Map<String, Object> m = layout(null, locale);
        m.put("form", Form.of(Map.of("period", "2026-Q1")));
        m.put("groups", StatusGroup.values());
        m.put("shortcuts", org.onus.web.pages.StatisticsPages.shortcuts(java.time.LocalDate.of(2026, 3, 5), 1));
        m.put("report", null);
        return render("statistics/cases", m, locale);
    }

    // ---- Tests ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar"})
    void everyEntryPageIsInTheReadersLanguageWithNoTextMissing(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        List<String> english = englishSentences();
        Map<String, Document> pages = pages(locale);
        pages.put("statistics", statistics(locale));
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            String html = page.getValue().outerHtml();
            assertThat(html).as("%s in %s", page.getKey(), language).doesNotContain("??");
            String shown = shownText(page.getValue());
            for (String sentence : english) {
                assertThat(shown)
                        .as("%s in %s still says \"%s\"", page.getKey(), language, sentence)
                        .doesNotContain(sentence);
            }
        }
        // The page's own texts are there, in the language asked for.
        Properties translated = bundle("entries_" + language);
        assertThat(shownText(pages.get("entry detained")))
                .contains(
                        translated.getProperty("entries.entry.why"),
                        translated.getProperty("entries.detain.title"),
                        translated.getProperty("entries.screenings"));
        assertThat(shownText(pages.get("statistics")))
                .contains(bundle("statistics_" + language).getProperty("statistics.filters.period"));
    }

    @Test
    void theSameCheckFindsEnglishWhenThePageIsInEnglish() throws IOException {
        // Guards the test above: rendered in English, the sentences it looks for are found.
        Document page = pages(Locale.ENGLISH).get("entry detained");
        String shown = shownText(page);
        assertThat(englishSentences().stream().filter(shown::contains)).hasSizeGreaterThan(10);
        assertThat(page.select("#entry-status").text()).isEqualTo("Detained");
        assertThat(page.select("#matches").text()).contains("Input 2: Cotton yarn", "China, within Kashgar");
        assertThat(page.select("#screenings").text()).contains("Designation list changed");
    }

    @Test
    void aHeldEntrySaysByWhenInTheReadersLanguageAndAnUnheldOneWhichSectorsAreOff() {
        Document held = pages(Locale.CHINESE).get("entry held");
        assertThat(held.select("#disclosure-held").text()).contains("2026", "暂缓放行");
        Document notHeld = pages(Locale.ENGLISH).get("entry not held");
        assertThat(notHeld.select("#disclosure-not-held").text())
                .contains("Not held: the disclosure hold is switched off for COTTON.");
    }

    @Test
    void wideTablesScrollInsideANamedFocusableBox() {
        for (Document page : pages(Locale.ENGLISH).values()) {
            for (Element table : page.select("table.govuk-table")) {
                Element box = table.parent();
                assertThat(box.hasClass("onus-table-scroll"))
                        .as("%s in %s", table.id(), page.title())
                        .isTrue();
                assertThat(box.attr("tabindex")).isEqualTo("0");
                assertThat(box.attr("role")).isEqualTo("region");
                String name = box.hasAttr("aria-labelledby")
                        ? page.getElementById(box.attr("aria-labelledby")).text()
                        : box.attr("aria-label");
                assertThat(name).as("name of the box around %s", table.id()).isNotBlank();
            }
        }
    }

    @Test
    void aLongEntryListIsPagedWithItsPositionAndSortsByTheColumnsOfferedAndOpenCasesPageOnTheirOwn() {
        Document page = pages(Locale.ENGLISH).get("list customs=true");

        assertThat(page.select("#entries-count").text()).isEqualTo("Entries 26 to 50 of 240");
        assertThat(page.select("nav[aria-label=Pages of entries] a").eachAttr("href"))
                .contains("/entries?sort=arrival", "/entries?sort=arrival&page=3", "/entries?sort=arrival&page=10");
        assertThat(page.select("#entries-page-2").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#entries th[aria-sort=ascending]").text()).isEqualTo("Arrival");
        assertThat(page.select("#sort-arrival").attr("href")).isEqualTo("/entries?sort=-arrival");
        assertThat(page.select("#entries thead a.onus-sort-link").eachText())
                .as("the goods are described in free text, which no index sorts")
                .containsExactly("Entry", "Importer", "Origin", "Arrival", "Status");
        assertThat(page.select("#filters input[name=sort]").val())
                .as("filtering keeps the order")
                .isEqualTo("arrival");

        assertThat(page.select("#open-cases-count").text()).isEqualTo("Cases 21 to 30 of 42");
        assertThat(page.select("#cases-page-3").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#cases-page-next").attr("href")).isEqualTo("/entries?sort=arrival&page=2&casesPage=4");
        assertThat(page.select("nav.govuk-pagination").eachAttr("aria-label"))
                .containsExactly("Pages of open detention cases", "Pages of entries");
    }

    @Test
    void aShortEntryListHasNoPaginationAndPlainHeadersWithoutSortLinks() {
        Document page = pages(Locale.ENGLISH).get("list customs=false");

        assertThat(page.select("#entries")).hasSize(1);
        assertThat(page.select("nav.govuk-pagination")).isEmpty();
        assertThat(page.select("#entries-count, #open-cases-count")).isEmpty();
        assertThat(page.select("#entries thead th").eachText())
                .containsExactly("Entry", "Goods", "Origin", "Arrival", "Status");
    }

    @Test
    void theInputFieldsAreNamedByRowAndColumnInTheReadersLanguage() {
        Document page = pages(Locale.forLanguageTag("ar")).get("new");
        assertThat(page.select("input[name=inputs[1].material]").attr("aria-label"))
                .isEqualTo("المُدخَل 2: المادة");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void statisticsPeriodControlsAreTheDesignationListsOnes() {
        Document page = statistics(Locale.ENGLISH);
        Element form = page.selectFirst("form#statistics-filter");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("label.govuk-label--s[for=period]").text()).isEqualTo("Period of detention");
        // Fixed periods only: one field, no date pickers.
        assertThat(form.select("input.govuk-input--width-10").eachAttr("name")).containsExactly("period");
        assertThat(form.select("input[type=date]")).isEmpty();
        assertThat(form.select("#period").attr("value")).isEqualTo("2026-Q1");
        assertThat(form.select("button.govuk-button--secondary[type=submit]").text())
                .isEqualTo("Show");
        assertThat(form.select("[class*=margin-left]")).isEmpty();
    }

    // ---- Helpers --------------------------------------------------------------------------------

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    /**
     * The English texts of the bundle that a reader would recognise as left untranslated: the
     * literal parts of each text between its placeholders, when long enough to be a phrase.
     */
    private static List<String> englishSentences() throws IOException {
        Properties english = bundle("entries");
        List<String> sentences = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            boolean pattern = PLACEHOLDER.matcher(text).find();
            for (String part : PLACEHOLDER.split(text)) {
                String literal = (pattern ? part.replace("''", "'") : part).strip();
                if (literal.length() >= 12 && literal.contains(" ")) {
                    sentences.add(literal);
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThan(50);
        return sentences;
    }

    /**
     * What a reader sees or hears of the page's own content (the layout around it has texts of the
     * shared bundle): the page title, the text, and the attributes that name or describe things.
     */
    private static String shownText(Document page) {
        Element main = page.selectFirst("main");
        assertThat(main).as("the page's main content").isNotNull();
        StringBuilder out = new StringBuilder(page.title()).append('\n').append(main.text());
        for (Element e : main.getAllElements()) {
            for (String attribute : List.of("aria-label", "title", "alt", "placeholder", "aria-valuetext")) {
                if (e.hasAttr(attribute)) {
                    out.append('\n').append(e.attr(attribute));
                }
            }
        }
        return out.toString();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                EntryTemplatesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Document render(String template, Map<String, Object> model, Locale locale) {
        return new TemplateHarness("/entries").render(template, model, locale);
    }
}
