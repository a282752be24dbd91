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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.retention.RetentionConfig;
import org.onus.web.pages.RetentionPages;

/** The retention page: administrators get the run form, auditors read; every language is whole. */
class RetentionTemplatesTest {

    static final Actor ADMIN = Actor.of("admin", "Sam", Set.of(Role.ADMIN), null);
    static final Actor AUDITOR = Actor.of("auditor", "Grace", Set.of(Role.AUDITOR), null);

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ar", "fr", "ru", "es"})
    void thePageIsWhollyInTheReadersLanguage(String language) throws IOException {
        Document page = render(model(ADMIN, true, Locale.forLanguageTag(language)), Locale.forLanguageTag(language));

        assertThat(page.html()).doesNotContain("??");
        String text = page.text();
        Properties english = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/retention.properties"))) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : english.stringPropertyNames()) {
            for (String fragment : english.getProperty(key).split("\\{[^}]*}")) {
                String f = fragment.strip();
                if (f.split("\\s+").length >= 3 && f.matches(".*[A-Za-z]{3,}.*")) {
                    assertThat(text).as("English text of %s", key).doesNotContain(f);
                }
            }
        }
    }

    @Test
    void anAdministratorMayRunItAndSeesEachRunWithWhatItRemoved() {
        Document page = render(model(ADMIN, true, Locale.ENGLISH), Locale.ENGLISH);

        assertThat(page.select("form[action=/admin/retention/runs] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("#retention-schedule").text()).isEqualTo("Every day at 03:00 UTC");
        assertThat(page.select("#retention-rules td").eachText()).containsExactly("Closed detention cases", "P10Y");
        assertThat(page.select("#run-r1").text()).contains("Completed", "cases: 2", "documents: 5", "system");
        assertThat(page.select("#run-r2").text()).contains("Failed", "disk full");
    }

    @Test
    void anAuditorOnlyReads() {
        Document page = render(model(AUDITOR, false, Locale.ENGLISH), Locale.ENGLISH);

        assertThat(page.select("form")).noneMatch(f -> f.attr("action").contains("retention"));
        assertThat(page.select("#retention-runs")).hasSize(1);
    }

    private static Map<String, Object> model(Actor actor, boolean canRun, Locale locale) {
        String label = Messages.text(locale, "retention.rule.closed-cases");
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.of(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/admin/retention");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("settings", RetentionConfig.of("P10Y", "P5Y", "PT24H", "3", "true"));
        model.put("runHour", "03:00");
        model.put("rules", List.of(new RetentionPages.RuleRow("closed-cases", label, "P10Y")));
        Instant at = Instant.parse("2026-12-03T03:00:00Z");
        model.put(
                "runs",
                List.of(
                        new RetentionPages.RunRow(
                                "r1",
                                label,
                                at,
                                Instant.parse("2016-12-03T03:00:00Z"),
                                "P10Y",
                                "system",
                                false,
                                2,
                                "cases: 2, documents: 5",
                                null),
                        new RetentionPages.RunRow(
                                "r2",
                                label,
                                at,
                                Instant.parse("2016-12-03T03:00:00Z"),
                                "P10Y",
                                "admin",
                                true,
                                0,
                                "",
                                "IOException: disk full")));
        model.put("canRun", canRun);
        model.put("form", Form.empty());
        return model;
    }

    private static Document render(Map<String, Object> model, Locale locale) {
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
        templates.render("admin/retention", full, locale, request, response, out);
        return Jsoup.parse(out.toString());
    }
}
