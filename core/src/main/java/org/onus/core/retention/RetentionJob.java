package org.onus.core.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;

/**
 * The daily retention run: at {@code ONUS_RETENTION_HOUR} (UTC) every {@link RetentionRule} the
 * application has (found through CDI) runs, each in its own transaction ({@link RetentionRunner}),
 * in name order. Administrators can start a run at once. The settings are checked when the portal
 * starts, so a bad value stops the deployment with a message naming it.
 *
 * <p>The timer is not persistent: each node with {@code ONUS_RETENTION_SCHEDULED=true} starts its
 * own; in a cluster, schedule it on one node (a second run finds nothing left to remove).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RetentionSettings settings;

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Inject
    RetentionRunner runner;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        RetentionConfig config;
        try {
            config = settings.config();
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        if (config.scheduled()) {
            timers.createCalendarTimer(
                    new ScheduleExpression()
                            .hour(config.hour())
                            .minute(0)
                            .second(0)
                            .timezone("UTC"),
                    new TimerConfig("onus-retention", false));
            LOG.info(() -> "Retention runs daily at " + config.hour() + ":00 UTC");
        } else {
            LOG.info("Retention is not scheduled on this node (ONUS_RETENTION_SCHEDULED=false)");
        }
    }

    @Timeout
    void scheduled() {
        try {
            runAll(null);
        } catch (ConflictException e) {
            LOG.info("The scheduled retention run was skipped: a run is already under way");
        }
    }

    /** The rules the application has, in name order. */
    public List<RetentionRule> rules() {
        List<RetentionRule> all = new ArrayList<>();
        rules.forEach(all::add);
        all.sort(Comparator.comparing(RetentionRule::name));
        return all;
    }

    /**
     * Runs every rule now, each in its own transaction; a failing rule is recorded and the others
     * still run.
     *
     * @param actor who asked, or null for the schedule
     * @throws ConflictException while another run is under way on this node
     */
    public List<RetentionRun> runAll(Actor actor) {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("A retention run is already under way; try again when it has finished");
        }
        try {
            List<RetentionRun> runs = new ArrayList<>();
            for (RetentionRule rule : rules()) {
                Instant now = clock.instant();
                try {
                    runs.add(runner.run(rule, now, actor));
                } catch (RuntimeException e) {
                    String why = describe(e);
                    LOG.warning("Retention rule " + rule.name() + " failed; nothing of it was removed: " + why);
                    String period;
                    Instant cutoff;
                    try {
                        period = rule.period().text();
                        cutoff = rule.period().cutoff(now);
                    } catch (RuntimeException unreadable) {
                        period = "?";
                        cutoff = now;
                    }
                    runs.add(runner.failed(rule.name(), period, cutoff, now, actor, why));
                }
            }
            return runs;
        } finally {
            running.set(false);
        }
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getCause() != null && t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
