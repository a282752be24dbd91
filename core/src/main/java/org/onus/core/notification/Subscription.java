package org.onus.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;

/** A person's wish to hear about a topic, by inbox message and by email to the address they gave. */
@Entity
@Table(name = "subscription")
@NamedQuery(
        name = "Subscription.ofTopic",
        query = "select s from Subscription s where s.id.topic = :topic order by s.id.username")
public class Subscription {

    /** One subscription per person and topic: subscribing again only changes the address. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "username", nullable = false, length = 255)
        private String username;

        @Enumerated(EnumType.STRING)
        @Column(name = "topic", nullable = false, length = 50)
        private Topic topic;

        protected Key() {}

        public Key(String username, Topic topic) {
            this.username = Objects.requireNonNull(username);
            this.topic = Objects.requireNonNull(topic);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && username.equals(other.username) && topic == other.topic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, topic);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;

    protected Subscription() {
        // for JPA
    }

    Subscription(String username, Topic topic, String email, Instant at) {
        this.id = new Key(username, topic);
        this.email = checked(email);
        this.subscribedAt = at;
    }

    /** @return true if the address changed */
    boolean sendTo(String newEmail) {
        String checked = checked(newEmail);
        if (checked.equals(email)) {
            return false;
        }
        email = checked;
        return true;
    }

    /** The address, normalised; the field message is what the person sees beside the email box. */
    static String checked(String email) {
        String normalised = EmailAddress.normalise(email);
        if (normalised == null) {
            throw InvalidInputException.of(
                    "email",
                    email == null || email.isBlank()
                            ? "Enter the email address to send updates to"
                            : "Enter an email address in the correct format, like name@example.org");
        }
        return normalised;
    }

    public String username() {
        return id.username;
    }

    public Topic topic() {
        return id.topic;
    }

    public String email() {
        return email;
    }

    public Instant subscribedAt() {
        return subscribedAt;
    }

    Snapshot snapshot() {
        return Snapshot.of("username", id.username).and("topic", id.topic).and("email", email);
    }
}
