package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.publication.DecidedRequirement;
import org.onus.core.publication.DecisionFacts;
import org.onus.core.publication.DecisionKind;
import org.onus.core.publication.DecisionPage;
import org.onus.core.publication.DecisionRegion;
import org.onus.core.publication.PublicationService;
import org.onus.core.publication.PublishedDecision;
import org.onus.core.publication.Redaction;
import org.onus.core.rebuttal.Route;

/** The published decisions' pages with the real templates, in every language. */
class DecisionTemplatesTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    static DecisionFacts facts(DecisionKind kind, String outcome, Route route) {
        return new DecisionFacts(
                UUID.randomUUID(),
                kind,
                outcome,
                LocalDate.parse("2026-11-30"),
                route,
                List.of("COTTON"),
                List.of(new DecisionRegion("650000", true), new DecisionRegion("CN", false)),
                "52",
                "CN",
                4,
                List.of(new DecidedRequirement("TARGETS_NOT_ENFORCED", "TARGETS_NOT_ENFORCED", true)));
    }

    static PublishedDecision published() {
        return PublishedDecision.publishedOnRelease(
                facts(DecisionKind.RELEASE, "RELEASED", Route.EXCEPTION),
                "D-2026-ABCDEF",
                "ACME",
                LocalDate.parse("2026-12-01"),
                AT);
    }

    static PublishedDecision proposed() {
        return PublishedDecision.propose(
                facts(DecisionKind.CONFISCATION, "CONFISCATED", Route.NOT_APPLICABLE),
                "D-2026-GHJKLM",
                "ACME",
                "A note.",
                new Redaction(List.of()),
                "regulator",
                AT);
    }

    private Document render(String path, String template, Actor user, Locale locale, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("nav", Navigation.forActor(Optional.ofNullable(user), "http://localhost:8180/realms/onus"));
        model.put("currentPath", path);
        model.put("lang", locale.toLanguageTag());
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", "t");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("form", Form.empty());
        model.put("regionNames", Map.of("650000", "Xinjiang"));
        model.putAll(extra);
        return new TemplateHarness(path).render(template, model, locale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ar", "fr", "ru", "es"})
    void theListShowsEachDecisionWithItsFactsAndNoUntranslatedKey(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> extra = new HashMap<>();
        extra.put("sectors", List.of());
        extra.put("routes", List.of("NOT_APPLICABLE", "EXCEPTION", "NONE"));
        extra.put("outcomes", List.of("RELEASE", "CONFISCATED"));
        extra.put("staff", false);
        extra.put("result", new DecisionPage(1, 1, 20, List.of(published())));
        extra.put("query", "");
        extra.put("csvHref", "/api/v1/decisions?format=csv");
        Document page = render("/decisions", "decisions/list", null, locale, extra);
        assertThat(page.select("#decisions-table tbody tr")).hasSize(1);
        assertThat(page.select("#decisions-table a[href=/decisions/D-2026-ABCDEF]"))
                .hasSize(1);
        assertThat(page.select("#decisions-table").text()).contains("Xinjiang", "650000", "COTTON");
        assertThat(page.select("#csv-download").attr("href")).isEqualTo("/api/v1/decisions?format=csv");
        assertThat(page.html()).doesNotContain("??");
        assertThat(page.select("label[for=region]")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void aPublishedDecisionCitesTheListVersionAndRequirementsAndOffersNoFormToThePublic(String language) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("decision", published());
        extra.put("staff", false);
        extra.put("mayApprove", false);
        extra.put("ownProposal", false);
        extra.put("mayWithdraw", false);
        Document page =
                render("/decisions/D-2026-ABCDEF", "decisions/decision", null, Locale.forLanguageTag(language), extra);
        assertThat(page.select("#fact-list-version a").attr("href")).isEqualTo("/designations/versions/4");
        assertThat(page.select("#requirements tbody tr")).hasSize(1);
        assertThat(page.select("#decision-summary").attr("lang")).isEqualTo("en");
        assertThat(page.select("form")).isEmpty();
        assertThat(page.select("a[href=/api/v1/decisions/D-2026-ABCDEF]")).hasSize(1);
        assertThat(page.html()).doesNotContain("??");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anotherRegulatorIsOfferedTheApprovalTheProposerIsNot(String language) {
        Actor senior = Actor.of("senior", "S", Set.of(Role.SENIOR_REGULATOR), null);
        Map<String, Object> extra = new HashMap<>();
        extra.put("decision", proposed());
        extra.put("staff", true);
        extra.put("mayApprove", true);
        extra.put("ownProposal", false);
        extra.put("mayWithdraw", true);
        Document page = render(
                "/decisions/D-2026-GHJKLM", "decisions/decision", senior, Locale.forLanguageTag(language), extra);
        assertThat(page.select("#approve-form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("#withdraw-form textarea#reason")).hasSize(1);
        assertThat(page.select("#decision-status")).hasSize(1);
        assertThat(page.select("#decision-note").text()).isEqualTo("A note.");
        assertThat(page.select("a[href^=/api/v1/decisions]"))
                .as("a proposal has no public JSON to link to")
                .isEmpty();

        extra.put("ownProposal", true);
        Document own = render("/decisions/D-2026-GHJKLM", "decisions/decision", senior, Locale.ENGLISH, extra);
        assertThat(own.select("#approve-form")).isEmpty();
        assertThat(own.select("#four-eyes")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void thePendingQueueAndTheProposalFormRender(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Actor regulator = Actor.of("regulator", "R", Set.of(Role.REGULATOR), null);
        UUID caseId = UUID.randomUUID();
        Document pending = render(
                "/decisions/pending",
                "decisions/pending",
                regulator,
                locale,
                Map.of(
                        "proposals",
                        List.of(proposed()),
                        "proposable",
                        List.of(new PublicationService.ProposableCase(
                                caseId, "EXCLUDED", LocalDate.parse("2026-11-01"), DecisionKind.EXCLUSION))));
        assertThat(pending.select("#proposals a[href=/decisions/D-2026-GHJKLM]"))
                .hasSize(1);
        assertThat(pending.select("#proposable a[href=/decisions/cases/" + caseId + "]"))
                .hasSize(1);
        assertThat(pending.html()).doesNotContain("??");

        Document propose = render(
                "/decisions/cases/" + caseId,
                "decisions/propose",
                regulator,
                locale,
                Map.of(
                        "caseId",
                        caseId,
                        "existing",
                        List.of(),
                        "form",
                        Form.empty().withProblem("note", "Remove the entry number (ENTRY_NUMBER)")));
        assertThat(propose.select("#propose-form input[name=_csrf]")).hasSize(1);
        assertThat(propose.select("#error-summary a[href=#note]")).hasSize(1);
        assertThat(propose.select("label[for=note]")).hasSize(1);
    }
}
