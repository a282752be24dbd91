package org.onus.core.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onus.core.retention.Removal;
import org.onus.core.retention.RetentionPeriod;
import org.onus.core.retention.RetentionRule;
import org.onus.core.retention.RetentionSettings;

/**
 * Submitters' address hashes older than {@code ONUS_RETENTION_ADDRESS_HASHES} (at most 24 hours)
 * are emptied. {@link SubmissionHousekeeping} does the same every hour; this rule puts it in the
 * retention record beside the others. Only a count is recorded: the hashes name no submission.
 */
@ApplicationScoped
public class AddressHashRule implements RetentionRule {

    public static final String NAME = "address-hashes";

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
        return settings.addressHashes();
    }

    @Override
    public Removal apply(Instant now) {
        Instant cutoff = period().cutoff(now);
        int forgotten = submissions.forgetAddressesOlderThan(cutoff);
        return new Removal(cutoff, Map.of("addressHashes", forgotten), List.of());
    }
}
