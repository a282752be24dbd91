package org.onus.core.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The tag on a draft made from another authority's feed: which authority, its id for the
 * designation, the list version and the key that signed it. Never changes.
 */
@Entity
@Immutable
@Table(name = "feed_imported_designation")
@NamedQuery(
        name = "ImportedDesignation.byForeignId",
        query = "select i from ImportedDesignation i where i.authorityId = :authority and i.foreignId = :foreignId")
@NamedQuery(
        name = "ImportedDesignation.byAuthority",
        query = "select i from ImportedDesignation i where i.authorityId = :authority order by i.importedAt desc")
public class ImportedDesignation {

    @Id
    @Column(name = "designation_id")
    private UUID designationId;

    @Column(name = "authority_id", nullable = false)
    private UUID authorityId;

    @Column(name = "foreign_designation_id", nullable = false, length = 100)
    private String foreignId;

    @Column(name = "foreign_version")
    private Integer foreignVersion;

    @Column(name = "foreign_list_version", nullable = false)
    private int foreignListVersion;

    @Column(name = "signing_key_id", nullable = false, length = 200)
    private String signingKeyId;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedDesignation() {
        // for JPA
    }

    ImportedDesignation(
            UUID designationId,
            UUID authorityId,
            String foreignId,
            Integer foreignVersion,
            int foreignListVersion,
            String signingKeyId,
            String importedBy,
            Instant importedAt) {
        this.designationId = designationId;
        this.authorityId = authorityId;
        this.foreignId = foreignId;
        this.foreignVersion = foreignVersion;
        this.foreignListVersion = foreignListVersion;
        this.signingKeyId = signingKeyId;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public UUID designationId() {
        return designationId;
    }

    public UUID authorityId() {
        return authorityId;
    }

    public String foreignId() {
        return foreignId;
    }

    public Integer foreignVersion() {
        return foreignVersion;
    }

    public int foreignListVersion() {
        return foreignListVersion;
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
