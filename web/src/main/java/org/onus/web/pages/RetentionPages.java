package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.Problem;
import org.onus.core.retention.RetentionRun;
import org.onus.core.retention.RetentionService;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageModel;
import org.onus.web.view.View;

/**
 * {@code /admin/retention}: the periods each kind of record is kept, the recent runs with what they
 * removed, and (administrators) a run now. Auditors read only.
 */
@Path("admin/retention")
@RequestScoped
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class RetentionPages {

    @Inject
    RetentionService retention;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    PageModel page;

    /** A rule as shown: its label in the reader's language and its period. */
    public record RuleRow(String name, String label, String period) {}

    /** A run as shown. */
    public record RunRow(
            String id,
            String rule,
            Instant startedAt,
            Instant cutoff,
            String period,
            String triggeredBy,
            boolean failed,
            int removed,
            String counts,
            String error) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View show() {
        return view(Form.empty());
    }

    @POST
    @Path("runs")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public Response runNow() {
        try {
            List<RetentionRun> runs = retention.runNow(currentUser.require());
            int removed = runs.stream().mapToInt(RetentionRun::removed).sum();
            long failed = runs.stream()
                    .filter(r -> r.outcome() == RetentionRun.Outcome.FAILED)
                    .count();
            flash.add(
                    failed == 0 ? Flash.Level.SUCCESS : Flash.Level.WARNING,
                    failed == 0 ? "retention.ran" : "retention.ranWithFailures",
                    String.valueOf(runs.size()),
                    String.valueOf(removed),
                    String.valueOf(failed));
            return Response.seeOther(URI.create("/admin/retention")).build();
        } catch (ConflictException busy) {
            return Response.status(409)
                    .entity(view(Form.empty()
                            .withProblems(
                                    List.of(new Problem("_form", Messages.text(page.locale(), "retention.busy"))))))
                    .build();
        }
    }

    private View view(Form form) {
        Actor actor = currentUser.require();
        Locale locale = page.locale();
        RetentionService.Overview o = retention.overview(actor);
        List<RuleRow> rules = o.rules().stream()
                .map(r -> new RuleRow(r.name(), label(locale, r.name()), r.period()))
                .toList();
        List<RunRow> runs = new ArrayList<>();
        for (RetentionRun r : o.runs()) {
            List<String> counts = new ArrayList<>();
            r.counts()
                    .forEach((kind, n) -> counts.add(Messages.pattern(locale, "retention.count." + kind)
                                    .map(p -> Messages.text(locale, "retention.count." + kind))
                                    .orElse(kind)
                            + ": " + n));
            runs.add(new RunRow(
                    r.id().toString(),
                    label(locale, r.rule()),
                    r.startedAt(),
                    r.cutoff(),
                    r.period(),
                    r.triggeredBy(),
                    r.outcome() == RetentionRun.Outcome.FAILED,
                    r.removed(),
                    String.join(", ", counts),
                    r.error()));
        }
        return View.of("admin/retention")
                .with("settings", o.settings())
                .with(
                        "runHour",
                        String.format(Locale.ROOT, "%02d:00", o.settings().hour()))
                .with("rules", rules)
                .with("runs", runs)
                .with("canRun", actor.has(Role.ADMIN))
                .with("form", form);
    }

    private static String label(Locale locale, String rule) {
        return Messages.pattern(locale, "retention.rule." + rule)
                .map(p -> Messages.text(locale, "retention.rule." + rule))
                .orElse(rule);
    }
}
