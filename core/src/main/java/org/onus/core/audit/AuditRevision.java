package org.onus.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * A revision of entity history (Hibernate Envers): what an entity looked like after each change,
 * for the "what did this look like before" views. Who made the change comes from the same
 * transaction's audit event.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevision.Listener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false)
    private String username;

    public long id() {
        return id;
    }

    public Instant revisedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String username() {
        return username;
    }

    /** Fills in who made the revision. */
    public static class Listener implements RevisionListener {
        @Override
        public void newRevision(Object revisionEntity) {
            String actor = RevisionActor.current();
            ((AuditRevision) revisionEntity).username = actor == null ? AuditTrail.SYSTEM : actor;
        }
    }
}
