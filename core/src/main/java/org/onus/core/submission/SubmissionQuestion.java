package org.onus.core.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A regulator's question to the submitter, and the answer once given (one answer per question). */
@Entity
@Table(name = "submission_question")
public class SubmissionQuestion {

    @Id
    private UUID id;

    @Column(name = "question", nullable = false, length = 2000)
    private String question;

    @Column(name = "asked_by", nullable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answer", length = 10000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SubmissionQuestion() {
        // for JPA
    }

    SubmissionQuestion(String question, String askedBy, Instant askedAt) {
        this.id = UUID.randomUUID();
        this.question = question;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    void answer(String text, Instant at) {
        this.answer = text;
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public String question() {
        return question;
    }

    /** Who asked: shown to regulators and auditors, never to the submitter. */
    public String askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public boolean open() {
        return answer == null;
    }
}
