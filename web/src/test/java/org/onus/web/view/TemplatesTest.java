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
import org.onus.core.bulk.BulkJob;
import org.onus.core.bulk.BulkJobError;
import org.onus.core.bulk.BulkJobStatus;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.tasks.WorkItem;
import org.onus.core.tasks.WorkQueue;
import org.onus.web.errors.ErrorRendering;
import org.onus.web.errors.Failure;

/** Renders the real templates with the real engine and message bundle, as a browser would get them. */
class TemplatesTest {

    private final TemplateHarness harness = new TemplateHarness("/");

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
        model.put("workPage", new WorkQueue.Page(List.of(), 1, 25, 1, 0));
        model.put("pageLinks", List.of());

        Document page = render("home/index", model);

        assertThat(page.select("#work-queue-empty").text()).startsWith("Nothing is waiting for you");
        assertThat(page.select("table")).isEmpty();
        assertThat(page.select("nav.govuk-pagination"))
                .as("one page needs no pagination")
                .isEmpty();
    }

    @Test
    void aLongWorkQueueIsPagedWithItsPositionAndLinksToTheOtherPages() {
        Actor actor = Actor.of("officer", "Omar Haddad", Set.of(Role.CUSTOMS_OFFICER), null);
        Map<String, Object> model = layoutModel(actor);
        model.put("actor", actor);
        model.put("roles", List.of("role.customs-officer"));
        WorkItem item = new WorkItem(
                "t26",
                "Review the rebuttal",
                "Detention case",
                "C-26",
                Instant.parse("2026-11-20T10:00:00Z"),
                null,
                false,
                null);
        model.put("workItems", List.of(item));
        model.put("workPage", new WorkQueue.Page(List.of(item), 2, 25, 9, 212));
        model.put("pageLinks", PageLinks.of(2, 9, n -> "/?page=" + n));
        model.put("prevHref", "/?page=1");
        model.put("nextHref", "/?page=3");

        Document page = render("home/index", model);

        assertThat(page.select("#work-queue-count").text()).isEqualTo("Tasks 26 to 26 of 212");
        assertThat(page.select("nav.govuk-pagination a").eachAttr("href")).contains("/?page=1", "/?page=3", "/?page=9");
        assertThat(page.select("#work-page-2").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("nav.govuk-pagination").attr("aria-label")).isEqualTo("Pages of your work queue");
    }

    @Test
    void listVersionsArePagedAndComparedByNumberWithoutListingEveryVersion() {
        Map<String, Object> model = layoutModel(null);
        Instant at = Instant.parse("2026-11-28T10:00:00Z");
        model.put(
                "versions",
                List.of(
                        new org.onus.core.designation.ListVersionRow(15, at, "Revoked Tibet", 3),
                        new org.onus.core.designation.ListVersionRow(14, at, "Published Tibet", 4)));
        model.put("total", 40L);
        model.put("from", 26);
        model.put("to", 27);
        model.put("latest", 40);
        model.put("pages", 2);
        model.put(
                "pageLinks",
                PageLinks.of(2, 2, n -> n == 1 ? "/designations/versions" : "/designations/versions?page=2"));
        model.put("prevHref", "/designations/versions");

        Document page = render("designations/versions", model);

        assertThat(page.select("#from").val()).isEqualTo("39");
        assertThat(page.select("#to").val()).isEqualTo("40");
        assertThat(page.select("#compare-hint").text()).isEqualTo("Version numbers go from 1 to 40.");
        assertThat(page.select("#versions tbody tr td:eq(3)").eachText()).containsExactly("3", "4");
        assertThat(page.select("#versions-count").text()).isEqualTo("Versions 26 to 27 of 40, newest first");
        assertThat(page.select("#versions-page-prev").attr("href")).isEqualTo("/designations/versions");
        assertThat(page.select("#versions-page-2").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void removalRequestsArePagedFilteredByStatusAndSortedByWhenReceived() {
        Actor regulator = Actor.of("regulator", "Rosa Regulator", Set.of(Role.REGULATOR), null);
        Map<String, Object> model = layoutModel(regulator);
        org.onus.core.entity.RemovalRequest request = mock(org.onus.core.entity.RemovalRequest.class);
        when(request.id()).thenReturn(UUID.randomUUID());
        when(request.reference()).thenReturn("RR-1A2B3C4D");
        when(request.receivedAt()).thenReturn(Instant.parse("2026-12-01T09:00:00Z"));
        when(request.producerName()).thenReturn("Hoshine Silicon");
        when(request.designationTitle()).thenReturn("Entity list");
        when(request.status()).thenReturn(org.onus.core.entity.RemovalStatus.RECEIVED);
        model.put("requests", List.of(request));
        model.put("form", Form.of(Map.of("status", "RECEIVED", "sort", "received")));
        model.put("statuses", org.onus.core.entity.RemovalStatus.values());
        model.put(
                "receivedHeader", new PageLinks.SortHeader("/entities/removal-requests?status=RECEIVED", "ascending"));
        model.put("total", 26L);
        model.put("from", 26);
        model.put("to", 26);
        model.put("pages", 2);
        model.put(
                "pageLinks",
                PageLinks.of(2, 2, n -> "/entities/removal-requests?status=RECEIVED&sort=received&page=" + n));
        model.put("prevHref", "/entities/removal-requests?status=RECEIVED&sort=received");

        Document page = render("entities/removal-queue", model);

        assertThat(page.select("#status option[selected]").val()).isEqualTo("RECEIVED");
        assertThat(page.select("#filters input[name=sort]").val()).isEqualTo("received");
        assertThat(page.select("#requests th[aria-sort=ascending]").text()).isEqualTo("Received");
        assertThat(page.select("#sort-received").attr("href")).isEqualTo("/entities/removal-requests?status=RECEIVED");
        assertThat(page.select("#requests-count").text()).isEqualTo("Requests 26 to 26 of 26");
        assertThat(page.select("#page-prev").attr("href"))
                .isEqualTo("/entities/removal-requests?status=RECEIVED&sort=received");
    }

    @Test
    void everyDesignationIsPagedFilteredByStatusAndSortedByTitleOrTheDayItTakesEffect() {
        Actor regulator = Actor.of("regulator", "Rosa Regulator", Set.of(Role.REGULATOR), null);
        Map<String, Object> model = layoutModel(regulator);
        model.put("designations", List.of());
        model.put("names", Map.of());
        model.put("isRegulator", true);
        model.put("form", Form.of(Map.of("status", "LAPSED", "sort", "")));
        model.put("statuses", org.onus.core.designation.DesignationStatus.values());
        model.put(
                "sortHeaders",
                Map.of(
                        "title", new PageLinks.SortHeader("/designations/all?status=LAPSED&sort=-title", "ascending"),
                        "from", new PageLinks.SortHeader("/designations/all?status=LAPSED&sort=from", "none")));
        model.put("total", 0L);
        model.put("pages", 1);
        model.put("pageLinks", List.of());

        Document page = render("designations/all", model);

        assertThat(page.select("#status option[selected]").val()).isEqualTo("LAPSED");
        assertThat(page.select("#no-designations").text()).isEqualTo("No designation matches.");
        assertThat(page.select("#all-designations")).isEmpty();
        assertThat(page.select("nav.govuk-pagination")).isEmpty();
    }

    @Test
    void theApprovalsQueueIsPagedLongestWaitingFirstWithItsPosition() {
        Actor supervisor = Actor.of("supervisor", "Sam Supervisor", Set.of(Role.CUSTOMS_SUPERVISOR), null);
        Map<String, Object> model = layoutModel(supervisor);
        org.onus.core.detention.DetentionCase waiting = mock(org.onus.core.detention.DetentionCase.class);
        when(waiting.id()).thenReturn(UUID.randomUUID());
        when(waiting.grounds()).thenReturn("Xinjiang cotton");
        when(waiting.status()).thenReturn(org.onus.core.detention.CaseStatus.PROTESTED);
        when(waiting.decidedBy()).thenReturn("officer");
        model.put("waiting", List.of(waiting));
        model.put("me", "supervisor");
        model.put("total", 26L);
        model.put("from", 26);
        model.put("to", 26);
        model.put("pages", 2);
        model.put("pageLinks", PageLinks.of(2, 2, n -> n == 1 ? "/cases/approvals" : "/cases/approvals?page=2"));
        model.put("prevHref", "/cases/approvals");

        Document page = render("cases/approvals", model);

        assertThat(page.select("#approvals tbody tr")).hasSize(1);
        assertThat(page.select("#approvals-count").text()).isEqualTo("Cases 26 to 26 of 26, longest waiting first");
        assertThat(page.select("#page-prev").attr("href")).isEqualTo("/cases/approvals");
        assertThat(page.select("nav.govuk-pagination").attr("aria-label"))
                .isEqualTo("Pages of cases waiting for a supervisor");
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
        model.put("page", 2);
        model.put("total", 26L);
        model.put("from", 26);
        model.put("to", 26);
        model.put("pages", 2);
        model.put("pageLinks", PageLinks.of(2, 2, n -> n == 1 ? "/inbox" : "/inbox?page=2"));
        model.put("prevHref", "/inbox");

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
        assertThat(message.select("form input[name=page]").val())
                .as("marking it read comes back to its page")
                .isEqualTo("2");
        assertThat(page.select("#inbox-count").text()).isEqualTo("Messages 26 to 26 of 26, newest first");
        assertThat(page.select("#page-prev").attr("href")).isEqualTo("/inbox");
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void anEmptyInboxSaysSoAndTheHeaderShowsNoCount() {
        Map<String, Object> model = layoutModel(Actor.of("auditor", "Grace Okafor", Set.of(Role.AUDITOR), null));
        model.put("messages", List.of());

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

    // --- designations --------------------------------------------------------------------------

    private static final java.util.UUID EVIDENCE = java.util.UUID.fromString("e0000000-0000-4000-8000-000000000001");

    private static org.onus.core.designation.Designation designation() {
        return draft("2027-01-01", null);
    }

    /** A draft over Xinjiang's cotton from {@code from}, to {@code lastDay} or open-ended when null. */
    private static org.onus.core.designation.Designation draft(String from, String lastDay) {
        return org.onus.core.designation.Designation.draft(
                org.onus.core.designation.DesignationAssembler.terms(
                        new org.onus.core.designation.DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "Basis",
                                "Rationale",
                                List.of(),
                                from,
                                lastDay),
                        new org.onus.core.designation.DesignationAssembler.References(
                                c -> true, c -> true, id -> true)),
                "regulator",
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void aRefusedDesignationFormKeepsTheChosenSectorsAndSaysWhatIsWrong() {
        Map<String, Object> model = layoutModel(Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null));
        model.put("designation", null);
        model.put(
                "form",
                Form.of(Map.of("title", "Kashgar", "sectorCodes", "COTTON\nAPPAREL", "policyIds", ""))
                        .withProblem("regionCodes", "Name at least one region"));
        model.put(
                "sectors",
                List.of(
                        org.onus.core.sector.Sector.define(new org.onus.core.sector.Sector.Definition(
                                "COTTON", "Cotton", null, List.of("5201"), true)),
                        org.onus.core.sector.Sector.define(new org.onus.core.sector.Sector.Definition(
                                "TOMATO", "Tomatoes", null, List.of("2002"), true))));
        model.put("policies", List.of());

        Document page = render("designations/form", model);

        assertThat(page.select("input#title").attr("value")).isEqualTo("Kashgar");
        assertThat(page.select("input#sector-COTTON").hasAttr("checked")).isTrue();
        assertThat(page.select("input#sector-TOMATO").hasAttr("checked")).isFalse();
        assertThat(page.select("#regionCodes-error").text()).contains("Name at least one region");
        assertThat(page.select("input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void aRefusedRepealVerificationSaysWhichRuleAndWhichItemAndKeepsTheChoices() {
        Actor senior = Actor.of("senior-regulator-2", "Mei Lin", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR), null);
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        org.onus.core.policy.StatePolicy policy = org.onus.core.policy.StatePolicy.enact(
                new org.onus.core.policy.StatePolicy.Description(
                        "Labour transfer plan", "XUAR Government", null, null, List.of("650000"), List.of()),
                new org.onus.core.policy.StatePolicy.References(c -> true, id -> true));
        policy.changeStatus(
                org.onus.core.policy.PolicyStatus.REPEAL_CLAIMED,
                "Announced",
                List.of(),
                new org.onus.core.policy.StatePolicy.Mover("regulator", Set.of(Role.REGULATOR)),
                type -> new org.onus.core.policy.RepealEvidenceTable.Verdict(true, "not asked"),
                now);
        org.onus.core.evidence.EvidenceItem audit = org.onus.core.evidence.EvidenceItem.recorded(
                new org.onus.core.evidence.EvidenceItem.Description(
                        "FACTORY_AUDIT", "SMETA audit 2025", "Auditor", null, null, "en", null, List.of(), "PUBLIC"),
                senior,
                now);
        org.onus.core.problem.ConflictException refused = new org.onus.core.problem.ConflictException(
                "REPEAL_EVIDENCE_ADMISSIBLE: a repeal is verified only on official records",
                List.of(new org.onus.core.problem.Problem(
                        "REPEAL_EVIDENCE_ADMISSIBLE",
                        "Evidence " + audit.id() + " (FACTORY_AUDIT) cannot show a repeal")));
        Map<String, Object> model = layoutModel(senior);
        model.put("policy", policy);
        model.put("regionNames", Map.of("650000", "Xinjiang"));
        model.put("sources", List.of());
        model.put("canEdit", true);
        model.put("history", List.of());
        model.put(
                "statusForm",
                Form.of(Map.of(
                                "status", "REPEAL_VERIFIED",
                                "reason", "Audited",
                                "evidenceIds", audit.id().toString()))
                        .withProblems(org.onus.web.pages.PolicyPages.statusProblems(refused)));
        model.put("evidenceChoices", List.of(audit));

        Document page = render("policies/policy", model);

        assertThat(page.select("#error-summary").text()).contains("REPEAL_EVIDENCE_ADMISSIBLE");
        assertThat(page.select("#evidenceIds-error").text()).contains(audit.id().toString(), "FACTORY_AUDIT");
        assertThat(page.select("input#status-REPEAL_VERIFIED").hasAttr("checked"))
                .isTrue();
        assertThat(page.select("textarea#reason").text()).isEqualTo("Audited");
        assertThat(page.select("#evidenceIds option[selected]").text())
                .isEqualTo("SMETA audit 2025 (Factory or social-compliance audit)");
        assertThat(page.select("#claimed-by").text())
                .isEqualTo("Repeal claimed by regulator. Only a senior regulator other than regulator can verify it.");
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void aRefusalForTheWrongPersonIsShownAtTheTopOfTheForm() {
        List<org.onus.core.problem.Problem> shown = org.onus.web.pages.PolicyPages.statusProblems(
                new org.onus.core.problem.ForbiddenActionException("FOUR_EYES_REPEAL: only a senior regulator"));

        assertThat(shown)
                .containsExactly(
                        new org.onus.core.problem.Problem(Form.GENERAL, "FOUR_EYES_REPEAL: only a senior regulator"));
    }

    @Test
    void aDraftPageOffersTheDrafterToSubmitAndListsWhatTheAssessmentLacks() {
        var d = designation();
        Map<String, Object> model = layoutModel(Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null));
        model.put("designation", d);
        model.put("names", Map.of("650000", "Xinjiang", "COTTON", "Cotton"));
        model.put("policies", List.of());
        model.put("versions", List.of(d));
        model.put("missing", d.assessment().missing());
        model.put("canEdit", true);
        model.put("canSubmit", true);
        model.put("canReview", false);
        model.put("ownWorkInReview", false);
        model.put("canReviewInForce", false);
        model.put("seeTimeline", true);
        model.put("actionForm", Form.empty());

        Document page = render("designations/designation", model);

        assertThat(page.select("#designation-status").text()).isEqualTo("Draft");
        assertThat(page.select("#designation-regions").text()).contains("Xinjiang (650000)");
        assertThat(page.select("#missing li")).hasSize(8);
        assertThat(page.select("#submit-designation")).hasSize(1);
        assertThat(page.select("#approve-designation")).isEmpty();
        assertThat(page.select("#timeline tbody tr td").eachText()).contains("Drafted", "regulator");
        assertThat(page.html()).doesNotContain("??");
    }

    // --- ending a published designation --------------------------------------------------------

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static org.onus.core.designation.Designation published(String lastDay) {
        var d = draft("2026-12-01", lastDay);
        var cells = new java.util.EnumMap<
                org.onus.core.designation.AssessmentItem, org.onus.core.designation.RiskAssessment.Cell>(
                org.onus.core.designation.AssessmentItem.class);
        for (var item : org.onus.core.designation.AssessmentItem.matrix()) {
            cells.put(item, new org.onus.core.designation.RiskAssessment.Cell("Findings", List.of(EVIDENCE), null));
        }
        d.assess(
                new org.onus.core.designation.RiskAssessment(
                        new org.onus.core.designation.RiskAssessment.Precondition(true, "Targets", List.of(EVIDENCE)),
                        new org.onus.core.designation.RiskAssessment.Precondition(
                                true, "Work teams", List.of(EVIDENCE)),
                        cells,
                        Set.of(org.onus.core.designation.CoreFeature.PRODUCTION_QUOTAS),
                        org.onus.core.designation.RationaleKind.BOTH),
                EVIDENCE::equals,
                "regulator",
                NOW);
        d.submit("regulator", NOW);
        d.approve("senior-regulator", NOW);
        d.publish(java.time.LocalDate.parse("2026-12-01"), NOW);
        return d;
    }

    private static org.onus.core.evidence.EvidenceItem libraryItem(String type, String title, Actor by) {
        return org.onus.core.evidence.EvidenceItem.recorded(
                new org.onus.core.evidence.EvidenceItem.Description(
                        type, title, "Researcher", null, null, "en", null, List.of(), "PUBLIC"),
                by,
                NOW);
    }

    /** The designation page's model as DesignationPages builds it, for a published designation. */
    private Map<String, Object> publishedModel(Actor actor, org.onus.core.designation.Designation d) {
        Map<String, Object> model = layoutModel(actor);
        model.put("designation", d);
        model.put("names", Map.of("650000", "Xinjiang", "COTTON", "Cotton"));
        model.put("policies", List.of());
        model.put("versions", List.of(d));
        model.put("missing", List.of());
        model.put("canEdit", false);
        model.put("canSubmit", false);
        model.put("canReview", false);
        model.put("ownWorkInReview", false);
        model.put("canReviewInForce", actor.has(Role.REGULATOR));
        model.put("canAmend", actor.has(Role.REGULATOR));
        model.put("pending", d.pending().orElse(null));
        model.put("pendingCitations", Map.of());
        model.put("ownRequest", false);
        model.put("canDecide", false);
        model.put("canAskToEnd", d.pending().isEmpty());
        model.put("policiesToRepeal", List.of());
        model.put("proofCodes", org.onus.core.designation.Designation.evidenceRequirements());
        model.put("evidenceChoices", List.of());
        model.put("lapseReviewOpen", false);
        model.put("seeTimeline", true);
        model.put("actionForm", Form.empty());
        return model;
    }

    @Test
    void aRefusedRevocationListsEveryUnmetItemBesideItsFieldAndKeepsWhatWasTypedAndChosen() {
        Actor regulator = Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null);
        var d = published(null);
        org.onus.core.policy.StatePolicy policy = org.onus.core.policy.StatePolicy.enact(
                new org.onus.core.policy.StatePolicy.Description(
                        "Labour transfer plan", "XUAR Government", null, null, List.of("650000"), List.of()),
                new org.onus.core.policy.StatePolicy.References(c -> true, id -> true));
        var report = libraryItem("RESEARCH_REPORT", "Targets abolished 2027", regulator);
        var audit = libraryItem("FACTORY_AUDIT", "SMETA audit 2025", regulator);
        var refused = new org.onus.core.problem.ConflictException(
                "A designation is revoked only with the proof an exception release needs for its regions",
                List.of(
                        new org.onus.core.problem.Problem(
                                "POLICY_REPEALED:" + policy.id(), "Policy in force for its regions is IN_FORCE"),
                        new org.onus.core.problem.Problem(
                                "INDICATOR_EMPLOYMENT_POLICY",
                                "Cite evidence from the library that the indicator EMPLOYMENT_POLICY has ceased ("
                                        + audit.id() + " is a FACTORY_AUDIT, which is never proof)")));
        Map<String, Object> model = publishedModel(regulator, d);
        model.put("policiesToRepeal", List.of(policy));
        model.put("evidenceChoices", List.of(report, audit));
        model.put(
                "actionForm",
                org.onus.web.pages.DesignationPagesAccess.prefixed(
                        Form.of(Map.of(
                                        "revocation-reason", "Targets abolished",
                                        "revocation-evidence.TARGETS_NOT_ENFORCED",
                                                report.id().toString(),
                                        "revocation-evidence.INDICATOR_EMPLOYMENT_POLICY",
                                                audit.id().toString()))
                                .withProblems(List.of(
                                        new org.onus.core.problem.Problem(Form.GENERAL, refused.getMessage()),
                                        refused.problems().get(0),
                                        refused.problems().get(1))),
                        "revocation"));

        Document page = render("designations/designation", model);

        var form = page.select("form#revocation-form");
        assertThat(form.attr("action")).isEqualTo("/designations/" + d.id() + "/revoke");
        assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(form.select("select[multiple]"))
                .as("one list of library items per item of proof, each with its label")
                .hasSize(5)
                .allSatisfy(select -> assertThat(form.select("label[for=" + select.id() + "]"))
                        .hasSize(1));
        assertThat(form.select("fieldset legend").text()).contains("Evidence from the library");
        assertThat(page.select("#error-summary").text())
                .contains("revoked only with the proof", "IN_FORCE", "EMPLOYMENT_POLICY", "FACTORY_AUDIT");
        assertThat(page.select("#error-summary a[href=#revocation-INDICATOR_EMPLOYMENT_POLICY]"))
                .hasSize(1);
        assertThat(page.select("#revocation-INDICATOR_EMPLOYMENT_POLICY-error").text())
                .contains("never proof");
        assertThat(page.select("#policies-to-repeal li").text())
                .contains("Labour transfer plan", "In force", "still needs its repeal verified");
        assertThat(page.select("textarea#revocation-reason").text()).isEqualTo("Targets abolished");
        assertThat(page.select("select#revocation-TARGETS_NOT_ENFORCED option[selected]")
                        .text())
                .isEqualTo("Targets abolished 2027 (Research report)");
        assertThat(page.select("select#revocation-INDICATOR_EMPLOYMENT_POLICY option[selected]")
                        .text())
                .isEqualTo("SMETA audit 2025 (Factory or social-compliance audit)");
        assertThat(page.select("form#withdrawal-form textarea#withdrawal-legalBasis"))
                .hasSize(1);
        assertThat(page.select("form#withdrawal-form input[name=_csrf]").attr("value"))
                .isEqualTo("token-1");
        assertThat(page.select("input[name=decision][value=REVOKE]"))
                .as("the in-force review no longer revokes without proof")
                .isEmpty();
        assertThat(page.select("[style]")).as("no inline styles under the CSP").isEmpty();
        assertThat(page.html()).doesNotContain("??");
    }

    private org.onus.core.designation.Designation pendingRevocation(org.onus.core.evidence.EvidenceItem report) {
        var d = published(null);
        Map<String, List<UUID>> cited = new HashMap<>();
        for (var code : org.onus.core.designation.Designation.evidenceRequirements()) {
            cited.put(code.code(), List.of(report.id()));
        }
        d.proposeRevocation(
                "Targets abolished",
                cited,
                new org.onus.core.designation.Designation.RevocationFacts(
                        id -> null,
                        List.of(),
                        (a, b) -> false,
                        id -> org.onus.core.evidence.EvidenceType.RESEARCH_REPORT),
                "regulator",
                NOW);
        return d;
    }

    @Test
    void whoAskedForARevocationSeesItPendingAndThatAnotherSeniorRegulatorMustDecide() {
        Actor proposer = Actor.of("regulator", "Amina", Set.of(Role.REGULATOR, Role.SENIOR_REGULATOR), null);
        var report = libraryItem("RESEARCH_REPORT", "Targets abolished 2027", proposer);
        var d = pendingRevocation(report);
        Map<String, Object> model = publishedModel(proposer, d);
        model.put("ownRequest", true);
        model.put(
                "pendingCitations",
                Map.of(
                        report.id(),
                        new org.onus.web.pages.DesignationPages.Citation(
                                report.id(), report.title(), report.source(), true)));
        model.put(
                "actionForm",
                Form.empty()
                        .withProblem(
                                Form.GENERAL,
                                "FOUR_EYES: you asked for this revocation; another senior regulator must decide it"));

        Document page = render("designations/designation", model);

        assertThat(page.select("#pending-heading").text()).isEqualTo("Revocation asked for");
        assertThat(page.select("#pending-by").text()).startsWith("regulator, ");
        assertThat(page.select("#pending-reason").text()).isEqualTo("Targets abolished");
        assertThat(page.select("#pending-TARGETS_NOT_ENFORCED a[href=/evidence/" + report.id() + "]")
                        .text())
                .isEqualTo("Targets abolished 2027");
        assertThat(page.select("#pending dt").eachText()).contains("The employment policy has ceased");
        assertThat(page.select("#own-request").text()).contains("another senior regulator must decide it");
        assertThat(page.select("#error-summary").text()).contains("FOUR_EYES");
        assertThat(page.select("#decision-form")).isEmpty();
        assertThat(page.select("#revocation-form"))
                .as("nothing else can be asked for while one is pending")
                .isEmpty();
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void anotherSeniorRegulatorApprovesOrRefusesAPendingRevocationWithAComment() {
        Actor other = Actor.of("senior-regulator-2", "Mei Lin", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR), null);
        var report = libraryItem("RESEARCH_REPORT", "Targets abolished 2027", other);
        var d = pendingRevocation(report);
        Map<String, Object> model = publishedModel(other, d);
        model.put("canDecide", true);
        model.put("decidesRevocation", true);
        model.put(
                "pendingCitations",
                Map.of(
                        report.id(),
                        new org.onus.web.pages.DesignationPages.Citation(
                                report.id(), "Restricted evidence item", "", false)));
        model.put(
                "actionForm",
                org.onus.web.pages.DesignationPagesAccess.prefixed(
                        Form.of(Map.of("decision-approved", "false"))
                                .withProblem("comment", "Say why it is refused, at most 4,000 characters"),
                        "decision"));

        Document page = render("designations/designation", model);

        var form = page.select("form#decision-form");
        assertThat(form.attr("action")).isEqualTo("/designations/" + d.id() + "/revocation/decision");
        assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(form.select("fieldset legend").text()).isEqualTo("Your decision");
        assertThat(form.select("input#decision-refuse").hasAttr("checked")).isTrue();
        assertThat(form.select("input#decision-approve").hasAttr("checked")).isFalse();
        assertThat(page.select("#decision-comment-error").text()).contains("Say why it is refused");
        assertThat(page.select("#pending-TARGETS_NOT_ENFORCED").text())
                .as("evidence the decider may not open is named, not linked")
                .isEqualTo("Restricted evidence item");
        assertThat(page.select("#own-request")).isEmpty();
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void anOpenLapseReviewAsksTheRegulatorToLetItLapseOrExtendIt() {
        Actor regulator = Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null);
        var d = published("2027-06-30");
        Map<String, Object> model = publishedModel(regulator, d);
        model.put("lapseReviewOpen", true);
        model.put(
                "actionForm",
                org.onus.web.pages.DesignationPagesAccess.prefixed(
                        Form.of(Map.of("lapse-decision", "EXTEND", "lapse-effectiveTo", "2027-13-01"))
                                .withProblem("effectiveTo", "Write the new last day as 2027-12-31"),
                        "lapse"));

        Document page = render("designations/designation", model);

        var form = page.select("form#lapse-form");
        assertThat(form.attr("action")).isEqualTo("/designations/" + d.id() + "/lapse-review");
        assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(page.select("#lapse-review + p").text()).contains("30 June 2027", "NO_SILENT_LAPSE");
        assertThat(form.select("input[name=lapse-decision]").eachAttr("value")).containsExactly("LAPSE", "EXTEND");
        assertThat(form.select("input#lapse-EXTEND").hasAttr("checked")).isTrue();
        assertThat(form.select("input#lapse-effectiveTo").attr("value")).isEqualTo("2027-13-01");
        assertThat(page.select("#lapse-effectiveTo-error").text()).contains("2027-12-31");
        assertThat(form.select("label[for=lapse-comment]")).hasSize(1);
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void theAssessmentPageShowsTheMatrixAndTheFormReadsItBack() {
        var d = designation();
        var cells = new java.util.EnumMap<
                org.onus.core.designation.AssessmentItem, org.onus.core.designation.RiskAssessment.Cell>(
                org.onus.core.designation.AssessmentItem.class);
        cells.put(
                org.onus.core.designation.AssessmentItem.UNFREE_RECRUITMENT_INVOLUNTARINESS,
                new org.onus.core.designation.RiskAssessment.Cell("Quotas for transfers", List.of(EVIDENCE), null));
        cells.put(
                org.onus.core.designation.AssessmentItem.IMPOSSIBILITY_OF_LEAVING_MENACE_OF_PENALTY,
                new org.onus.core.designation.RiskAssessment.Cell(null, List.of(), "No testimony"));
        var assessment = new org.onus.core.designation.RiskAssessment(
                new org.onus.core.designation.RiskAssessment.Precondition(true, "Targets", List.of(EVIDENCE)),
                null,
                cells,
                Set.of(org.onus.core.designation.CoreFeature.PRODUCTION_QUOTAS),
                org.onus.core.designation.RationaleKind.BOTH);
        Map<String, Object> model = layoutModel(Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null));
        model.put("designation", d);
        model.put("assessment", assessment);
        model.put("cells", org.onus.web.pages.DesignationPagesAccess.cells(assessment));
        model.put("phases", org.onus.core.designation.Phase.values());
        model.put("dimensions", org.onus.core.designation.Dimension.values());
        model.put(
                "citations",
                Map.of(
                        EVIDENCE,
                        new org.onus.web.pages.DesignationPages.Citation(
                                EVIDENCE, "Forced Labor in Xinjiang", "Zenz", true)));
        model.put("missing", assessment.missing());
        model.put("coreFeatures", org.onus.core.designation.CoreFeature.values());
        model.put("names", Map.of("650000", "Xinjiang", "COTTON", "Cotton"));
        model.put("policies", List.of());

        Document page = render("designations/assessment", model);

        assertThat(page.select("#cell-UNFREE_RECRUITMENT_INVOLUNTARINESS").text())
                .contains("Quotas for transfers", "Forced Labor in Xinjiang");
        assertThat(page.select("#cell-IMPOSSIBILITY_OF_LEAVING_MENACE_OF_PENALTY")
                        .text())
                .contains("No evidence found: No testimony");
        assertThat(page.select("#cell-WORK_AND_LIFE_UNDER_DURESS_INVOLUNTARINESS")
                        .text())
                .contains("Not yet assessed");
        assertThat(page.select("#assessment-missing").text()).contains("Step 2");
        assertThat(page.select("#assessment-pdf").attr("href")).endsWith("/assessment.pdf");
        assertThat(page.html()).doesNotContain("??");

        model.put("rationales", org.onus.core.designation.RationaleKind.values());
        model.put("evidenceChoices", List.of());
        model.put("form", Form.empty());
        Document form = render("designations/assessment-form", model);
        assertThat(form.select("#employmentPolicy-present").hasAttr("checked")).isTrue();
        assertThat(form.select("#mobilisationApparatus-present").hasAttr("checked"))
                .isFalse();
        assertThat(form.select("textarea[name='matrix.UNFREE_RECRUITMENT.INVOLUNTARINESS.findings']")
                        .text())
                .isEqualTo("Quotas for transfers");
        assertThat(form.select("textarea[name='matrix.IMPOSSIBILITY_OF_LEAVING.MENACE_OF_PENALTY.noEvidenceReason']")
                        .text())
                .isEqualTo("No testimony");
        assertThat(form.select("#rationale-BOTH").hasAttr("checked")).isTrue();
        assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo("token-1");
        assertThat(form.html()).doesNotContain("??");
    }

    @Test
    void aRunningBulkUploadShowsAProgressBarAndReloadsWithoutScripts() {
        Actor actor = Actor.of("importer-a", "Ana Importer", Set.of(Role.IMPORTER), "ORG-A");
        BulkJob job = mock(BulkJob.class);
        when(job.id()).thenReturn(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
        when(job.status()).thenReturn(BulkJobStatus.FILING);
        when(job.processed()).thenReturn(400);
        when(job.total()).thenReturn(1000);
        when(job.percent()).thenReturn(40);
        Map<String, Object> model = layoutModel(actor);
        model.put("job", job);
        model.put("refreshSeconds", 3);

        Document page = render("entries/bulk-job", model);

        assertThat(page.select("#bulk-job").hasAttr("data-bulk-job")).isTrue();
        assertThat(page.select("progress#job-progress").attr("value")).isEqualTo("40");
        assertThat(page.select("#job-status").text()).contains("400 of 1000 entries filed");
        assertThat(page.select("noscript meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("3");
        assertThat(page.select("#refresh-link").attr("href")).endsWith("0000000000b1");
    }

    @Test
    void aRejectedBulkUploadListsEveryErrorByLineAndStopsRefreshing() {
        Actor actor = Actor.of("importer-a", "Ana Importer", Set.of(Role.IMPORTER), "ORG-A");
        BulkJob job = mock(BulkJob.class);
        when(job.id()).thenReturn(UUID.fromString("00000000-0000-4000-8000-0000000000b2"));
        when(job.status()).thenReturn(BulkJobStatus.REJECTED);
        when(job.message()).thenReturn("The file has 1002 errors; nothing was filed.");
        BulkJobError first = mock(BulkJobError.class);
        when(first.line()).thenReturn(3L);
        when(first.message()).thenReturn("input_region_code: there is no region with the code XX");
        when(job.errors()).thenReturn(List.of(first));
        when(job.moreErrors()).thenReturn(1001);
        Map<String, Object> model = layoutModel(actor);
        model.put("job", job);

        Document page = render("entries/bulk-job", model);

        assertThat(page.select("#bulk-job").hasAttr("data-bulk-job")).isFalse();
        assertThat(page.select("noscript meta")).isEmpty();
        assertThat(page.select("#job-errors tbody td").eachText())
                .containsExactly("3", "input_region_code: there is no region with the code XX");
        assertThat(page.select("#more-errors").text()).startsWith("And 1001 more errors");
        assertThat(page.html()).doesNotContain("??");
    }

    private static org.onus.core.detention.DetentionCase detainedCase() {
        return org.onus.core.detention.DetentionCase.open(
                DetainedEntries.cottonTShirts(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
                "ACME-IMPORTS",
                "input 2 (tier 3) from 653125 → Xinjiang cotton",
                "screening",
                java.time.LocalDate.parse("2026-11-28"),
                Instant.parse("2026-11-28T10:00:00Z"),
                new org.onus.core.time.BusinessCalendar(
                        org.onus.core.time.BusinessCalendar.Counting.CALENDAR, Set.of()),
                5,
                30);
    }

    private Map<String, Object> caseModel(
            Actor actor, org.onus.core.detention.DetentionCase c, List<org.onus.core.rebuttal.Requirement> unmet) {
        org.onus.core.entry.Entry entry = mock(org.onus.core.entry.Entry.class);
        when(entry.id()).thenReturn(c.entryId());
        when(entry.entryNumber()).thenReturn("E-42");
        when(entry.organisationCode()).thenReturn("ACME-IMPORTS");
        when(entry.description()).thenReturn("Cotton T-shirts");
        when(entry.hsCode()).thenReturn("6109.10");
        when(entry.amount()).thenReturn(new java.math.BigDecimal("1250.00"));
        when(entry.currency()).thenReturn("USD");
        Map<String, Object> model = layoutModel(actor);
        boolean importer = actor.has(Role.IMPORTER);
        boolean officer = actor.has(Role.CUSTOMS_OFFICER);
        String status = c.status().name();
        model.put("detention", c);
        model.put("entry", entry);
        model.put("grounds", List.of());
        model.put("regionNames", Map.of());
        model.put(
                "checklist",
                c.requirements().stream()
                        .map(r -> new org.onus.core.detention.DetentionCaseService.ChecklistItem(
                                r,
                                !unmet.contains(r),
                                c.evidence().stream()
                                        .filter(e -> r.code().code().equals(e.requirementCode()))
                                        .toList()))
                        .toList());
        model.put("unmet", unmet);
        model.put("policyStatus", Map.of());
        model.put("linkable", importer ? c.requirements() : List.of());
        model.put("evidenceTypes", org.onus.core.rebuttal.CaseEvidenceType.values());
        model.put("daysLeft", 12L);
        model.put("isOwner", importer);
        model.put("isOfficer", officer);
        model.put("isSupervisor", actor.has(Role.CUSTOMS_SUPERVISOR));
        model.put("me", actor.username());
        model.put("mayFile", importer && (status.equals("DETAINED") || status.equals("INFO_REQUESTED")));
        model.put("mayUpload", importer);
        model.put("mayReview", officer);
        model.put("mayDecide", officer && status.equals("REBUTTAL_SUBMITTED"));
        model.put("mayApprove", false);
        model.put("mayProtest", false);
        model.put("mayDecideProtest", false);
        model.put("infoRequestsLeft", 1);
        model.put("maxMiB", 50L);
        model.put("accepted", "PDF");
        model.put("formName", "");
        model.put("form", Form.empty());
        return model;
    }

    @Test
    void aFreshCaseOffersTheImporterBothRoutesAndAnUploadFormWithTheCountdown() {
        Actor importer = Actor.of("importer-a", "Ana", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        Document page = render("cases/case", caseModel(importer, detainedCase(), List.of()));

        assertThat(page.select("#case-status").text()).isEqualTo("Detained");
        assertThat(page.select("#days-left").text()).isEqualTo("12 days left");
        assertThat(page.select("#rebuttal-form input[name=route]")).hasSize(2);
        assertThat(page.select("#upload-form select#type option")).hasSize(14);
        assertThat(page.select("#decision-form")).isEmpty();
        assertThat(page.select("#no-evidence").text()).contains("No evidence");
    }

    @Test
    void theOfficerSeesEachRequirementBesideItsEvidenceAndWhyReleaseIsBlocked() {
        org.onus.core.detention.DetentionCase c = detainedCase();
        org.onus.core.rebuttal.Requirement trace = new org.onus.core.rebuttal.Requirement(
                org.onus.core.rebuttal.RequirementCode.trace(1), "Trace input 2 (Cotton lint, tier 3)");
        c.fileRebuttal(
                org.onus.core.rebuttal.Route.NOT_APPLICABLE,
                "Our cotton is from Uzbekistan",
                List.of(trace),
                "importer-a",
                java.time.LocalDate.parse("2026-11-29"),
                30,
                Instant.parse("2026-11-29T10:00:00Z"));
        org.onus.core.detention.CaseEvidence audit = c.offer(
                new org.onus.core.detention.CaseEvidence.Offer(
                        org.onus.core.rebuttal.CaseEvidenceType.FACTORY_AUDIT,
                        trace.code(),
                        "SMETA audit of the spinning mill",
                        "audit.pdf",
                        "application/pdf",
                        1000,
                        "ab".repeat(32)),
                "importer-a",
                java.time.LocalDate.parse("2026-11-29"),
                Instant.parse("2026-11-29T11:00:00Z"));
        c.evidenceJudged(audit.id(), false, "Factory audits are not proof", Instant.parse("2026-11-29T11:00:00Z"));
        Actor officer = Actor.of("officer", "Olga", Set.of(Role.CUSTOMS_OFFICER), null);

        Map<String, Object> model = caseModel(officer, c, List.of(trace));
        model.put("traceMissing", Map.of("TRACE:1", "a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE"));
        Document page = render("cases/case", model);

        assertThat(page.select("#checklist tbody tr").text())
                .contains("TRACE:1", "Not met", "Factory or social-compliance audit: audit.pdf", "inadmissible");
        assertThat(page.select("#evidence-" + audit.id() + " .admissibility-reason")
                        .text())
                .isEqualTo("Factory audits are not proof");
        assertThat(page.select("#accept-" + audit.id()))
                .as("inadmissible evidence can only be rejected")
                .isEmpty();
        assertThat(page.select("#reject-" + audit.id())).hasSize(1);
        assertThat(page.select("#release-blocked").text()).contains("1 requirement(s) are not met", "TRACE:1");
        assertThat(page.select("#decision-form input[name=outcome]")).hasSize(3);
        assertThat(page.select("#rebuttal-form")).isEmpty();
        assertThat(page.select("#case-timeline").text()).contains("Rebuttal filed", "Evidence inadmissible");
        assertThat(page.select("#requirement-TRACE\\:1 .trace-missing").text())
                .isEqualTo("Still missing: a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE");
        assertThat(page.select("#checklist-heading + p").text()).contains("a trace needs a chain of documents");
        assertThat(page.select(
                        "form.reclassify-form[action$=/evidence/" + audit.id() + "/type] select[name=type] option"))
                .as("the officer may correct the document's type")
                .hasSize(org.onus.core.rebuttal.CaseEvidenceType.values().length);
        assertThat(page.select("#reclassify-reason-" + audit.id())).hasSize(1);
    }

    @Test
    void theConfiscationNoticeGivesTheReasonAndTheProtestDeadline() {
        org.onus.core.detention.DetentionCase c = detainedCase();
        c.confiscateAtDeadline(
                java.time.LocalDate.parse("2026-12-29"),
                java.time.LocalDate.parse("2027-06-27"),
                Instant.parse("2026-12-29T00:00:05Z"));
        Actor importer = Actor.of("importer-a", "Ana", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        Map<String, Object> model = caseModel(importer, c, List.of());
        model.put("pdf", false);

        Document page = render("cases/confiscation", model);

        assertThat(page.select("#confiscation-title").text()).isEqualTo("Confiscation notice");
        assertThat(page.select("#confiscation-reason").text()).contains("No rebuttal was filed by the deadline");
        assertThat(page.select("#protest-deadline").text()).contains("27 June 2027");
    }

    private static org.onus.core.entry.Entry clearedEntry() {
        org.onus.core.entry.Entry entry = org.onus.core.entry.Entry.file(
                org.onus.core.entry.EntryAssembler.filing(
                        new org.onus.core.entry.EntryDraft(
                                "E-7",
                                "6109.10",
                                "Cotton T-shirts",
                                "CN",
                                "1250.00",
                                "USD",
                                "2026-12-01",
                                "Rotterdam",
                                List.of(new org.onus.core.entry.EntryDraft.InputDraft(
                                        "2", "Cotton yarn", "5205", "Kashgar Spinning", "653125", null, null))),
                        new org.onus.core.entry.EntryAssembler.References(code -> true, code -> true),
                        java.time.LocalDate.parse("2026-11-28")),
                "ACME-IMPORTS",
                "importer-a",
                null,
                Instant.parse("2026-11-28T10:00:00Z"));
        entry.recordScreening(
                new org.onus.core.entry.Entry.Screening(org.onus.core.entry.EntryStatus.CLEARED, 3, List.of()),
                Instant.parse("2026-11-28T10:00:00Z"));
        return entry;
    }

    private Map<String, Object> entryModel(
            Actor actor,
            org.onus.core.entry.Entry entry,
            Object manual,
            org.onus.core.designation.Designation designation,
            org.onus.core.policy.StatePolicy policy,
            Form form) {
        Map<String, Object> model = layoutModel(actor);
        model.put("entry", entry);
        model.put("detention", null);
        model.put("regionNames", Map.of("650000", "Xinjiang", "653125", "Yarkand", "CN", "China"));
        model.put("manual", manual);
        boolean canDetain = entry.status() != org.onus.core.entry.EntryStatus.DETAINED;
        model.put("canDetain", canDetain);
        model.put("citableDesignations", List.of(designation));
        model.put("citablePolicies", List.of(policy));
        Map<String, List<String>> selected = new HashMap<>();
        selected.put(
                "designationIds",
                form.value("designationIds").isEmpty() ? List.of() : List.of(form.value("designationIds")));
        selected.put("policyIds", form.value("policyIds").isEmpty() ? List.of() : List.of(form.value("policyIds")));
        model.put("detainSelected", selected);
        model.put("detainForm", form);
        return model;
    }

    private static org.onus.core.policy.StatePolicy labourTransfer() {
        return org.onus.core.policy.StatePolicy.enact(
                new org.onus.core.policy.StatePolicy.Description(
                        "Labour transfer plan", "Regional government", null, null, List.of("650000"), List.of()),
                new org.onus.core.policy.StatePolicy.References(code -> true, id -> true));
    }

    private static org.onus.core.designation.Designation xinjiangCotton() {
        return org.onus.core.designation.Designation.draft(
                org.onus.core.designation.DesignationAssembler.terms(
                        new org.onus.core.designation.DesignationDraft(
                                "Xinjiang cotton",
                                List.of("650000"),
                                List.of("COTTON"),
                                "Rebuttable presumption",
                                "State-imposed forced labour",
                                List.of(),
                                "2026-12-01",
                                null),
                        new org.onus.core.designation.DesignationAssembler.References(
                                code -> true, code -> true, id -> true)),
                "drafter",
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void aRefusedManualDetentionKeepsWhatTheOfficerTypedAndSaysWhatIsWrongBesideEachGround() {
        Actor officer = Actor.of("officer", "Olga", Set.of(Role.CUSTOMS_OFFICER), null);
        org.onus.core.designation.Designation cotton = xinjiangCotton();
        org.onus.core.policy.StatePolicy policy = labourTransfer();
        Form form = Form.of(Map.of(
                        "reason", "Intelligence about the spinner",
                        "designationIds", cotton.id().toString(),
                        "regionCodes", "650000 XX9",
                        "producerNames", "Kashgar Spinning"))
                .withProblems(List.of(new org.onus.core.problem.Problem(
                        "regionCodes", "Region 2: there is no region with the code XX9")));

        Document page = render("entries/entry", entryModel(officer, clearedEntry(), null, cotton, policy, form));

        assertThat(page.select("#error-summary").text()).contains("there is no region with the code XX9");
        assertThat(page.select("#regionCodes-error").text()).contains("XX9");
        assertThat(page.select("#regionCodes").attr("value")).isEqualTo("650000 XX9");
        assertThat(page.select("#producerNames").text()).isEqualTo("Kashgar Spinning");
        assertThat(page.select("#reason").text()).isEqualTo("Intelligence about the spinner");
        assertThat(page.select("input[name=designationIds][value=" + cotton.id() + "]")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(page.select("input[name=policyIds][value=" + policy.id() + "]")
                        .hasAttr("checked"))
                .isFalse();
        assertThat(page.select("label[for=policy-0]").text()).isEqualTo("Labour transfer plan — In force");
    }

    @Test
    void aDetainFormWithNoGroundSaysWhichRuleIsBroken() {
        Actor officer = Actor.of("officer", "Olga", Set.of(Role.CUSTOMS_OFFICER), null);
        Form form = Form.of(Map.of("reason", "Intelligence"))
                .withProblems(List.of(new org.onus.core.problem.Problem(
                        "grounds", "Cite at least one ground (rule MANUAL_DETENTION_GROUNDS)")));

        Document page = render(
                "entries/entry", entryModel(officer, clearedEntry(), null, xinjiangCotton(), labourTransfer(), form));

        assertThat(page.select("#grounds-error").text()).contains("MANUAL_DETENTION_GROUNDS");
        assertThat(page.select("#error-summary a[href=#grounds]")).hasSize(1);
    }

    @Test
    void aManualDetentionSaysWhoDetainedTheGoodsOnWhichGroundsOnTheEntryAndTheCase() {
        org.onus.core.entry.Entry entry = clearedEntry();
        entry.detainManually(
                "officer",
                new org.onus.core.entry.DetentionGrounds(
                        "Intelligence", List.of(), List.of(), List.of("650000"), List.of("Kashgar Spinning")),
                new org.onus.core.entry.Entry.GroundReferences(
                        id -> Optional.empty(), id -> Optional.empty(), code -> Optional.of("Xinjiang")),
                Instant.parse("2026-11-28T11:00:00Z"));
        org.onus.web.pages.ManualGroundsView manual = org.onus.web.pages.ManualGroundsView.of(
                entry, id -> Optional.empty(), id -> Optional.empty(), Map.of("650000", "Xinjiang"));
        Actor importer = Actor.of("importer-a", "Ana", Set.of(Role.IMPORTER), "ACME-IMPORTS");

        Document entryPage = render(
                "entries/entry", entryModel(importer, entry, manual, xinjiangCotton(), labourTransfer(), Form.empty()));

        assertThat(entryPage.select("#matches").text())
                .contains("Detained by officer on grounds: region 650000 Xinjiang; producer Kashgar Spinning");
        assertThat(entryPage.select("#manual-grounds-list li").eachText())
                .containsExactly("Region: Xinjiang (650000)", "Producer: Kashgar Spinning");
        assertThat(entryPage.select("#manual-grounds-reason").text()).isEqualTo("Reason: Intelligence");
        assertThat(entryPage.select("#detain")).isEmpty();

        Map<String, Object> caseModel = caseModel(importer, detainedCase(), List.of());
        caseModel.put("manual", manual);
        Document casePage = render("cases/case", caseModel);
        assertThat(casePage.select("#case-manual-grounds").text())
                .contains(
                        "Detained by officer on grounds:",
                        "region Xinjiang (650000)",
                        "producer Kashgar Spinning",
                        "Reason: Intelligence");
    }

    private Map<String, Object> layoutModel(Actor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.ofNullable(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/");
        model.put("lang", "en");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", actor == null ? "" : "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }

    private Document render(String template, Map<String, Object> model) {
        return harness.render(template, model);
    }
}
