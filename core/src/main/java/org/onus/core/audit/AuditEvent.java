package org.onus.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One recorded state change. Immutable; {@link #hash()} is the SHA-256 of the canonical event,
 * which includes the previous event's hash.
 *
 * @param sequence position in the chain, from 1 without gaps
 * @param occurredAt when, to the microsecond (what the database keeps)
 * @param actor user name of who acted, or {@code system}
 * @param actorRoles the actor's realm roles at the time, comma-separated and sorted
 * @param action what was done, e.g. {@code policy.status-changed}
 * @param entityType the kind of thing changed, e.g. {@code StatePolicy}
 * @param entityId its identifier
 * @param before canonical JSON of the state before, or null
 * @param after canonical JSON of the state after, or null
 * @param previousHash hash of the event before ({@link #GENESIS} for the first)
 * @param hash this event's hash
 */
public record AuditEvent(
        long sequence,
        Instant occurredAt,
        String actor,
        String actorRoles,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String previousHash,
        String hash) {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** Builds the next event of a chain, computing its hash. */
    public static AuditEvent next(
            long sequence,
            Instant occurredAt,
            String actor,
            String actorRoles,
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String previousHash) {
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        String hash =
                hashOf(sequence, at, actor, actorRoles, action, entityType, entityId, before, after, previousHash);
        return new AuditEvent(
                sequence, at, actor, actorRoles, action, entityType, entityId, before, after, previousHash, hash);
    }

    /** Whether the stored hash is the hash of the stored fields. */
    public boolean isIntact() {
        return hash.equals(hashOf(
                sequence, occurredAt, actor, actorRoles, action, entityType, entityId, before, after, previousHash));
    }

    /**
     * SHA-256 over the fields, each written as its length and its text (so no field can be moved
     * into its neighbour without changing the hash), ending with the previous hash.
     */
    static String hashOf(
            long sequence,
            Instant occurredAt,
            String actor,
            String actorRoles,
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[] {
            Long.toString(sequence),
            occurredAt.toString(),
            actor,
            actorRoles,
            action,
            entityType,
            entityId,
            before,
            after,
            previousHash
        }) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
            canonical.append('\n');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public AuditEvent {
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(entityType);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(previousHash);
        Objects.requireNonNull(hash);
    }
}
