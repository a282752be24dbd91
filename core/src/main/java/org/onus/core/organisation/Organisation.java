package org.onus.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An organisation whose members use the portal: an importer (files entries in its own name and
 * answers detention notices) or a customs broker (files for importers that delegated it).
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByCode", query = "select o from Organisation o where o.code = :code")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.code.value")
public class Organisation {

    /** The six official languages of the United Nations, in which letters can be written. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("ar", "en", "es", "fr", "ru", "zh");

    /** What an organisation gets until an administrator chooses: the portal's own language. */
    public static final String DEFAULT_LANGUAGE = "en";

    @Id
    private UUID id;

    @Embedded
    private OrganisationCode code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = DEFAULT_LANGUAGE;

    /** What the organisation is; set when it is first seen and never changed by the portal. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganisationKind kind = OrganisationKind.IMPORTER;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    private Organisation(OrganisationCode code, String name, Instant registeredAt, String registeredBy) {
        this.id = UUID.randomUUID();
        this.code = Objects.requireNonNull(code);
        this.name = name;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.registeredBy = Objects.requireNonNull(registeredBy);
    }

    /**
     * An organisation seen for the first time in a member's token. Its name starts as its code;
     * an administrator can give it a proper name later.
     */
    public static Organisation firstSeen(OrganisationCode code, String byUsername, Instant at) {
        return new Organisation(code, code.value(), at, byUsername);
    }

    /** An organisation of the given kind seen for the first time in a member's token. */
    public static Organisation firstSeen(OrganisationCode code, OrganisationKind kind, String byUsername, Instant at) {
        Organisation o = new Organisation(code, code.value(), at, byUsername);
        o.kind = java.util.Objects.requireNonNull(kind);
        return o;
    }

    /** Importer or customs broker. */
    public OrganisationKind kind() {
        return kind == null ? OrganisationKind.IMPORTER : kind;
    }

    /** An administrator gives the organisation its proper (legal) name; the code never changes. */
    public void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw org.onus.core.problem.InvalidInputException.of(
                    "name", "Give the organisation's name, at most 200 characters");
        }
        this.name = n;
    }

    /**
     * An administrator chooses the language of the organisation's letters and e-mails; only the
     * six UN languages, since the letters exist in no other.
     */
    public void prefer(String language) {
        String l = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw org.onus.core.problem.InvalidInputException.of(
                    "preferredLanguage", "Choose one of the languages ar, en, es, fr, ru, zh");
        }
        this.preferredLanguage = l;
    }

    /** The language of the organisation's letters, one of {@link #LANGUAGES}. */
    public String preferredLanguage() {
        return preferredLanguage == null ? DEFAULT_LANGUAGE : preferredLanguage;
    }

    public UUID id() {
        return id;
    }

    public OrganisationCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
