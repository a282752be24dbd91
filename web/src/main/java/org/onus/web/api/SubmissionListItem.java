package org.onus.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.submission.Submission;

/** One line of the regulators' triage queue. */
@Schema(
        requiredProperties = {"id", "status", "receivedAt", "regionCodes", "sectorCodes", "attachments", "openQuestions"
        })
public record SubmissionListItem(
        UUID id,
        String status,
        Instant receivedAt,
        List<String> regionCodes,
        List<String> sectorCodes,
        int attachments,
        long openQuestions) {

    static SubmissionListItem of(Submission s) {
        return new SubmissionListItem(
                s.id(),
                s.status().name(),
                s.receivedAt(),
                List.copyOf(s.regionCodes()),
                List.copyOf(s.sectorCodes()),
                s.attachments().size(),
                s.questions().stream().filter(q -> q.open()).count());
    }
}
