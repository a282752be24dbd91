package org.onus.core.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The one scheduler that bounds every SMTP write. Jakarta Mail enforces {@code writetimeout} by
 * scheduling a guard task for each write on the connection's socket, and, unless it is handed a
 * scheduler, it starts a thread pool of its own for every connection and stops it when the
 * connection closes: one thread started and stopped per mail sent, which took an eighth of the
 * server's CPU while cases were being decided (docs/BENCHMARKS.md, "Mail without a thread per
 * message"). Handed this scheduler through {@code mail.<protocol>.executor.writetimeout}, it uses
 * it and leaves it running.
 */
@ApplicationScoped
public class SmtpWriteTimeouts {

    @Resource
    ManagedThreadFactory threads;

    ScheduledThreadPoolExecutor scheduler;

    @PostConstruct
    void start() {
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        // A guard is cancelled as soon as its write returns, thousands of times a minute; without
        // this the cancelled guards would stay queued for the whole timeout.
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /**
     * Puts this scheduler into the mail session's properties. Always replaces what is there: the
     * session outlives a redeployment of the application, and its previous scheduler is shut down.
     */
    public void useFor(Properties session, String... protocols) {
        for (String protocol : protocols) {
            session.put("mail." + protocol + ".executor.writetimeout", scheduler);
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
