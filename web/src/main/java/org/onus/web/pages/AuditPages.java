package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditQuery;
import org.onus.core.audit.AuditTrail;
import org.onus.core.identity.Role;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageModel;
import org.onus.web.view.View;

/** The auditor's view of the audit trail: filter, read, and verify the chain. */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.Names.AUDITOR)
public class AuditPages {

    static final int PAGE = 50;

    @Inject
    AuditTrail audit;

    @Inject
    PageModel page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View log(
            @QueryParam("entity") String entity,
            @QueryParam("id") String id,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("before") Long before) {
        Form form = Form.of(Map.of(
                "entity",
                nonNull(entity),
                "id",
                nonNull(id),
                "actor",
                nonNull(actor),
                "action",
                nonNull(action),
                "from",
                nonNull(from),
                "to",
                nonNull(to)));
        Instant fromInstant = day(from);
        Instant toInstant = day(to);
        if (from != null && !from.isBlank() && fromInstant == null) {
            form = form.withProblem("from", Messages.text(page.locale(), "audit.dateFormat", "2026-11-28"));
        }
        if (to != null && !to.isBlank() && toInstant == null) {
            form = form.withProblem("to", Messages.text(page.locale(), "audit.dateFormat", "2026-11-28"));
        }
        List<AuditEvent> events = form.hasProblems()
                ? List.of()
                : audit.find(new AuditQuery(
                        entity,
                        id,
                        actor,
                        action,
                        fromInstant,
                        toInstant == null ? null : toInstant.plusSeconds(86_400),
                        before,
                        PAGE));
        Long older = events.size() == PAGE ? events.get(events.size() - 1).sequence() : null;
        return View.of("audit/log").with("form", form).with("events", events).with("older", older);
    }

    @GET
    @Path("verify")
    @Produces(MediaType.TEXT_HTML)
    public View verify() {
        return View.of("audit/verify").with("result", audit.verify());
    }

    private static Instant day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
