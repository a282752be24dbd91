package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onus.core.detention.CaseQueue;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.QueuePage;
import org.onus.core.detention.QueueQuery;
import org.onus.core.detention.QueueRow;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.RuleViolation;
import org.onus.web.errors.RuleViolationMapper;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.PageLinks;
import org.onus.web.view.PageLinks.SortHeader;
import org.onus.web.view.View;

/**
 * The customs work queue ({@code /cases}) and the assignment forms of a case: take, hand back,
 * step aside, and a supervisor's assignment. Each form posts to {@link CaseQueue}, the path the
 * API takes; a refused form comes back on the case's assignment page with its values and the reason.
 */
@Path("cases")
@RequestScoped
public class CaseQueuePages {

    static final List<String> FILTERS =
            List.of("status", "deadline", "sector", "origin", "port", "importer", "assignee");

    @Inject
    CaseQueue queue;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /** A row as the page shows it. */
    public record Row(QueueRow row, long daysDetained, Long daysLeft, String deadlineKey) {}

    @GET
    @RolesAllowed({Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("deadline") String deadline,
            @QueryParam("sector") String sector,
            @QueryParam("origin") String origin,
            @QueryParam("port") String port,
            @QueryParam("importer") String importer,
            @QueryParam("assignee") String assignee,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "status", status);
        put(values, "deadline", deadline);
        put(values, "sector", sector);
        put(values, "origin", origin);
        put(values, "port", port);
        put(values, "importer", importer);
        put(values, "assignee", assignee);
        put(values, "sort", sort);
        Form form = Form.of(values);
        QueueQuery query;
        int httpStatus = 200;
        try {
            query = QueueQuery.parse(status, deadline, sector, origin, port, importer, assignee, sort, page, null);
        } catch (InvalidInputException bad) {
            // The filters are shown again with what was wrong; the list falls back to the open queue.
            form = form.withProblems(bad.problems());
            query = QueueQuery.defaults();
            httpStatus = 400;
        }
        Actor actor = currentUser.require();
        QueuePage found;
        try {
            found = queue.page(actor, query);
        } catch (InvalidInputException unknown) {
            // A sector that does not exist (a crafted or outdated link): named like the other filters.
            form = form.withProblems(unknown.problems());
            query = QueueQuery.defaults();
            httpStatus = 400;
            found = queue.page(actor, query);
        }
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = found.rows().stream()
                .map(r -> new Row(
                        r,
                        r.daysDetained(today),
                        r.daysLeft(today),
                        r.deadlineKind()
                                .map(k -> "queue.deadline.kind." + k.name())
                                .orElse(null)))
                .toList();
        int from = found.total() == 0 ? 0 : query.offset() + 1;
        int to = query.offset() + rows.size();
        Form shown = form;
        View view = View.of("cases/queue")
                .with("form", form)
                .with("rows", rows)
                .with("total", found.total())
                .with("page", found.page())
                .with("pages", found.pages())
                .with("from", from)
                .with("to", to)
                .with("sortHeaders", sortHeaders(query, form))
                .with(
                        "columns",
                        java.util.Arrays.stream(QueueQuery.Column.values())
                                .map(QueueQuery.Column::param)
                                .toList())
                .with(
                        "pageLinks",
                        PageLinks.of(found.page(), found.pages(), n -> href(shown, Map.of("page", String.valueOf(n)))))
                .with(
                        "prevHref",
                        found.page() > 1 ? href(form, Map.of("page", String.valueOf(found.page() - 1))) : null)
                .with(
                        "nextHref",
                        found.page() < found.pages()
                                ? href(form, Map.of("page", String.valueOf(found.page() + 1)))
                                : null)
                .with("statuses", CaseStatus.values())
                .with("windows", QueueQuery.Window.values())
                .with("sectors", queue.sectors())
                .with("origins", queue.filterValues("origin"))
                .with("ports", queue.filterValues("port"))
                .with("importers", queue.filterValues("importer"))
                .with("officers", queue.officers())
                .with("filtered", filtered(form))
                .with("me", actor.username());
        return Response.status(httpStatus).entity(view).build();
    }

    @GET
    @Path("{id}/assignment")
    @RolesAllowed({Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View assignment(@PathParam("id") String id) {
        return assignmentPage(uuid(id), null, Form.empty());
    }

    @POST
    @Path("{id}/assignment")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Produces(MediaType.TEXT_HTML)
    public Response assign(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "assign", form, () -> {
            DetentionCase c = queue.assign(currentUser.require(), caseId, form.value("assignee"));
            flash.add(Flash.Level.SUCCESS, "queue.flash.assigned", c.assignee().orElse(""));
        });
    }

    @POST
    @Path("{id}/take")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response take(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "take", form, () -> {
            queue.take(currentUser.require(), caseId);
            flash.add(Flash.Level.SUCCESS, "queue.flash.taken");
        });
    }

    @POST
    @Path("{id}/hand-back")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.TEXT_HTML)
    public Response handBack(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "handBack", form, () -> {
            queue.handBack(currentUser.require(), caseId);
            flash.add(Flash.Level.SUCCESS, "queue.flash.handedBack");
        });
    }

    @POST
    @Path("{id}/step-aside")
    @RolesAllowed({Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR})
    @Produces(MediaType.TEXT_HTML)
    public Response stepAside(@PathParam("id") String id) {
        UUID caseId = uuid(id);
        Form form = Form.from(request);
        return act(caseId, "stepAside", form, () -> {
            queue.stepAside(currentUser.require(), caseId, form.value("reason"));
            flash.add(Flash.Level.SUCCESS, "queue.flash.steppedAside");
        });
    }

    private Response act(UUID caseId, String formName, Form form, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create(back(form, caseId))).build();
        } catch (RuleViolation refused) {
            Form shown = refused instanceof InvalidInputException
                    ? form.withProblems(refused.problems())
                    : form.withProblem(Form.GENERAL, refused.getMessage());
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(assignmentPage(caseId, formName, shown))
                    .build();
        }
    }

    /** Back where the form was, when that is the queue or the case; never anywhere else. */
    static String back(Form form, UUID caseId) {
        String back = form.value("back");
        boolean safe = back.equals("/cases")
                || back.startsWith("/cases?")
                || back.equals("/cases/" + caseId)
                || back.equals("/cases/" + caseId + "/assignment");
        return safe && !back.contains("//") && !back.contains("\\") ? back : "/cases/" + caseId;
    }

    private View assignmentPage(UUID caseId, String formName, Form form) {
        Actor actor = currentUser.require();
        DetentionCase c = queue.get(actor, caseId);
        return View.of("cases/assignment")
                .with("detention", c)
                .with("officers", queue.officers())
                .with("formName", formName)
                .with("form", form);
    }

    private static Map<String, SortHeader> sortHeaders(QueueQuery q, Form form) {
        Map<String, SortHeader> headers = new LinkedHashMap<>();
        for (QueueQuery.Column column : QueueQuery.Column.values()) {
            boolean current = q.sort() == column;
            String next = current && !q.descending() ? "-" + column.param() : column.param();
            String ariaSort = current ? (q.descending() ? "descending" : "ascending") : "none";
            Map<String, String> change = new LinkedHashMap<>();
            change.put("sort", next);
            change.put("page", "");
            headers.put(column.param(), new SortHeader(href(form, change), ariaSort));
        }
        return headers;
    }

    /** The queue's address with the current filters and sort, changed as given (blank removes). */
    static String href(Form form, Map<String, String> change) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : List.of("status", "deadline", "sector", "origin", "port", "importer", "assignee", "sort")) {
            params.put(name, form.value(name));
        }
        params.putAll(change);
        StringBuilder s = new StringBuilder("/cases");
        String sep = "?";
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() == null || p.getValue().isBlank()) {
                continue;
            }
            s.append(sep)
                    .append(p.getKey())
                    .append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return s.toString();
    }

    private static boolean filtered(Form form) {
        return FILTERS.stream().anyMatch(f -> !form.value(f).isBlank());
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "Case");
    }
}
