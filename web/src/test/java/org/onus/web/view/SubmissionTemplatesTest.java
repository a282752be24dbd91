package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.submission.ReceiptCode;
import org.onus.core.submission.Submission;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionStatus;

/** The submission point's pages, rendered with the real templates. */
class SubmissionTemplatesTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    static Submission submission() {
        Submission s = Submission.receive(
                new Submission.Description(
                        "Workers are sent to the mill",
                        List.of("650000"),
                        List.of("COTTON"),
                        List.of("Mill A"),
                        List.of("https://example.org"),
                        true,
                        "me@example.org"),
                new Submission.References(c -> true, c -> true),
                List.of(new Submission.File("a".repeat(64), "notice.pdf", "application/pdf", 10)),
                ReceiptCode.random(),
                "hash",
                NOW);
        s.ask("Which town?", "regulator", NOW);
        return s;
    }

    private Document render(String path, String template, Map<String, Object> extra, boolean signedIn) {
        Map<String, Object> model = new HashMap<>();
        Optional<Actor> actor =
                signedIn ? Optional.of(Actor.of("regulator", "R", Set.of(Role.REGULATOR), null)) : Optional.empty();
        model.put("user", actor.orElse(null));
        model.put("nav", Navigation.forActor(actor, "http://localhost:8180/realms/onus"));
        model.put("currentPath", path);
        model.put("lang", "en");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", "token");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("form", Form.empty());
        model.putAll(extra);
        return new TemplateHarness(path).render(template, model);
    }

    @Test
    void theFormOffersRegionsSectorsFilesAndContactWithAHoneypot() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("650000", "Xinjiang");
        Document page = render(
                "/submit",
                "submissions/form",
                Map.of(
                        "fileLost",
                        true,
                        "regions",
                        regions,
                        "sectors",
                        List.of(),
                        "chosenRegions",
                        Set.of("650000"),
                        "chosenSectors",
                        Set.of(),
                        "maxAttachments",
                        5,
                        "maxMiB",
                        10L,
                        "accepted",
                        "PDF"),
                false);
        assertThat(page.select("#regionCodes option[selected]").text()).contains("Xinjiang (650000)");
        assertThat(page.select("input[name=_csrf]").attr("value")).isEqualTo("token");
        assertThat(page.select("#website")).hasSize(1);
        assertThat(page.select("#attachments-hint").text()).contains("5", "10");
        assertThat(page.select("nav a[href=/submit]")).isNotEmpty();
    }

    @Test
    void theReceiptStatusAndLimitPagesRender() {
        assertThat(render("/submit", "submissions/receipt", Map.of("code", "AAAA-BBBB-CCCC-DDDD-EEEE"), false)
                        .select("#receipt-code")
                        .text())
                .isEqualTo("AAAA-BBBB-CCCC-DDDD-EEEE");
        Document status = render(
                "/submit/status",
                "submissions/status",
                Map.of("submission", submission(), "receiptCode", "X", "answered", true),
                false);
        assertThat(status.select("#status").text()).isEqualTo("Question open");
        assertThat(status.select("#question-1").text()).contains("Which town?").doesNotContain("regulator");
        assertThat(status.select("#answer-1")).hasSize(1);
        assertThat(render("/submit/status", "submissions/status-form", Map.of(), false)
                        .select("#receiptCode"))
                .hasSize(1);
        assertThat(render("/submit", "submissions/limited", Map.of("minutes", 12L), false)
                        .select("#limited")
                        .text())
                .contains("12 minutes");
    }

    @Test
    void theQueueAndTheSubmissionPageShowTriageToRegulators() {
        Submission s = submission();
        Document queue = render(
                "/submissions",
                "submissions/queue",
                Map.of(
                        "results",
                        new SubmissionService.SubmissionPage(List.of(s), 1),
                        "page",
                        1,
                        "pages",
                        1,
                        "statuses",
                        SubmissionStatus.values()),
                true);
        assertThat(queue.select("#submissions tbody tr")).hasSize(1);
        assertThat(queue.select("#submissions tbody tr").text()).contains("650000", "Question open");

        Document detail = render(
                "/submissions/" + s.id(),
                "submissions/submission",
                Map.of(
                        "submission",
                        s,
                        "regionNames",
                        Map.of("650000", "Xinjiang"),
                        "mayTriage",
                        true,
                        "mayReadContact",
                        true),
                true);
        assertThat(detail.select("#contact").text()).isEqualTo("me@example.org");
        assertThat(detail.select("#ask, #accept, #link, #reject")).hasSize(4);
        assertThat(detail.text()).contains("Xinjiang", "COTTON", "notice.pdf", "Which town?");

        Document forAuditor = render(
                "/submissions/" + s.id(),
                "submissions/submission",
                Map.of("submission", s, "regionNames", Map.of(), "mayTriage", false, "mayReadContact", false),
                true);
        assertThat(forAuditor.select("#contact, #ask")).isEmpty();
    }
}
