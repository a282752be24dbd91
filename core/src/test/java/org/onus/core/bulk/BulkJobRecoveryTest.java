package org.onus.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.core.persistence.MigratedH2;

/**
 * Two nodes share the database (and may share the staging folder): a node starting up fails only
 * the uploads its own previous life left running, never those another node is running now.
 */
class BulkJobRecoveryTest {

    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    static SessionFactory factory;

    @BeforeAll
    static void schema() {
        factory = MigratedH2.sessions(MigratedH2.dataSource("bulk-recovery"), BulkJob.class);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static ThisNode named(String name) {
        return new ThisNode() {
            @Override
            public String name() {
                return name;
            }
        };
    }

    private static BulkJob running(String runner) {
        BulkJob job = new BulkJob(UUID.randomUUID(), "ACME", "importer-a", "entries.csv", runner, AT);
        job.filing(10);
        factory.inTransaction(s -> s.persist(job));
        return job;
    }

    private static BulkJobStatus status(BulkJob job) {
        return factory.fromTransaction(s -> s.find(BulkJob.class, job.id()).status());
    }

    @Test
    void aRestartingNodeFailsItsOwnInterruptedJobsAndLeavesTheOtherNodesRunning() {
        BulkJob onA = running("node-a");
        BulkJob onB = running("node-b");
        BulkJob fromBefore = running(null);

        List<UUID> failed = factory.fromTransaction(s -> {
            BulkJobs jobs = new BulkJobs();
            jobs.em = s;
            jobs.clock = Clock.fixed(AT, ZoneOffset.UTC);
            jobs.node = named("node-b");
            return jobs.failInterrupted();
        });

        assertThat(failed).containsExactlyInAnyOrder(onB.id(), fromBefore.id());
        assertThat(status(onA)).as("node A is still filing it").isEqualTo(BulkJobStatus.FILING);
        assertThat(status(onB)).isEqualTo(BulkJobStatus.FAILED);
        assertThat(status(fromBefore)).isEqualTo(BulkJobStatus.FAILED);
    }

    @Test
    void onlyTheFailedJobsFilesAndAbandonedPartsAreRemovedFromASharedFolder(@TempDir Path dir) throws IOException {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        Path myFile = Files.writeString(dir.resolve(mine + ".csv"), "x");
        Path theirFile = Files.writeString(dir.resolve(theirs + ".csv"), "x");
        Path arriving = Files.writeString(dir.resolve("upload-1.part"), "x");
        Path abandoned = Files.writeString(dir.resolve("upload-2.part"), "x");
        Files.setLastModifiedTime(abandoned, FileTime.from(AT.minusSeconds(7200)));
        Files.setLastModifiedTime(arriving, FileTime.from(AT.minusSeconds(60)));

        BulkJobRecovery.removeStaged(dir, List.of(mine), AT.minus(BulkJobRecovery.ABANDONED_PART));

        assertThat(myFile).doesNotExist();
        assertThat(abandoned).doesNotExist();
        assertThat(theirFile).exists();
        assertThat(arriving).exists();
    }
}
