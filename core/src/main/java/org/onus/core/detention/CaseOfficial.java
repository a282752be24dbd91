package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customs officer the portal has seen: recorded when they open the work queue or act on a
 * case's assignment. Users live in the identity provider, which the portal does not query; a
 * supervisor assigns cases to the officers recorded here, so a case never goes to a name that
 * has never signed in.
 */
@Entity
@Table(name = "case_official")
public class CaseOfficial {

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected CaseOfficial() {
        // for JPA
    }

    public CaseOfficial(String username, String displayName, Instant at) {
        this.username = username;
        this.displayName = displayName;
        this.lastSeenAt = at;
    }

    void seen(String displayName, Instant at) {
        this.displayName = displayName;
        this.lastSeenAt = at;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
