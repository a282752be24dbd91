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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A job's thread does not survive a restart, so a job this node was running when it stopped never
 * ends by itself: at startup it is marked failed, with how far it got, and its staged file is
 * removed. Retrying the same file is safe, because entries already filed with the same facts are
 * recognised. Jobs other nodes are running are alive and are left alone.
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

    /** A part file untouched this long is what a crash left, not an upload still arriving on another node. */
    static final Duration ABANDONED_PART = Duration.ofHours(1);

    @PostConstruct
    void recover() {
        List<UUID> failed;
        try {
            failed = jobs.failInterrupted();
            if (!failed.isEmpty()) {
                LOG.warning(
                        () -> failed.size() + " bulk upload(s) were interrupted by a restart and are marked failed");
            }
        } catch (RuntimeException e) {
            // Never stop the portal from starting over this; the jobs stay as they are.
            LOG.log(Level.WARNING, "Could not check for interrupted bulk uploads", e);
            return;
        }
        removeStaged(settings.directory(), failed, Instant.now().minus(ABANDONED_PART));
    }

    /**
     * Removes the staged files of the jobs failed here, and part files abandoned before {@code
     * abandonedBefore}. The folder may be shared by the nodes: the files of jobs other nodes are
     * running stay.
     */
    static void removeStaged(Path dir, List<UUID> failed, Instant abandonedBefore) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<String> theirs = failed.stream().map(id -> id + ".csv").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> theirs.contains(f.getFileName().toString()) || abandonedPart(f, abandonedBefore))
                    .forEach(f -> {
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

    private static boolean abandonedPart(Path f, Instant before) {
        if (!f.getFileName().toString().endsWith(".part")) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
