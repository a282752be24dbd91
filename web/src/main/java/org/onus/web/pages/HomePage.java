package org.onus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.detention.CaseQueue;
import org.onus.core.detention.QueueRow;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.tasks.WorkItem;
import org.onus.core.tasks.WorkQueue;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.PageLinks;
import org.onus.web.view.View;

/** The signed-in home page: a greeting, the person's roles and their work queue. */
@RequestScoped
@Path("/")
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkQueue workQueue;

    @Inject
    CaseQueue caseQueue;

    @Inject
    Clock clock;

    /**
     * What a detention case's task shows instead of the process's key: the entry, its goods and
     * the deadline the case really runs against (the task itself has no due date).
     */
    public record CaseLine(QueueRow row, Long daysLeft) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home(@QueryParam("page") String page) {
        Actor actor = currentUser.require();
        WorkQueue.Page shown = workQueue.page(actor, PageLinks.pageNumber(page), WorkQueue.PAGE_SIZE);
        List<WorkItem> items = shown.items();
        return View.of("home/index")
                .with("workPage", shown)
                .with("pageLinks", PageLinks.of(shown.page(), shown.pages(), HomePage::href))
                .with("prevHref", shown.page() > 1 ? href(shown.page() - 1) : null)
                .with("nextHref", shown.page() < shown.pages() ? href(shown.page() + 1) : null)
                .with("actor", actor)
                .with(
                        "roles",
                        actor.roles().stream().map(r -> "role." + r.realmName()).toList())
                .with("workItems", items)
                .with("caseLines", caseLines(actor, items))
                .with("delegationsLink", actor.has(Role.IMPORTER) || actor.has(Role.CUSTOMS_BROKER))
                .with("brokerEntriesLink", actor.has(Role.CUSTOMS_BROKER) && !actor.has(Role.IMPORTER))
                .with(
                        "queueLink",
                        actor.has(Role.CUSTOMS_OFFICER)
                                || actor.has(Role.CUSTOMS_SUPERVISOR)
                                || actor.has(Role.AUDITOR));
    }

    /** The case lines of the detention tasks, by business key (the case's id), in one query. */
    private Map<String, CaseLine> caseLines(Actor actor, List<WorkItem> items) {
        List<UUID> ids = items.stream()
                .filter(i -> i.link() != null && i.link().startsWith("/cases/"))
                .map(i -> caseId(i.businessKey()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, CaseLine> lines = new HashMap<>();
        if (ids.isEmpty()) {
            return lines;
        }
        LocalDate today = LocalDate.now(clock);
        caseQueue
                .rows(actor, ids)
                .forEach((id, row) -> lines.put(id.toString(), new CaseLine(row, row.daysLeft(today))));
        return lines;
    }

    private static String href(int page) {
        return page == 1 ? "/#work-queue-heading" : "/?page=" + page + "#work-queue-heading";
    }

    private static UUID caseId(String businessKey) {
        try {
            return UUID.fromString(businessKey);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
