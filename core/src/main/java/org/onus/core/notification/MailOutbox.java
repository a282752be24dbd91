package org.onus.core.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The table of mail to send. Queuing joins the caller's transaction (and refuses to run without
 * one); the sender's bookkeeping runs in transactions of its own, so a failed send never touches a
 * business transaction.
 */
@Stateless
public class MailOutbox {

    private static final String QUEUED_IN_THIS_TRANSACTION = MailOutbox.class.getName() + ".queued";

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    /**
     * Queues an email in the caller's transaction.
     *
     * @param to an address {@link EmailAddress} accepts
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboundEmail queue(String to, String subject, String body) {
        String address = Subscription.checked(to);
        OutboundEmail mail = new OutboundEmail(address, subject, body, now());
        entityManager.persist(mail);
        // One prompt after the commit is enough however many mails this transaction queued.
        if (transactions.getResource(QUEUED_IN_THIS_TRANSACTION) == null) {
            transactions.putResource(QUEUED_IN_THIS_TRANSACTION, Boolean.TRUE);
            queued.fire(new MailQueued());
        }
        return mail;
    }

    /** Ids and due times of mail whose time has come, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Due> due(int limit) {
        return entityManager
                .createNamedQuery("OutboundEmail.due", OutboundEmail.class)
                .setParameter("now", now())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(e -> new Due(e.id(), e.nextAttemptAt()))
                .toList();
    }

    /** A mail to send, as it was when the sender claimed it. */
    public record Due(UUID id, Instant nextAttemptAt) {}

    /**
     * Takes a mail for sending: moves its due time past the lease, but only if nobody moved it since
     * it was listed. So a mail is sent by one sender at a time (the timer, the prompt after commit,
     * another node), and one whose sender died is sent again when the lease ends.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboundEmail> claim(Due due, Duration lease) {
        int taken = entityManager
                .createNamedQuery("OutboundEmail.claim")
                .setParameter("leaseUntil", now().plus(lease))
                .setParameter("id", due.id())
                .setParameter("seen", due.nextAttemptAt())
                .executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        OutboundEmail mail = entityManager.find(OutboundEmail.class, due.id());
        entityManager.detach(mail);
        return Optional.of(mail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(UUID id) {
        find(id).ifPresent(m -> m.sent(now()));
    }

    /** @param retryAfter null to give up */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(UUID id, String error, Duration retryAfter) {
        find(id).ifPresent(m -> m.failed(error, retryAfter == null ? null : now().plus(retryAfter)));
    }

    public Optional<OutboundEmail> find(UUID id) {
        return Optional.ofNullable(entityManager.find(OutboundEmail.class, id));
    }

    /** Milliseconds only: the claim compares a time it read back, so it must survive the database's precision. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
