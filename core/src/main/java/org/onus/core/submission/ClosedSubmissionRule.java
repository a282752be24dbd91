package org.onus.core.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onus.core.retention.Removal;
import org.onus.core.retention.RetentionPeriod;
import org.onus.core.retention.RetentionRule;
import org.onus.core.retention.RetentionSettings;

/**
 * Submissions closed (accepted, linked or rejected) longer than {@code ONUS_RETENTION_SUBMISSIONS}
 * ago are deleted with their questions, answers and attachments. What was accepted lives on as
 * evidence in the library, which keeps its own files. See docs/RETENTION.md.
 */
@ApplicationScoped
public class ClosedSubmissionRule implements RetentionRule {

    public static final String NAME = "closed-submissions";

    @Inject
    SubmissionService submissions;

    @Inject
    RetentionSettings settings;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionPeriod period() {
        return settings.submissions();
    }

    @Override
    public Removal apply(Instant now) {
        Instant cutoff = period().cutoff(now);
        SubmissionService.Purge purge = submissions.purgeClosedBefore(cutoff);
        return new Removal(
                cutoff,
                Map.of(
                        "submissions",
                        purge.submissions().size(),
                        "files",
                        purge.files().size()),
                purge.submissions().stream().map(UUID::toString).toList());
    }
}
