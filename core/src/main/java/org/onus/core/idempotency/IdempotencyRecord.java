package org.onus.core.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The answer given to a creating request, kept under the client's key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    /** Keys belong to the user who sent them: two users may use the same key. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "actor", nullable = false, length = 255)
        private String actor;

        @Column(name = "idem_key", nullable = false, length = 255)
        private String key;

        protected Key() {}

        public Key(String actor, String key) {
            this.actor = actor;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && actor.equals(other.actor) && key.equals(other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, key);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(name = "operation", nullable = false, length = 200)
    private String operation;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "response_body", length = 100000)
    private String responseBody;

    @Column(name = "location", length = 2000)
    private String location;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(Key id, String operation, String requestHash, Instant createdAt) {
        this.id = id;
        this.operation = operation;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    public void answered(int status, String responseBody, String location) {
        this.status = status;
        this.responseBody = responseBody;
        this.location = location;
    }

    public boolean sameRequest(String operation, String requestHash) {
        return this.operation.equals(operation) && this.requestHash.equals(requestHash);
    }

    public int status() {
        return status;
    }

    public String responseBody() {
        return responseBody;
    }

    public String location() {
        return location;
    }
}
