package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onus.core.feed.FeedService;
import org.onus.core.feed.ForeignAuthority;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.Problem;

/** The regulators' feed page, with an import result, in English and French. */
class FeedTemplateTest {

    private final TemplateHarness harness = new TemplateHarness("/designations/feeds");

    private Document render(Locale locale, Form importForm) {
        Actor regulator = Actor.of("regulator", "Regulator", Set.of(Role.REGULATOR), null);
        ForeignAuthority partner = mock(ForeignAuthority.class);
        UUID id = UUID.randomUUID();
        when(partner.id()).thenReturn(id);
        when(partner.name()).thenReturn("Partner authority");
        when(partner.keyIds()).thenReturn(List.of("partner-1", "partner-2"));
        when(partner.registeredBy()).thenReturn("regulator");
        when(partner.registeredAt()).thenReturn(Instant.parse("2026-12-01T10:00:00Z"));
        FeedService.ImportResult result = new FeedService.ImportResult(
                id,
                "Partner authority",
                "partner-1",
                12,
                "Partner",
                List.of(
                        new FeedService.ItemResult(
                                "P-1", "Cotton", FeedService.Outcome.DRAFTED, UUID.randomUUID(), List.of()),
                        new FeedService.ItemResult(
                                "P-2",
                                "Somewhere",
                                FeedService.Outcome.REFUSED,
                                null,
                                List.of(new Problem("regionCodes", "There is no region with the code XX-999")))));
        Map<String, Object> model = new HashMap<>();
        model.put("user", regulator);
        model.put("nav", Navigation.forActor(Optional.of(regulator), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/designations/feeds");
        model.put("lang", locale.getLanguage());
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", "t");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("authorities", List.of(partner));
        model.put("latest", 7);
        model.put("isRegulator", true);
        model.put("form", importForm);
        model.put("registerForm", Form.empty());
        model.put("importForm", importForm);
        model.put("result", importForm.hasProblems() ? null : result);
        model.put("counts", new long[] {1, 0, 1});
        return harness.render("designations/feeds", model, locale);
    }

    @Test
    void theResultIsReportedItemByItemAndTheFormsCarryTheirToken() {
        Document page = render(Locale.ENGLISH, Form.empty());
        assertThat(page.select("#import-counts").text()).isEqualTo("1 drafted, 0 already imported, 1 not imported");
        assertThat(page.select("#import-items tbody tr")).hasSize(2);
        assertThat(page.select("#import-items tbody tr").get(1).text()).contains("P-2", "Not imported", "XX-999");
        assertThat(page.select("#import-items tbody tr a").attr("href")).startsWith("/designations/");
        assertThat(page.select("#authorities").text()).contains("Partner authority", "partner-1, partner-2");
        assertThat(page.select("#import-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("#import-form input[name=_csrf]").val()).isEqualTo("t");
        assertThat(page.select("#register-form input[name=_csrf]").val()).isEqualTo("t");
        assertThat(page.select("label[for=jwks]")).isNotEmpty();
        assertThat(page.select("#jwks-link, #jwks").size()).isPositive();
        assertThat(page.select("#latest-feed").attr("href")).isEqualTo("/api/v1/designation-feed/versions/7");
    }

    @Test
    void aRefusedImportKeepsWhatWasTypedAndLeadsToTheField() {
        Document page = render(
                Locale.FRENCH,
                Form.of(Map.of("documentUrl", "https://feeds.example.org/v/3"))
                        .withProblem("signature", "The signature does not match the document"));
        assertThat(page.select(".govuk-error-summary a[href=#signature]")).isNotEmpty();
        assertThat(page.select("#documentUrl").val()).isEqualTo("https://feeds.example.org/v/3");
        assertThat(page.select("h1").text()).isEqualTo("Flux signés des désignations");
        assertThat(page.select("#import-result")).isEmpty();
    }
}
