package org.onus.core.bulk;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.onus.core.evidence.FileName;
import org.onus.core.identity.Actor;

/**
 * Takes in a bulk file and starts its job. The upload only streams the file to disk; checking and
 * filing happen in the background, so the request returns at once whatever the file's size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkUpload {

    @Inject
    BulkFiles files;

    @Inject
    BulkJobs jobs;

    @Inject
    BulkRunner runner;

    /** Streams the upload to disk; the caller either starts a job with it or discards it. */
    public BulkFiles.Staged receive(InputStream in) {
        try {
            return files.stage(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the job (committed before it runs, so that it can be watched at once) and starts it. */
    public BulkJob start(Actor actor, BulkFiles.Staged staged, String fileName) {
        BulkJob job = jobs.create(actor, FileName.optional(fileName));
        Path file;
        try {
            file = files.claim(staged, job.id());
        } catch (IOException e) {
            jobs.fail(job.id(), "The uploaded file could not be kept for processing; upload it again");
            throw new UncheckedIOException(e);
        }
        runner.run(job.id(), actor, file);
        return job;
    }

    public void discard(BulkFiles.Staged staged) {
        files.discard(staged.path());
    }

    /** A job the reader may see: their own organisation's; any other is 404. */
    public BulkJob job(Actor reader, UUID id) {
        return jobs.get(reader, id);
    }

    /** The reader's most recent jobs, newest first. */
    public List<BulkJob> recent(Actor reader, int limit) {
        return jobs.recent(reader, limit);
    }
}
