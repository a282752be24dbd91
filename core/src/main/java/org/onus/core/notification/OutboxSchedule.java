package org.onus.core.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Drives the outbox: a timer every {@code onus.mail.retry-seconds} picks up retries and anything
 * the prompt missed (a crash between commit and send), and a commit that queued mail prompts a send
 * at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    OutboxSender sender;

    @Inject
    MailSettings settings;

    /** A round still sending when the next tick comes makes that tick skip rather than pile up. */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = settings.pollInterval().toMillis();
        // Not persistent: every node starts its own on deployment, and the claim keeps them apart.
        timers.createIntervalTimer(interval, interval, new TimerConfig("onus-mail-outbox", false));
        LOG.fine(() -> "Mail outbox polls every " + interval + " ms");
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.warning("The mail outbox round failed; the next one retries: " + OutboxSender.describe(e));
        } finally {
            running.set(false);
        }
    }

    /** After a successful commit only: a rolled-back change queued nothing to send. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            sender.sendSoon();
        } catch (RuntimeException e) {
            // The timer sends it; the committed change must not look failed to whoever made it.
            LOG.warning("Could not prompt the mail outbox: " + OutboxSender.describe(e));
        }
    }
}
