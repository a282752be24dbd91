package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.Problem;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprFind;
import org.onus.core.upr.UprHit;
import org.onus.core.upr.UprHits;
import org.onus.core.upr.UprRecordCsv;

/** The search and import pages of recommendations from earlier cycles, rendered as a browser gets them. */
class UprRecordTemplatesTest {

    static final Actor DRAFTER = Actor.of("upr-drafter", "Dana Drafter", Set.of(Role.UPR_DRAFTER), null);

    private final TemplateHarness harness = new TemplateHarness("/");

    @Test
    void aRefusedFileListsEveryProblemByLineAndColumnInTheErrorSummary() {
        Map<String, Object> model = importModel();
        model.put(
                "form",
                Form.empty()
                        .withProblems(List.of(
                                new Problem("file", "Line 4, column recommending_state: give the recommending State"),
                                new Problem(
                                        "file", "Line 6, column action_category: \"7\" is not an action category"))));
        model.put("fileName", "broken.csv");
        model.put("problemCount", 2);

        Document page = harness.render("upr/records/import", model);

        assertThat(page.select("#error-summary li").eachText())
                .containsExactly(
                        "Line 4, column recommending_state: give the recommending State",
                        "Line 6, column action_category: \"7\" is not an action category");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsOnly("#file");
        assertThat(page.select("#file")).hasSize(1);
        assertThat(page.select("#nothing-stored").text()).contains("broken.csv").contains("nothing was stored");
        assertThat(page.select("#import-counts")).isEmpty();
        assertThat(page.select("form input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(page.html()).doesNotContain("??").doesNotContain("style=");
    }

    @Test
    void aSearchShowsTheTotalTheHitsAndADownloadLinkWithTheSameFilters() {
        UprRecordFilters filters = UprRecordFilters.of(Map.of("recommendingState", "Germany", "cycle", "3"));
        UprHit hit = new UprHit(
                UprHit.Kind.IMPORTED,
                UUID.randomUUID(),
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
                "28.301");
        Map<String, Object> model = layout();
        model.put("form", Form.of(filters.values()));
        model.put("hits", new UprHits(51, 1, UprFind.PAGE_SIZE, List.of(hit)));
        model.put("filtered", true);
        model.put("query", filters.query());
        model.put("previousQuery", filters.pageQuery(0));
        model.put("nextQuery", filters.pageQuery(2));
        model.put("themes", Theme.values());
        model.put("responses", StateResponse.values());
        model.put("states", List.of("France", "Germany"));
        model.put("maxExport", UprFind.MAX_EXPORT);
        model.put("isDrafter", true);

        Document page = harness.render("upr/records/search", model);

        assertThat(page.select("#record-count").text()).isEqualTo("51 recommendation(s) found, page 1 of 2");
        assertThat(page.select("#download-csv").attr("href"))
                .isEqualTo("/upr/records/export.csv?recommendingState=Germany&cycle=3");
        assertThat(page.select("#next-page").attr("href"))
                .isEqualTo("/upr/records?recommendingState=Germany&cycle=3&page=2");
        assertThat(page.select("#previous-page")).isEmpty();
        assertThat(page.select("#record-results tbody td").eachText())
                .contains("Germany", "China, cycle 3, session 31", "5");
        assertThat(page.select("#record-results tbody td").get(3).text())
                .contains("Other")
                .contains("Noted – partially");
        assertThat(page.select("#recommendingState").attr("value")).isEqualTo("Germany");
        assertThat(page.select("#cycle").attr("value")).isEqualTo("3");
        for (String id : List.of(
                "stateUnderReview",
                "recommendingState",
                "theme",
                "cycle",
                "session",
                "response",
                "actionCategory",
                "q",
                "source")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        assertThat(page.html()).doesNotContain("??").doesNotContain("style=");
    }

    private Map<String, Object> importModel() {
        Map<String, Object> model = layout();
        model.put("result", null);
        model.put("columns", UprRecordCsv.COLUMNS);
        model.put("required", UprRecordCsv.REQUIRED);
        model.put("maxMiB", 5L);
        model.put("maxRows", UprRecordCsv.MAX_ROWS);
        return model;
    }

    private static Map<String, Object> layout() {
        Map<String, Object> model = new HashMap<>();
        model.put("user", DRAFTER);
        model.put("nav", Navigation.forActor(Optional.of(DRAFTER), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/upr/records");
        model.put("lang", "en");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }
}
