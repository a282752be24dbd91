package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.detention.CaseEvidence;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.entry.Entry;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.time.BusinessCalendar;

/**
 * The case page and the notices in Chinese and Arabic carry no English from the cases bundle and
 * no missing key; an officer sees a review form only on documents still waiting for review.
 */
class CaseTemplatesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Actor OFFICER = Actor.of("officer", "Olga", Set.of(Role.CUSTOMS_OFFICER), null);

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar"})
    void theCasePageIsWrittenWhollyInTheReadersLanguage(String language) throws IOException {
        Document page = render("cases/case", caseModel(OFFICER, reviewedCase()), Locale.forLanguageTag(language));

        assertThat(page.html()).doesNotContain("??");
        assertNoEnglishSentence(page);
        assertThat(page.select("#case-title").text())
                .doesNotContain("Detention case")
                .contains("E-42");
        assertThat(page.select("#checklist-heading").text()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar"})
    void theDetentionNoticeIsWrittenWhollyInTheReadersLanguage(String language) throws IOException {
        Map<String, Object> model = caseModel(OFFICER, reviewedCase());
        model.put("traceNeeds", List.of());
        model.put("decisionDays", 30);
        model.put("pdf", false);

        Document page = render("cases/notice", model, Locale.forLanguageTag(language));

        assertThat(page.html()).doesNotContain("??");
        assertNoEnglishSentence(page);
        assertThat(page.select("#notice-title").text()).isNotEqualTo("Detention notice");
        assertThat(page.select("#authority-clock").text()).contains("30");
    }

    @Test
    void theConfiscationNoticeInChineseSaysConfiscation() throws IOException {
        DetentionCase c = detainedCase();
        c.confiscateAtDeadline(LocalDate.parse("2026-12-29"), LocalDate.parse("2027-06-27"), NOW);
        Map<String, Object> model = caseModel(OFFICER, c);
        model.put("pdf", true);
        model.put("protestDecisionDays", 30);

        Document page = render("cases/confiscation", model, Locale.CHINESE);

        assertThat(page.select("#confiscation-title").text()).isEqualTo("没收通知");
        assertThat(page.html()).doesNotContain("??");
        assertNoEnglishSentence(page);
    }

    @Test
    void anAcceptedOrRejectedDocumentShowsItsOutcomeInsteadOfAReviewForm() {
        DetentionCase c = reviewedCase();
        CaseEvidence accepted = c.evidence().get(0);
        CaseEvidence rejected = c.evidence().get(1);
        CaseEvidence pending = c.evidence().get(2);

        Document page = render("cases/case", caseModel(OFFICER, c), Locale.ENGLISH);

        assertThat(page.select("#evidence-" + accepted.id() + " form.review-form"))
                .as("an accepted document cannot be reviewed again")
                .isEmpty();
        assertThat(page.select("#evidence-" + accepted.id() + " .review").text())
                .isEqualTo("Accepted");
        assertThat(page.select("#evidence-" + accepted.id() + " .reviewed-by").text())
                .contains("officer", "29 November 2026");
        assertThat(page.select("#evidence-" + rejected.id() + " form.review-form"))
                .isEmpty();
        assertThat(page.select("#evidence-" + rejected.id() + " .review").text())
                .isEqualTo("Rejected");
        assertThat(page.select("#evidence-" + rejected.id() + " .review-reason").text())
                .isEqualTo("Not the mill that spun it");
        assertThat(page.select("#evidence-" + pending.id() + " form.review-form"))
                .hasSize(1);
        assertThat(page.select("form.review-form")).hasSize(1);
    }

    @Test
    void statementsKeepTheirLineBreaksThroughAClassNotAnInlineStyle() {
        Document page = render("cases/case", caseModel(OFFICER, reviewedCase()), Locale.ENGLISH);

        assertThat(page.select("[style]")).as("the CSP blocks inline styles").isEmpty();
        assertThat(page.select("#case-statement").hasClass("statement")).isTrue();
        assertThat(page.select("#case-statement").first().wholeText()).contains("Uzbekistan\nThe gin");
    }

    @Test
    void wideTablesScrollInsideAFocusableNamedRegion() {
        Document page = render("cases/case", caseModel(OFFICER, reviewedCase()), Locale.ENGLISH);

        for (String table : List.of("checklist", "case-timeline")) {
            var box = page.select("#" + table).first().parent();
            assertThat(box.hasClass("onus-table-scroll")).as(table).isTrue();
            assertThat(box.attr("tabindex")).isEqualTo("0");
            assertThat(page.select("#" + box.attr("aria-labelledby")).text())
                    .as("the scrolling region of %s has a name", table)
                    .isNotBlank();
        }
    }

    @Test
    void anAdministratorChoosesTheLanguageOfAnOrganisationsLettersAndAnAuditorReadsIt() {
        org.onus.core.organisation.Organisation beta = org.onus.core.organisation.Organisation.firstSeen(
                org.onus.core.organisation.OrganisationCode.of("BETA-TRADING"), "importer-b", NOW);
        beta.prefer("fr");
        Actor admin = Actor.of("admin", "Ada", Set.of(Role.ADMIN), null);
        Map<String, Object> model = caseModel(admin, detainedCase());
        model.put("currentPath", "/admin/organisations");
        model.put("organisations", List.of(beta));
        model.put("languages", org.onus.core.organisation.Organisation.LANGUAGES);
        model.put("canRename", true);
        model.put("editing", null);

        Document page = render("admin/organisations", model, Locale.ENGLISH);

        assertThat(page.select("form[action=/admin/organisations/BETA-TRADING/language] select option"))
                .extracting(o -> o.attr("value"))
                .containsExactly("ar", "en", "es", "fr", "ru", "zh");
        assertThat(page.select("#language-BETA-TRADING option[selected]").text())
                .isEqualTo("French");

        model.put("canRename", false);
        Document read = render("admin/organisations", model, Locale.forLanguageTag("es"));
        assertThat(read.select("td#language-BETA-TRADING").text()).isEqualTo("francés");
        assertThat(read.select("form")).noneMatch(f -> f.attr("action").endsWith("/language"));
    }

    @Test
    void policyStatusesAndTheProofReliedOnAreNamedInTheReadersLanguage() {
        DetentionCase c = org.mockito.Mockito.spy(reviewedCase());
        org.onus.core.detention.ProofLine line = mock(org.onus.core.detention.ProofLine.class);
        when(line.requirementCode()).thenReturn("TRACE:1");
        when(line.evidenceType()).thenReturn(CaseEvidenceType.INVOICE);
        when(line.acceptedBy()).thenReturn("officer");
        when(line.policyStatus()).thenReturn(org.onus.core.policy.PolicyStatus.REPEAL_VERIFIED);
        org.mockito.Mockito.doReturn(List.of(line)).when(c).proof();
        Map<String, Object> model = caseModel(OFFICER, c);
        model.put("policyStatus", Map.of("TRACE:1", "IN_FORCE"));

        Document page = render("cases/case", model, Locale.FRENCH);

        assertThat(page.select("#case-proof").text())
                .contains("TRACE:1", "accepté par officer")
                .doesNotContain("INVOICE", "REPEAL_VERIFIED");
        assertThat(page.select("#requirement-TRACE\\:1").text())
                .contains("Registre des politiques")
                .doesNotContain("IN_FORCE");
        assertThat(page.select("#release-blocked").text()).contains("TRACE:1");
        assertThat(page.html()).doesNotContain("??");
    }

    /** No fragment of three or more English words from the cases bundle appears on the page. */
    private static void assertNoEnglishSentence(Document page) throws IOException {
        String text = page.text();
        Properties english = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/cases.properties"))) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : english.stringPropertyNames()) {
            for (String fragment : english.getProperty(key).split("\\{[^}]*}")) {
                String f = fragment.replace("''", "'").strip();
                if (f.split("\\s+").length >= 3 && f.matches(".*[A-Za-z]{3,}.*")) {
                    assertThat(text).as("English text of %s", key).doesNotContain(f);
                }
            }
        }
    }

    private static DetentionCase detainedCase() {
        return DetentionCase.open(
                DetainedEntries.cottonTShirts(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
                "ACME-IMPORTS",
                "input 2 (tier 3) from 653125 → Xinjiang cotton",
                "screening",
                LocalDate.parse("2026-11-28"),
                Instant.parse("2026-11-28T10:00:00Z"),
                new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()),
                5,
                30);
    }

    /** A filed rebuttal with three documents: one accepted, one rejected, one waiting for review. */
    private static DetentionCase reviewedCase() {
        DetentionCase c = detainedCase();
        Requirement trace = new Requirement(RequirementCode.trace(1), "Trace input 2 (Cotton lint, tier 3)");
        c.fileRebuttal(
                Route.NOT_APPLICABLE,
                "Our cotton is from Uzbekistan\nThe gin is in Fergana",
                List.of(trace),
                "importer-a",
                LocalDate.parse("2026-11-29"),
                30,
                NOW);
        CaseEvidence accepted = offer(c, trace, CaseEvidenceType.PRODUCTION_RECORD, "production.pdf");
        CaseEvidence rejected = offer(c, trace, CaseEvidenceType.INVOICE, "invoice.pdf");
        offer(c, trace, CaseEvidenceType.TRANSPORT_DOCUMENT, "bill-of-lading-with-a-very-long-unbroken-name.pdf");
        c.reviewEvidence(accepted.id(), true, null, "officer", NOW);
        c.reviewEvidence(rejected.id(), false, "Not the mill that spun it", "officer", NOW);
        return c;
    }

    private static CaseEvidence offer(DetentionCase c, Requirement r, CaseEvidenceType type, String file) {
        CaseEvidence e = c.offer(
                new CaseEvidence.Offer(
                        type, r.code(), "Document " + file, file, "application/pdf", 1000, "ab".repeat(32)),
                "importer-a",
                LocalDate.parse("2026-11-29"),
                NOW);
        c.evidenceJudged(e.id(), true, "Admissible for a trace", NOW);
        return e;
    }

    private static Map<String, Object> caseModel(Actor actor, DetentionCase c) {
        UUID entryId = c.entryId();
        Entry entry = mock(Entry.class);
        when(entry.id()).thenReturn(entryId);
        when(entry.entryNumber()).thenReturn("E-42");
        when(entry.organisationCode()).thenReturn("ACME-IMPORTS");
        when(entry.description()).thenReturn("Cotton T-shirts");
        when(entry.hsCode()).thenReturn("6109.10");
        when(entry.amount()).thenReturn(new BigDecimal("1250.00"));
        when(entry.currency()).thenReturn("USD");
        when(entry.arrivalDate()).thenReturn(LocalDate.parse("2026-12-01"));
        when(entry.port()).thenReturn("Rotterdam");
        when(entry.listVersion()).thenReturn(3);
        when(entry.matches()).thenReturn(List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.of(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/cases/" + c.id());
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("detention", c);
        model.put("entry", entry);
        model.put("grounds", List.of());
        model.put("regionNames", Map.of());
        model.put("manual", null);
        model.put(
                "checklist",
                c.requirements().stream()
                        .map(r -> new DetentionCaseService.ChecklistItem(
                                r,
                                false,
                                c.evidence().stream()
                                        .filter(e -> r.code().code().equals(e.requirementCode()))
                                        .toList()))
                        .toList());
        model.put("unmet", c.requirements());
        model.put("traceMissing", Map.of());
        model.put("policyStatus", Map.of());
        model.put("linkable", List.of());
        model.put("evidenceTypes", CaseEvidenceType.values());
        model.put("daysLeft", 12L);
        model.put("me", actor.username());
        model.put("mayFile", false);
        model.put("mayUpload", false);
        model.put("mayReview", actor.has(Role.CUSTOMS_OFFICER));
        model.put("mayDecide", actor.has(Role.CUSTOMS_OFFICER));
        model.put("mayApprove", false);
        model.put("mayProtest", false);
        model.put("mayDecideProtest", false);
        model.put("mayRecordDisposition", false);
        model.put("protestOutcomeKey", "");
        model.put("infoRequestsLeft", 1);
        model.put("maxMiB", 50L);
        model.put("accepted", "PDF");
        model.put("formName", "");
        model.put("form", Form.empty());
        return model;
    }

    /** The real engine in a given language (the shared harness renders English only). */
    private static Document render(String template, Map<String, Object> model, Locale locale) {
        Templates templates = TemplateHarness.templates();
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("");
        when(request.getServletContext()).thenReturn(templates.servletContext);
        Map<String, Object> attributes = new HashMap<>();
        doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1)))
                .when(request)
                .setAttribute(anyString(), any());
        doAnswer(i -> attributes.remove(i.<String>getArgument(0))).when(request).removeAttribute(anyString());
        when(request.getAttribute(anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        when(request.getAttributeNames())
                .thenAnswer(i -> Collections.enumeration(new ArrayList<>(attributes.keySet())));
        when(request.getRequestURI()).thenReturn(String.valueOf(model.get("currentPath")));
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.encodeURL(anyString())).thenAnswer(i -> i.getArgument(0));
        Map<String, Object> full = new HashMap<>(model);
        full.put("lang", locale.toLanguageTag());
        full.put("dir", locale.getLanguage().equals("ar") ? "rtl" : "ltr");
        full.put("dates", new DateFormats(locale));
        StringWriter out = new StringWriter();
        templates.render(template, full, locale, request, response, out);
        return Jsoup.parse(out.toString());
    }
}
