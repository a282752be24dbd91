package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.web.errors.ErrorRendering;
import org.onus.web.errors.Failure;
import org.onus.workflows.tasks.WorkItem;

/** Renders the real templates with the real engine and message bundle, as a browser would get them. */
class TemplatesTest {

    private Templates templates;
    private HttpServletRequest request;
    private HttpServletResponse response;

    @BeforeEach
    void engine() {
        templates = new Templates();
        ServletContext servletContext = mock(ServletContext.class);
        when(servletContext.getContextPath()).thenReturn("");
        templates.servletContext = servletContext;
        templates.cache = false;
        templates.init();
        request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("");
        when(request.getServletContext()).thenReturn(servletContext);
        // Thymeleaf keeps template-local variables (fragment parameters) as request attributes.
        Map<String, Object> attributes = new HashMap<>();
        doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1)))
                .when(request)
                .setAttribute(anyString(), any());
        doAnswer(i -> attributes.remove(i.<String>getArgument(0))).when(request).removeAttribute(anyString());
        when(request.getAttribute(anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        when(request.getAttributeNames())
                .thenAnswer(i -> Collections.enumeration(new ArrayList<>(attributes.keySet())));
        when(request.getRequestURI()).thenReturn("/");
        response = mock(HttpServletResponse.class);
        when(response.encodeURL(anyString())).thenAnswer(i -> i.getArgument(0));
    }

    @Test
    void homeGreetsByNameListsRolesAndTheWorkQueueNearestDeadlineFirst() {
        Actor actor = Actor.of("senior-regulator", "Jonas Berg", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR), null);
        Map<String, Object> model = layoutModel(actor);
        model.put("actor", actor);
        model.put("roles", List.of("role.regulator", "role.senior-regulator"));
        model.put(
                "workItems",
                List.of(new WorkItem(
                        "t1",
                        "Review designation",
                        "Designation lifecycle",
                        "D-1",
                        Instant.parse("2026-11-20T10:00:00Z"),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        false,
                        "/designations/D-1")));

        Document page = render("home/index", model);
        assertThat(page.select("table tbody a[href=/designations/D-1]").text()).isEqualTo("Review designation");

        assertThat(page.select("h1#greeting").text()).isEqualTo("Welcome, Jonas Berg");
        assertThat(page.select("#roles li")).extracting(e -> e.text()).anyMatch(t -> t.startsWith("Senior regulator"));
        assertThat(page.select("table tbody tr td").eachText()).contains("D-1", "1 December 2026");
        assertThat(page.select("header").text()).contains("Jonas Berg", "Sign out");
        assertThat(page.select("form[action=/logout] input[name=_csrf]").attr("value"))
                .isEqualTo("token-1");
        assertThat(page.html()).doesNotContain("??");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
    }

    @Test
    void anEmptyWorkQueueSaysSo() {
        Actor actor = Actor.of("auditor", "Grace Okafor", Set.of(Role.AUDITOR), null);
        Map<String, Object> model = layoutModel(actor);
        model.put("actor", actor);
        model.put("roles", List.of("role.auditor"));
        model.put("workItems", List.of());

        Document page = render("home/index", model);

        assertThat(page.select("#work-queue-empty").text()).startsWith("Nothing is waiting for you");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aServerErrorPageGivesAReferenceAndNothingElse() {
        Failure failure = Failure.serverError(500);
        Map<String, Object> model = layoutModel(null);
        model.putAll(ErrorRendering.page(failure).model());

        Document page = render("error/error", model);

        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select("#error-reference").text()).contains(failure.reference());
        assertThat(page.html())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("WildFly")
                .doesNotContain("??");
    }

    @Test
    void notFoundPageHasNoReference() {
        Map<String, Object> model = layoutModel(null);
        model.putAll(ErrorRendering.page(Failure.of(404)).model());

        Document page = render("error/error", model);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("#error-reference")).isEmpty();
        assertThat(page.select("header form"))
                .as("no sign-out for anonymous visitors")
                .isEmpty();
    }

    @Test
    void theInboxMarksUnreadMessagesOffersToMarkThemReadAndShowsTheCountInTheHeader() {
        Actor actor = Actor.of("importer-a", "Alice Martin", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        Map<String, Object> model = layoutModel(actor);
        model.put("unreadCount", 1L);
        org.onus.core.notification.InboxMessage unread = org.onus.core.notification.InboxMessage.to(
                "importer-a",
                "Designation list version 3 published",
                "Line one\nLine <b>two</b>",
                "/policies",
                Instant.parse("2026-11-20T10:00:00Z"));
        model.put("messages", List.of(unread));
        model.put("limit", 200);

        Document page = render("inbox/list", model);

        assertThat(page.select("#unread-count").text()).isEqualTo("1");
        assertThat(page.select("#inbox-link").attr("href")).isEqualTo("/inbox");
        org.jsoup.nodes.Element message = page.selectFirst("#message-" + unread.id());
        assertThat(message).isNotNull();
        assertThat(message.select(".govuk-tag").text()).isEqualTo("Unread");
        assertThat(message.select("h2").text()).contains("Designation list version 3 published");
        assertThat(message.select(".onus-inbox__body").html()).doesNotContain("<b>");
        assertThat(message.select("a.govuk-link").attr("href")).isEqualTo("/policies");
        assertThat(message.select("form").attr("action")).isEqualTo("/inbox/" + unread.id() + "/read");
        assertThat(message.select("form input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void anEmptyInboxSaysSoAndTheHeaderShowsNoCount() {
        Map<String, Object> model = layoutModel(Actor.of("auditor", "Grace Okafor", Set.of(Role.AUDITOR), null));
        model.put("messages", List.of());
        model.put("limit", 200);

        Document page = render("inbox/list", model);

        assertThat(page.select("#inbox-empty").text()).isEqualTo("You have no messages.");
        assertThat(page.select("#unread-count")).isEmpty();
    }

    @Test
    void aRefusedSubscriptionKeepsWhatWasTypedAndSaysWhatIsWrongBesideTheField() {
        Map<String, Object> model =
                layoutModel(Actor.of("importer-a", "Alice Martin", Set.of(Role.IMPORTER), "ACME-IMPORTS"));
        model.put("subscription", null);
        model.put(
                "form",
                Form.of(Map.of("email", "alice@"))
                        .withProblem("email", "Enter an email address in the correct format, like name@example.org"));

        Document page = render("subscriptions/designation-list", model);

        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select("#subscription-status").text()).isEqualTo("You are not subscribed.");
        assertThat(page.select("input#email").attr("value")).isEqualTo("alice@");
        assertThat(page.select("#email-error").text()).contains("correct format");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#email");
        assertThat(page.select("form[action=/subscriptions] input[name=_csrf]").attr("value"))
                .isEqualTo("token-1");
        assertThat(page.select("#unsubscribe")).isEmpty();
        assertThat(page.html()).doesNotContain("??");
    }

    private Map<String, Object> layoutModel(Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.ofNullable(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/");
        model.put("lang", "en");
        model.put("build", new BuildInfo("test", "5.14.0", "2.0.4"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", actor == null ? "" : "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }

    private Document render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        templates.render(template, model, Locale.ENGLISH, request, response, out);
        return Jsoup.parse(out.toString());
    }
}
