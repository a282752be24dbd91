package org.onus.core.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.problem.NotFoundException;

/** Messages in the portal, per person. Each person sees only their own. */
@Stateless
public class Inbox {

    static final String ENTITY = "InboxMessage";

    /** The most messages one answer of the API carries, and what it carries without a limit. */
    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Puts a message in the recipient's inbox, in the caller's transaction. Not an audit event of
     * its own: it is a consequence of the change that prompted it, which the caller records; and a
     * "system" event here, made before the caller's, would also make the system the author of the
     * caller's entity history revisions in this transaction.
     */
    public InboxMessage deliver(String recipient, String subject, String body, String link) {
        InboxMessage message = InboxMessage.to(recipient, subject, body, link, clock.instant());
        entityManager.persist(message);
        return message;
    }

    /** The shared inboxes of the actor's roles; never empty, so the query's IN list is valid everywhere. */
    private static List<String> teams(Actor actor) {
        List<String> teams = new java.util.ArrayList<>(
                actor.roles().stream().map(InboxMessage::team).toList());
        teams.add("team:-");
        return teams;
    }

    /** The actor's newest messages first, at most {@link #LIMIT}. */
    public List<InboxMessage> of(Actor actor) {
        return page(actor, 0, LIMIT).messages();
    }

    /** One page of the actor's messages, newest first, and how many there are in all. */
    public InboxPage page(Actor actor, int offset, int limit) {
        List<InboxMessage> messages = entityManager
                .createNamedQuery("InboxMessage.of", InboxMessage.class)
                .setParameter("recipient", actor.username())
                .setParameter("teams", teams(actor))
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, LIMIT)))
                .getResultList();
        long total = entityManager
                .createNamedQuery("InboxMessage.count", Long.class)
                .setParameter("recipient", actor.username())
                .setParameter("teams", teams(actor))
                .getSingleResult();
        return new InboxPage(messages, total);
    }

    public long unreadCount(Actor actor) {
        return entityManager
                .createNamedQuery("InboxMessage.unread", Long.class)
                .setParameter("recipient", actor.username())
                .setParameter("teams", teams(actor))
                .getSingleResult();
    }

    /**
     * Marks one of the actor's messages read; marking it again changes nothing.
     *
     * @throws NotFoundException if there is no such message, or it is someone else's (the same
     *     answer, so ids of other people's messages cannot be probed)
     */
    public InboxMessage markRead(Actor actor, UUID id) {
        InboxMessage message = entityManager.find(InboxMessage.class, id);
        if (message == null || !message.isFor(actor)) {
            throw new NotFoundException("Message " + id);
        }
        Snapshot before = message.snapshot();
        if (message.markRead(clock.instant())) {
            audit.record(actor, "inbox.read", ENTITY, id.toString(), before, message.snapshot());
        }
        return message;
    }
}
