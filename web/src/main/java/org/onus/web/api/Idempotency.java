package org.onus.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.onus.core.idempotency.IdempotencyRecord;
import org.onus.core.idempotency.IdempotencyRecords;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;

/**
 * Runs a creating request once per {@code Idempotency-Key}: the first time for real, in one
 * transaction with the record of its answer; a retry with the same key and the same request gets
 * that answer again; the same key with a different request is refused (409).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Jsonb JSON = JsonBinding.shared();

    @Inject
    IdempotencyRecords records;

    @Inject
    Clock clock;

    /**
     * @param key the client's key, or null to just run the request
     * @param operation what is being done, e.g. {@code POST /api/v1/policies}
     * @param request the request as the client sent it (what must match on a retry)
     */
    @Transactional
    public Response once(Actor actor, String key, String operation, String request, Supplier<Response> create) {
        if (key == null || key.isBlank()) {
            return create.get();
        }
        if (key.length() > 255) {
            throw InvalidInputException.of(HEADER, "An Idempotency-Key has at most 255 characters");
        }
        String hash = sha256(operation + "\n" + request);
        var existing = records.find(actor.username(), key);
        if (existing.isPresent()) {
            IdempotencyRecord record = existing.get();
            if (!record.sameRequest(operation, hash)) {
                throw new ConflictException(
                        "This Idempotency-Key was used for a different request; use a new key for a new request");
            }
            Response.ResponseBuilder replay = Response.status(record.status())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(record.responseBody());
            if (record.location() != null) {
                replay.header("Location", record.location());
            }
            return replay.header("Idempotent-Replayed", "true").build();
        }
        IdempotencyRecord record = new IdempotencyRecord(
                new IdempotencyRecord.Key(actor.username(), key), operation, hash, clock.instant());
        records.reserve(record);
        Response response = create.get();
        String location =
                response.getLocation() == null ? null : response.getLocation().toString();
        record.answered(
                response.getStatus(),
                response.getEntity() == null ? null : JSON.toJson(response.getEntity()),
                location);
        return response;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
