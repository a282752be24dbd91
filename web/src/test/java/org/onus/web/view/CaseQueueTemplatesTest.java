package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.detention.CaseOfficial;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.QueueQuery;
import org.onus.core.detention.QueueRow;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.Problem;
import org.onus.core.tasks.WorkItem;
import org.onus.core.time.BusinessCalendar;
import org.onus.web.pages.CaseQueuePages;
import org.onus.web.pages.HomePage;

/** The work queue, the assignment panel and the home page's case lines, rendered by the real engine. */
class CaseQueueTemplatesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    static final Actor OFFICER = Actor.of("officer", "Priya Nair", Set.of(Role.CUSTOMS_OFFICER), null);
    static final Actor SUPERVISOR = Actor.of("supervisor", "Tomás Ortega", Set.of(Role.CUSTOMS_SUPERVISOR), null);
    static final Actor AUDITOR = Actor.of("auditor", "Grace Okafor", Set.of(Role.AUDITOR), null);

    private static QueueRow row(String number, LocalDate deadline, String assignee) {
        return new QueueRow(
                UUID.randomUUID(),
                number,
                "ACME-IMPORTS",
                "Cotton T-shirts",
                new BigDecimal("1250.00"),
                "USD",
                TODAY.minusDays(12),
                deadline,
                CaseStatus.DETAINED,
                assignee);
    }

    private Map<String, Object> queueModel(Actor actor, String lang) {
        Map<String, Object> model = layout(actor, lang);
        QueueRow overdue = row("E-OVERDUE", TODAY.minusDays(2), null);
        QueueRow mine = row("E-MINE", TODAY.plusDays(9), "officer");
        List<CaseQueuePages.Row> rows = List.of(
                new CaseQueuePages.Row(overdue, 12, -2L, "queue.deadline.kind.REBUTTAL"),
                new CaseQueuePages.Row(mine, 12, 9L, "queue.deadline.kind.DECISION"));
        Map<String, PageLinks.SortHeader> headers = new LinkedHashMap<>();
        for (QueueQuery.Column c : QueueQuery.Column.values()) {
            headers.put(
                    c.param(),
                    new PageLinks.SortHeader(
                            "/cases?sort=" + (c == QueueQuery.Column.DEADLINE ? "-" : "") + c.param(),
                            c == QueueQuery.Column.DEADLINE ? "ascending" : "none"));
        }
        model.put("form", Form.of(Map.of("assignee", "me")));
        model.put("rows", rows);
        model.put("total", 52L);
        model.put("page", 2);
        model.put("pages", 3);
        model.put("from", 26);
        model.put("to", 50);
        model.put("sortHeaders", headers);
        model.put(
                "columns",
                java.util.Arrays.stream(QueueQuery.Column.values())
                        .map(QueueQuery.Column::param)
                        .toList());
        model.put(
                "pageLinks",
                List.of(
                        new PageLinks.PageLink(1, "/cases?assignee=me", false),
                        new PageLinks.PageLink(2, "/cases?assignee=me&page=2", true),
                        new PageLinks.PageLink(3, "/cases?assignee=me&page=3", false)));
        model.put("prevHref", "/cases?assignee=me");
        model.put("nextHref", "/cases?assignee=me&page=3");
        model.put("statuses", CaseStatus.values());
        model.put("windows", QueueQuery.Window.values());
        model.put("sectors", List.of());
        model.put("origins", List.of("VN"));
        model.put("ports", List.of("Rotterdam"));
        model.put("importers", List.of("ACME-IMPORTS"));
        model.put("officers", List.of(new CaseOfficial("officer", "Priya Nair", Instant.EPOCH)));
        model.put("filtered", true);
        model.put("me", actor.username());
        return model;
    }

    @Test
    void anUnknownSectorIsNamedBesideTheSectorList() {
        Map<String, Object> model = queueModel(OFFICER, "en");
        model.put(
                "form",
                Form.of(Map.of("sector", "NO-SUCH"))
                        .withProblems(List.of(new Problem("sector", "There is no sector NO-SUCH"))));
        Document page = render("cases/queue", model, Locale.ENGLISH);

        assertThat(page.select("#error-summary a[href=#sector]").text()).isEqualTo("There is no sector NO-SUCH");
        assertThat(page.select("#sector").parents().first().hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(page.select("#sector").parents().first().text()).contains("There is no sector NO-SUCH");
    }

    @Test
    void aPortFilterWrittenInAnyCaseKeepsItsPortChosenInTheList() {
        Map<String, Object> model = queueModel(OFFICER, "en");
        model.put("form", Form.of(Map.of("port", "rotterdam")));
        Document page = render("cases/queue", model, Locale.ENGLISH);

        assertThat(page.select("#port option[selected]").attr("value")).isEqualTo("Rotterdam");
    }

    @Test
    void theQueueListsEachCaseWithItsRealDeadlineSortableColumnsAndPages() {
        Document page = render("cases/queue", queueModel(OFFICER, "en"), Locale.ENGLISH);

        assertThat(page.select("h1").text()).isEqualTo("Work queue");
        assertThat(page.select("#queue-results").text()).isEqualTo("Cases 26 to 50 of 52");
        assertThat(page.select("#queue-table tbody tr")).hasSize(2);
        assertThat(page.select("#queue-table tbody tr").get(0).text())
                .contains("E-OVERDUE", "ACME-IMPORTS", "Cotton T-shirts", "1250.00 USD", "12", "1 December 2026")
                .contains("Overdue by 2 day(s)", "Importer's rebuttal due", "Shared queue", "Detained");
        assertThat(page.select("#queue-table tbody tr").get(1).text()).contains("Days left: 9", "You");
        assertThat(page.select("#queue-table a[href^=/cases/]").first().text()).isEqualTo("E-OVERDUE");
        assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Deadline");
        assertThat(page.select("th[aria-sort=none]")).hasSize(7);
        assertThat(page.select("#sort-deadline").attr("href")).isEqualTo("/cases?sort=-deadline");
        // The table scrolls inside its own region, which keyboard users can reach and screen readers name.
        assertThat(page.select(".onus-table-scroll").attr("tabindex")).isEqualTo("0");
        assertThat(page.select(".onus-table-scroll").attr("role")).isEqualTo("region");
        assertThat(page.select(".onus-table-scroll").attr("aria-labelledby")).isEqualTo("queue-caption");
        assertThat(page.select(".govuk-pagination__item--current a").attr("aria-current"))
                .isEqualTo("page");
        assertThat(page.select("#page-next").attr("href")).isEqualTo("/cases?assignee=me&page=3");
        assertThat(page.select("#assignee option[selected]").attr("value")).isEqualTo("me");
        assertThat(page.select("[style]")).as("no inline styles (CSP)").isEmpty();
        assertThat(page.html()).doesNotContain("??");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar", "fr", "ru", "es"})
    void theQueueSpeaksEachLanguage(String language) {
        Document page = render("cases/queue", queueModel(OFFICER, language), Locale.forLanguageTag(language));

        assertThat(page.html()).doesNotContain("??");
        String text = page.text();
        for (String english : List.of(
                "Work queue",
                "Filter the queue",
                "Apply filters",
                "Entry number",
                "Days detained",
                "Declared value",
                "Shared queue",
                "Overdue by",
                "Days left",
                "Importer's rebuttal due",
                "Cases 26 to 50")) {
            assertThat(text).as("%s in %s", english, language).doesNotContain(english);
        }
        assertThat(text).contains("E-OVERDUE", "ACME-IMPORTS", "Cotton T-shirts");
    }

    @Test
    void theChineseAndArabicQueuesReadAsSuch() {
        assertThat(render("cases/queue", queueModel(OFFICER, "zh"), Locale.forLanguageTag("zh"))
                        .select("h1")
                        .text())
                .isEqualTo("工作队列");
        Document arabic = render("cases/queue", queueModel(OFFICER, "ar"), Locale.forLanguageTag("ar"));
        assertThat(arabic.select("h1").text()).isEqualTo("قائمة العمل");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
    }

    private DetentionCase detention() {
        return DetentionCase.open(
                DetainedEntries.cottonTShirts(UUID.randomUUID()),
                "ACME-IMPORTS",
                "matched",
                "screening",
                TODAY,
                Instant.parse("2026-12-03T09:00:00Z"),
                new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()),
                5,
                30);
    }

    private Document assignmentPage(
            Actor actor, DetentionCase c, boolean ownPage, Form form, String formName, String lang) {
        Map<String, Object> model = layout(actor, lang);
        model.put("detention", c);
        if (ownPage) {
            model.put("officers", List.of(new CaseOfficial("officer", "Priya Nair", Instant.EPOCH)));
        }
        model.put("form", form);
        model.put("formName", formName);
        return render("cases/assignment", model, Locale.forLanguageTag(lang));
    }

    @Test
    void anOfficerTakesACaseFromTheSharedQueueAndCanStepAside() {
        Document page = assignmentPage(OFFICER, detention(), false, Form.empty(), null, "en");

        assertThat(page.select("#assignment-status").text()).startsWith("In the shared queue");
        assertThat(page.select("form[action$=/take] button#take-case")).hasSize(1);
        assertThat(page.select("form[action$=/take] input[name=_csrf]").attr("value"))
                .isEqualTo("token-1");
        assertThat(page.select("#hand-back")).isEmpty();
        assertThat(page.select("#assign-form, #assign-link"))
                .as("officers do not assign")
                .isEmpty();
        assertThat(page.select("#step-aside-form textarea[name=reason]")).hasSize(1);
    }

    @Test
    void whoWorksTheCaseIsShownAndOnlyThatOfficerHandsItBack() {
        DetentionCase c = detention();
        c.take("officer", Instant.now());

        Document own = assignmentPage(OFFICER, c, false, Form.empty(), null, "en");
        assertThat(own.select("#assignment-status").text()).isEqualTo("Assigned to you.");
        assertThat(own.select("#hand-back")).hasSize(1);
        assertThat(own.select("#take-case")).isEmpty();

        Document supervisor = assignmentPage(SUPERVISOR, c, false, Form.empty(), null, "en");
        assertThat(supervisor.select("#assignment-status").text()).isEqualTo("Assigned to officer.");
        assertThat(supervisor.select("#assign-link").attr("href")).endsWith("/assignment");
        assertThat(supervisor.select("#take-case, #hand-back")).isEmpty();

        Document auditor = assignmentPage(AUDITOR, c, false, Form.empty(), null, "en");
        assertThat(auditor.select("#assignment-status").text()).isEqualTo("Assigned to officer.");
        assertThat(auditor.select("#assignment form")).as("auditors only read").isEmpty();
    }

    @Test
    void aSupervisorAssignsFromTheListAndARefusedStepAsideComesBackWithItsReason() {
        DetentionCase c = detention();
        Document page = assignmentPage(SUPERVISOR, c, true, Form.empty(), null, "en");
        assertThat(page.select("#assign-form select[name=assignee] option[value=officer]")
                        .text())
                .isEqualTo("Priya Nair (officer)");

        Form refused = Form.of(Map.of("reason", ""))
                .withProblems(List.of(new org.onus.core.problem.Problem("reason", "Say why you step aside")));
        Document again = assignmentPage(OFFICER, c, true, refused, "stepAside", "en");
        assertThat(again.select("#error-summary a[href=#reason]").text()).isEqualTo("Say why you step aside");
        assertThat(again.select("textarea#reason")).hasSize(1);
        assertThat(again.select("#reason-error").text()).contains("Say why you step aside");
        assertThat(again.select("details[open]")).hasSize(1);
    }

    @Test
    void anOfficialWhoSteppedAsideIsWarnedAndListed() {
        DetentionCase c = detention();
        c.stepAside("officer", "Family tie to the importer", Instant.parse("2026-12-03T10:00:00Z"));

        Document page = assignmentPage(OFFICER, c, false, Form.empty(), null, "en");
        assertThat(page.select("#you-stepped-aside").text()).contains("You stepped aside from this case");
        assertThat(page.select("#stepped-aside li").text())
                .isEqualTo("officer, 3 December 2026: Family tie to the importer");
        assertThat(page.select("#take-case, #step-aside-form")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar"})
    void theAssignmentPanelIsTranslated(String language) {
        DetentionCase c = detention();
        c.stepAside("officer-2", "reason", Instant.parse("2026-12-03T10:00:00Z"));
        Document page = assignmentPage(SUPERVISOR, c, true, Form.empty(), null, language);
        assertThat(page.html()).doesNotContain("??");
        assertThat(page.text())
                .doesNotContain("Who works this case", "shared queue", "Assign to", "Step aside", "Back to the");
    }

    @Test
    void theHomePageShowsACaseTaskByEntryGoodsAndRealDeadlineAndLinksToTheQueue() {
        Map<String, Object> model = layout(OFFICER, "en");
        UUID caseId = UUID.randomUUID();
        QueueRow r = new QueueRow(
                caseId,
                "E-2026-0042",
                "ACME-IMPORTS",
                "Cotton T-shirts",
                new BigDecimal("1250.00"),
                "USD",
                TODAY.minusDays(3),
                TODAY.plusDays(9),
                CaseStatus.REBUTTAL_SUBMITTED,
                null);
        model.put("actor", OFFICER);
        model.put("roles", List.of("role.customs-officer"));
        model.put(
                "workItems",
                List.of(new WorkItem(
                        "t1",
                        "Review the evidence and decide",
                        "Detention case",
                        caseId.toString(),
                        Instant.parse("2026-12-01T10:00:00Z"),
                        null,
                        false,
                        "/cases/" + caseId)));
        model.put("caseLines", Map.of(caseId.toString(), new HomePage.CaseLine(r, 9L)));
        model.put("queueLink", true);

        Document page = render("home/index", model, Locale.ENGLISH);

        assertThat(page.select("table tbody tr td").eachText())
                .contains("Cotton T-shirts")
                .noneMatch(t -> t.contains(caseId.toString()))
                .noneMatch(t -> t.equals("No deadline"));
        assertThat(page.select("table tbody a[href=/cases/" + caseId + "]").eachText())
                .contains("E-2026-0042");
        assertThat(page.select("table tbody").text()).contains("12 December 2026", "Days left: 9");
        assertThat(page.select("#full-queue").attr("href")).isEqualTo("/cases");
    }

    private Map<String, Object> layout(Actor actor, String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.ofNullable(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/cases");
        model.put("currentSection", "/cases");
        model.put("lang", lang);
        model.put("dir", lang.equals("ar") ? "rtl" : "ltr");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.forLanguageTag(lang)));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }

    private Document render(String template, Map<String, Object> model, Locale locale) {
        return new TemplateHarness("/cases").render(template, model, locale);
    }
}
