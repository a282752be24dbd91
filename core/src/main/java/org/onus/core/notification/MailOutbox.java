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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

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

    @Resource(lookup = "java:jboss/datasources/OnusDS")
    DataSource dataSource;

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

    /** Mail whose time has come, oldest first, as listed: detached, to be claimed one by one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboundEmail> due(int limit) {
        List<OutboundEmail> due = entityManager
                .createNamedQuery("OutboundEmail.due", OutboundEmail.class)
                .setParameter("now", now())
                .setMaxResults(limit)
                .getResultList();
        due.forEach(entityManager::detach);
        return due;
    }

    /**
     * Takes a listed mail for sending: moves its due time past the lease, but only if nobody moved
     * it since it was listed. So a mail is sent by one sender at a time (the timer, the prompt after
     * commit, another node), and one whose sender died is sent again when the lease ends. A mail's
     * address, subject and body never change, and anything else that changed (a failed attempt)
     * moved its due time, so a mail claimed is as it was listed.
     *
     * <p>One statement through the transaction's connection, not a JPQL bulk update: Hibernate
     * translated that anew on every execution and scheduled a cache clean-up after it, and the mail
     * was then read again, together more than the sending's bookkeeping needs (issue 14).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(OutboundEmail listed, Duration lease) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("update outbound_email set next_attempt_at = ?"
                        + " where id = ? and next_attempt_at = ? and sent_at is null")) {
            claim.setObject(1, OffsetDateTime.ofInstant(now().plus(lease), ZoneOffset.UTC));
            claim.setObject(2, listed.id());
            claim.setObject(3, OffsetDateTime.ofInstant(listed.nextAttemptAt(), ZoneOffset.UTC));
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim mail " + listed.id(), e);
        }
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
