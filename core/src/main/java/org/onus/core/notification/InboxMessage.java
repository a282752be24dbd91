package org.onus.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/** A message for one person in the portal; it stays unread until they mark it read. */
@Entity
@Table(name = "inbox_message")
@NamedQuery(
        name = "InboxMessage.of",
        query = "select m from InboxMessage m where m.recipient = :recipient or m.recipient in :teams"
                + " order by m.createdAt desc, m.id")
@NamedQuery(
        name = "InboxMessage.count",
        query = "select count(m) from InboxMessage m where m.recipient = :recipient or m.recipient in :teams")
@NamedQuery(
        name = "InboxMessage.unread",
        query = "select count(m) from InboxMessage m where (m.recipient = :recipient or m.recipient in :teams)"
                + " and m.readAt is null")
public class InboxMessage {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_LINK = 2000;

    @Id
    private UUID id;

    @Column(name = "recipient", nullable = false, length = 255)
    private String recipient;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "link", length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
        // for JPA
    }

    /**
     * A new unread message.
     *
     * @throws InvalidInputException if a part is missing or too long, or the link leaves the portal
     */
    public static InboxMessage to(String recipient, String subject, String body, String link, Instant at) {
        Content content = Content.of(subject, body, link);
        List<Problem> problems = new ArrayList<>();
        if (recipient == null || recipient.isBlank() || recipient.strip().length() > 255) {
            problems.add(new Problem("recipient", "Name the user the message is for"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InboxMessage m = new InboxMessage();
        m.id = UUID.randomUUID();
        m.recipient = recipient.strip();
        m.subject = content.subject();
        m.body = content.body();
        m.link = content.link();
        m.createdAt = at;
        return m;
    }

    /**
     * A notification's subject, body and link, checked once for the inbox and the email alike.
     *
     * @param link a path inside the portal ({@code /designations/3}); never another site, so a
     *     message cannot send people elsewhere
     */
    public record Content(String subject, String body, String link) {

        public static Content of(String subject, String body, String link) {
            List<Problem> problems = new ArrayList<>();
            String s = subject == null ? "" : subject.strip();
            if (s.isEmpty() || s.length() > MAX_SUBJECT || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                problems.add(new Problem("subject", "Give a subject of one line, at most 300 characters"));
            }
            String b = body == null ? "" : body.strip();
            if (b.isEmpty() || b.length() > MAX_BODY) {
                problems.add(new Problem("body", "Give a message of at most 10,000 characters"));
            }
            String l = link == null || link.isBlank() ? null : link.strip();
            if (l != null && !isPortalPath(l)) {
                problems.add(new Problem("link", "A link must be a path inside the portal, e.g. /designations"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Content(s, b, l);
        }

        static boolean isPortalPath(String link) {
            return link.length() <= MAX_LINK
                    && link.startsWith("/")
                    && !link.startsWith("//")
                    && !link.contains("\\")
                    && link.chars().noneMatch(c -> c <= 0x20 || c == 0x7f);
        }
    }

    /** @return true if this call marked it read (false if it already was) */
    boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public boolean isFor(String username) {
        return recipient.equals(username);
    }

    /** The inbox address a whole role shares, e.g. the supervisors who must act on a due case. */
    public static String team(org.onus.core.identity.Role role) {
        return "team:" + role.realmName();
    }

    public boolean isFor(org.onus.core.identity.Actor actor) {
        return isFor(actor.username())
                || actor.roles().stream().map(InboxMessage::team).anyMatch(recipient::equals);
    }

    public UUID id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt == null;
    }

    Snapshot snapshot() {
        return Snapshot.of("recipient", recipient)
                .and("subject", subject)
                .and("link", link)
                .and("readAt", readAt);
    }
}
