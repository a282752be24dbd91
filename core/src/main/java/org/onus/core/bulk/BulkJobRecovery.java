package org.onus.core.bulk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A job's thread does not survive a restart, so a job still running at startup never ends by
 * itself: it is marked failed, with how far it got, and its staged file is removed. Retrying the
 * same file is safe, because entries already filed with the same facts are recognised.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkJobRecovery {

    private static final Logger LOG = Logger.getLogger(BulkJobRecovery.class.getName());

    @Inject
    BulkJobs jobs;

    @Inject
    BulkSettings settings;

    @PostConstruct
    void recover() {
        try {
            int failed = jobs.failInterrupted();
            if (failed > 0) {
                LOG.warning(() -> failed + " bulk upload(s) were interrupted by a restart and are marked failed");
            }
        } catch (RuntimeException e) {
            // Never stop the portal from starting over this; the jobs stay as they are.
            LOG.log(Level.WARNING, "Could not check for interrupted bulk uploads", e);
        }
        Path dir = settings.directory();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException e) {
                        LOG.warning(() -> "Could not remove the staged upload " + f + ": " + e.getMessage());
                    }
                });
            } catch (IOException e) {
                LOG.warning(() -> "Could not list staged uploads in " + dir + ": " + e.getMessage());
            }
        }
    }
}
