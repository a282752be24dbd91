package org.onus.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.submission.Submission;
import org.onus.core.submission.SubmissionAttachment;
import org.onus.core.submission.SubmissionQuestion;

/** A submission for regulators and auditors; {@code contact} only for regulators. */
@Schema(
        requiredProperties = {
            "id",
            "status",
            "receivedAt",
            "summary",
            "regionCodes",
            "sectorCodes",
            "producers",
            "sources",
            "contactAllowed",
            "attachments",
            "questions",
            "evidenceIds"
        })
public record SubmissionView(
        UUID id,
        String status,
        Instant receivedAt,
        Instant closedAt,
        String summary,
        List<String> regionCodes,
        List<String> sectorCodes,
        List<String> producers,
        List<String> sources,
        boolean contactAllowed,

        @Schema(description = "Only for regulators, and only when the submitter allowed contact")
        String contact,

        List<Attachment> attachments,
        List<Question> questions,
        String triagedBy,
        String triageReason,
        UUID linkedDesignationId,
        UUID linkedPolicyId,
        List<UUID> evidenceIds) {

    @Schema(
            name = "SubmissionAttachment",
            requiredProperties = {"id", "fileName", "mediaType", "sizeBytes"})
    public record Attachment(UUID id, String fileName, String mediaType, long sizeBytes) {

        static Attachment of(SubmissionAttachment a) {
            return new Attachment(a.id(), a.fileName(), a.mediaType(), a.sizeBytes());
        }
    }

    @Schema(
            name = "SubmissionQuestion",
            requiredProperties = {"id", "question", "askedBy", "askedAt"})
    public record Question(
            UUID id, String question, String askedBy, Instant askedAt, String answer, Instant answeredAt) {

        static Question of(SubmissionQuestion q) {
            return new Question(
                    q.id(),
                    q.question(),
                    q.askedBy(),
                    q.askedAt(),
                    q.answer().orElse(null),
                    q.answeredAt().orElse(null));
        }
    }

    static SubmissionView of(Submission s, boolean withContact) {
        return new SubmissionView(
                s.id(),
                s.status().name(),
                s.receivedAt(),
                s.closedAt().orElse(null),
                s.summary(),
                List.copyOf(s.regionCodes()),
                List.copyOf(s.sectorCodes()),
                s.producers(),
                s.sources(),
                s.contactAllowed(),
                withContact ? s.contact().orElse(null) : null,
                s.attachments().stream().map(Attachment::of).toList(),
                s.questions().stream().map(Question::of).toList(),
                s.triagedBy().orElse(null),
                s.triageReason().orElse(null),
                s.linkedDesignationId().orElse(null),
                s.linkedPolicyId().orElse(null),
                List.copyOf(s.evidenceIds()));
    }
}
