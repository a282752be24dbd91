package org.onus.core.feed;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.feed.verifier.Keys;

/**
 * Another authority whose signed designation feed regulators here may import: its name and the
 * public keys (a JWKS) its feeds are verified against. Keys are only ever added (a rotation adds
 * the new key; the old one stays so that feeds signed with it still verify).
 */
@Entity
@Table(name = "foreign_authority")
@NamedQuery(name = "ForeignAuthority.findAll", query = "select a from ForeignAuthority a order by a.name")
@NamedQuery(name = "ForeignAuthority.byName", query = "select a from ForeignAuthority a where lower(a.name) = :name")
public class ForeignAuthority {

    static final int MAX_JWKS = 20_000;

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "jwks", nullable = false, length = MAX_JWKS)
    private String jwks;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ForeignAuthority() {
        // for JPA
    }

    /**
     * @throws InvalidInputException naming {@code name} or {@code jwks}
     */
    static ForeignAuthority register(String name, String keys, String by, Instant at) {
        List<Problem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            problems.add(new Problem("name", "Give the authority's name, at most 200 characters"));
        }
        JWKSet set = parse(keys, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ForeignAuthority a = new ForeignAuthority();
        a.id = UUID.randomUUID();
        a.name = n;
        a.jwks = set.toString(true);
        a.registeredBy = by;
        a.registeredAt = at;
        a.changedAt = at;
        return a;
    }

    /** Adds keys (a rotation); a key id already registered with other key material is refused (409). */
    void addKeys(String keys, Instant at) {
        List<Problem> problems = new ArrayList<>();
        JWKSet added = parse(keys, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<JWK> all = new ArrayList<>(keys().getKeys());
        for (JWK key : added.getKeys()) {
            JWK existing = keys().getKeyByKeyId(key.getKeyID());
            if (existing == null) {
                all.add(key);
            } else if (!existing.equals(key)) {
                throw new ConflictException(
                        "Key \"" + key.getKeyID() + "\" is already registered for " + name
                                + " with other key material; a rotated key needs a new key id",
                        List.of(new Problem("jwks", "Key id " + key.getKeyID() + " is taken")));
            }
        }
        String json = new JWKSet(all).toString(true);
        if (json.length() > MAX_JWKS) {
            throw InvalidInputException.of("jwks", "An authority's keys fit in 20,000 characters");
        }
        jwks = json;
        changedAt = at;
    }

    private static JWKSet parse(String keys, List<Problem> problems) {
        try {
            JWKSet set = Keys.parsePublic(keys);
            if (set.toString(true).length() > MAX_JWKS) {
                problems.add(new Problem("jwks", "An authority's keys fit in 20,000 characters"));
            }
            return set;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("jwks", "Paste the authority's public key as a JWK or JWKS: " + e.getMessage()));
            return null;
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The registered public keys. */
    public JWKSet keys() {
        return Keys.parsePublic(jwks);
    }

    public List<String> keyIds() {
        return keys().getKeys().stream().map(JWK::getKeyID).toList();
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    Snapshot snapshot() {
        return Snapshot.of("name", name).and("keyIds", keyIds());
    }
}
