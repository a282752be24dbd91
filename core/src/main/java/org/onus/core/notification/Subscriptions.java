package org.onus.core.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;

/** Who wants to hear about what. Anyone signed in may subscribe themselves, and only themselves. */
@Stateless
public class Subscriptions {

    static final String ENTITY = "Subscription";

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Subscribes the actor, or changes the address of their subscription; the same request twice
     * changes nothing and records nothing.
     *
     * @throws org.onus.core.problem.InvalidInputException (field {@code email}) for a missing or malformed address
     */
    public Subscription subscribe(Actor actor, Topic topic, String email) {
        Objects.requireNonNull(topic, "topic");
        Optional<Subscription> existing = find(actor, topic);
        if (existing.isPresent()) {
            Subscription s = existing.get();
            Snapshot before = s.snapshot();
            if (s.sendTo(email)) {
                audit.record(actor, "subscription.changed", ENTITY, key(actor, topic), before, s.snapshot());
            }
            return s;
        }
        Subscription s = new Subscription(actor.username(), topic, email, clock.instant());
        entityManager.persist(s);
        audit.record(actor, "subscription.added", ENTITY, key(actor, topic), Snapshot.NONE, s.snapshot());
        return s;
    }

    /** Ends the actor's subscription; without one, nothing happens. */
    public void unsubscribe(Actor actor, Topic topic) {
        find(actor, topic).ifPresent(s -> {
            Snapshot before = s.snapshot();
            entityManager.remove(s);
            audit.record(actor, "subscription.removed", ENTITY, key(actor, topic), before, Snapshot.NONE);
        });
    }

    public Optional<Subscription> find(Actor actor, Topic topic) {
        return Optional.ofNullable(
                entityManager.find(Subscription.class, new Subscription.Key(actor.username(), topic)));
    }

    public List<Subscription> of(Topic topic) {
        return entityManager
                .createNamedQuery("Subscription.ofTopic", Subscription.class)
                .setParameter("topic", topic)
                .getResultList();
    }

    private static String key(Actor actor, Topic topic) {
        return actor.username() + "/" + topic.name();
    }
}
