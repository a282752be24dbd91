package org.onus.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.submission.Submission;
import org.onus.core.submission.SubmissionQuestion;

/** A submission as its submitter sees it: the status and the questions, not who asked them. */
@Schema(requiredProperties = {"status", "receivedAt", "questions"})
public record SubmitterView(String status, Instant receivedAt, List<Question> questions) {

    @Schema(
            name = "SubmitterQuestion",
            requiredProperties = {"id", "question", "askedAt"})
    public record Question(UUID id, String question, Instant askedAt, String answer, Instant answeredAt) {

        static Question of(SubmissionQuestion q) {
            return new Question(
                    q.id(),
                    q.question(),
                    q.askedAt(),
                    q.answer().orElse(null),
                    q.answeredAt().orElse(null));
        }
    }

    public static SubmitterView of(Submission s) {
        return new SubmitterView(
                s.status().name(),
                s.receivedAt(),
                s.questions().stream().map(Question::of).toList());
    }
}
