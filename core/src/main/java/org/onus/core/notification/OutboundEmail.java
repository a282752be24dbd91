package org.onus.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An email waiting to be sent, or sent. It is written in the transaction of the change it reports,
 * so a rolled-back change sends nothing and a committed one is never forgotten; the sender picks it
 * up after the commit. {@code nextAttemptAt} is null once it was sent or given up, so the index on
 * it holds only the mail still to send.
 */
@Entity
@Table(name = "outbound_email")
@NamedQuery(
        name = "OutboundEmail.due",
        query = "select e from OutboundEmail e where e.nextAttemptAt <= :now order by e.nextAttemptAt")
public class OutboundEmail {

    public static final int MAX_ERROR = 1000;

    @Id
    private UUID id;

    @Column(name = "to_address", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String to;

    @Column(name = "subject", nullable = false, length = InboxMessage.MAX_SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, length = 12_000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected OutboundEmail() {
        // for JPA
    }

    OutboundEmail(String to, String subject, String body, Instant at) {
        this.id = UUID.randomUUID();
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
        nextAttemptAt = null;
    }

    /** @param next when to try again; null to give up */
    void failed(String error, Instant next) {
        attempts++;
        lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        nextAttemptAt = next;
    }

    public UUID id() {
        return id;
    }

    public String to() {
        return to;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
