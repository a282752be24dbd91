package org.onus.core.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;

/** What operators see of retention and how they start a run; the pages and the API use it alike. */
@Stateless
public class RetentionService {

    /** How many runs the overview lists. */
    public static final int RECENT = 50;

    @Inject
    RetentionSettings settings;

    @Inject
    RetentionJob job;

    @Inject
    RetentionRunner runner;

    /** A rule the application has, with its configured period. */
    public record RuleView(String name, String period) {}

    /** The settings, the rules and the recent runs, newest first. */
    public record Overview(RetentionConfig settings, List<RuleView> rules, List<RetentionRun> runs) {}

    /** Administrators and auditors read the settings and the runs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Overview overview(Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.AUDITOR)) {
            throw new ForbiddenActionException("Only administrators and auditors see retention");
        }
        List<RuleView> rules = job.rules().stream()
                .map(r -> new RuleView(r.name(), r.period().text()))
                .toList();
        return new Overview(settings.config(), rules, runner.recent(RECENT));
    }

    /**
     * An administrator runs every rule now; each rule runs in its own transaction and is audited
     * with the administrator as actor.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RetentionRun> runNow(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new ForbiddenActionException("Only administrators run retention");
        }
        return job.runAll(actor);
    }
}
