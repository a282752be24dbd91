package org.onus.core.bulk;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryService;
import org.onus.core.identity.Actor;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;

/**
 * Runs a bulk job in the background, as the importer who uploaded it. Pass one reads the whole
 * file and checks every entry, storing nothing, so that a file with any bad row is refused whole
 * with every error by line. Pass two reads it again and files it in batches. The file is streamed
 * both times; only one batch is in memory.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkRunner {

    private static final Logger LOG = Logger.getLogger(BulkRunner.class.getName());

    @Inject
    BulkJobs jobs;

    @Inject
    BulkBatch batches;

    @Inject
    BulkFiles files;

    @Inject
    BulkSettings settings;

    @Asynchronous
    public void run(UUID jobId, Actor actor, Path file) {
        int filed = 0;
        int total = 0;
        try {
            jobs.validating(jobId);
            Checked checked = check(jobId, actor, file);
            if (checked.errorCount() > 0) {
                jobs.reject(jobId, checked.errors(), checked.errorCount());
                return;
            }
            total = checked.entries();
            jobs.filing(jobId, total);
            int batchSize = settings.batchSize();
            try (BulkCsv csv = BulkCsv.open(files.open(file))) {
                List<EntryDraft> batch = new ArrayList<>(batchSize);
                BulkCsv.Group g;
                while ((g = csv.next()) != null) {
                    batch.add(g.draft());
                    if (batch.size() == batchSize) {
                        batches.file(jobId, actor, batch);
                        filed += batch.size();
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    batches.file(jobId, actor, batch);
                    filed += batch.size();
                }
            }
            jobs.done(jobId);
        } catch (BulkCsv.HeaderException e) {
            jobs.reject(jobId, List.of(new BulkCsv.LineError(1, e.getMessage())), 1);
        } catch (RuntimeException | IOException e) {
            fail(jobId, e, filed, total);
        } finally {
            files.discard(file);
        }
    }

    private record Checked(int entries, List<BulkCsv.LineError> errors, int errorCount) {}

    private Checked check(UUID jobId, Actor actor, Path file) throws IOException, BulkCsv.HeaderException {
        int batchSize = settings.batchSize();
        List<BulkCsv.LineError> errors = new ArrayList<>();
        int[] errorCount = {0};
        int entries = 0;
        // Only the first line of each number, to find one used twice; small beside the file.
        Map<String, Long> firstLines = new HashMap<>();
        List<BulkCsv.Group> batch = new ArrayList<>(batchSize);
        try (BulkCsv csv = BulkCsv.open(files.open(file))) {
            BulkCsv.Group g;
            while (true) {
                try {
                    g = csv.next();
                } catch (UncheckedIOException unreadable) {
                    checkBatch(actor, batch, errors, errorCount);
                    add(
                            errors,
                            errorCount,
                            List.of(new BulkCsv.LineError(
                                    0, unreadable.getCause().getMessage())));
                    return new Checked(entries, errors, errorCount[0]);
                }
                if (g == null) {
                    break;
                }
                entries++;
                String number = g.draft().entryNumber();
                Long first = number.isEmpty() ? null : firstLines.putIfAbsent(number, g.firstLine());
                if (first != null) {
                    add(
                            errors,
                            errorCount,
                            List.of(new BulkCsv.LineError(
                                    g.firstLine(),
                                    "entry_number: " + number + " is also used on line " + first
                                            + "; each entry number appears once in a file, and the rows of an entry are"
                                            + " next to each other")));
                }
                batch.add(g);
                if (batch.size() == batchSize) {
                    checkBatch(actor, batch, errors, errorCount);
                    jobs.checked(jobId, entries);
                }
            }
            checkBatch(actor, batch, errors, errorCount);
        }
        if (entries == 0) {
            add(errors, errorCount, List.of(new BulkCsv.LineError(2, "The file has a header but no entries")));
        }
        // A number used twice is found while reading, the batch's checks later: list by line.
        errors.sort(Comparator.comparingLong(BulkCsv.LineError::line));
        return new Checked(entries, errors, errorCount[0]);
    }

    private void checkBatch(Actor actor, List<BulkCsv.Group> batch, List<BulkCsv.LineError> errors, int[] errorCount) {
        if (batch.isEmpty()) {
            return;
        }
        List<EntryService.Checked> results =
                batches.check(actor, batch.stream().map(BulkCsv.Group::draft).toList());
        for (int i = 0; i < batch.size(); i++) {
            BulkCsv.Group g = batch.get(i);
            List<BulkCsv.LineError> found = new ArrayList<>(g.errors());
            for (Problem p : results.get(i).problems()) {
                found.add(g.error(p));
            }
            found.sort(Comparator.comparingLong(BulkCsv.LineError::line));
            add(errors, errorCount, found);
        }
        batch.clear();
    }

    private static void add(List<BulkCsv.LineError> errors, int[] count, List<BulkCsv.LineError> found) {
        for (BulkCsv.LineError e : found) {
            count[0]++;
            if (errors.size() < BulkJob.MAX_STORED_ERRORS) {
                errors.add(e);
            }
        }
    }

    private void fail(UUID jobId, Exception e, int filed, int total) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        String progress = total == 0
                ? "Nothing was filed."
                : filed + " of " + total + " entries were filed; upload the same file again to file the rest"
                        + " (entries already filed are recognised and not filed twice).";
        String why;
        if (cause instanceof RuleViolation rule) {
            why = "Filing stopped after entry " + filed + ": " + rule.getMessage() + ". " + progress;
        } else {
            LOG.log(Level.SEVERE, "Bulk upload " + jobId + " failed", e);
            why = "Filing stopped because of an error in Onus (bulk upload " + jobId + "). " + progress;
        }
        try {
            jobs.fail(jobId, why);
        } catch (RuntimeException again) {
            LOG.log(Level.SEVERE, "Could not mark bulk upload " + jobId + " as failed", again);
        }
    }
}
