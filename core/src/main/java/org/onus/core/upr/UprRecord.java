package org.onus.core.upr;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.SortNatural;
import org.onus.core.audit.Snapshot;

/**
 * A recommendation as the UN recorded it: made by a recommending State to the State under review
 * in a session of the Working Group, with the answer it got. Imported from UPR Info's or the UN
 * index's data, never drafted here; it has no workflow, and a re-import of the same source row
 * finds it again by {@link #identityKey()}.
 */
@Entity
@Table(name = "upr_record")
public class UprRecord {

    public static final int MAX_TEXT = 4000;

    @Id
    private UUID id;

    @Column(name = "identity_key", nullable = false, length = 300, unique = true)
    private String identityKey;

    @Column(name = "source_id", length = 100)
    private String sourceId;

    @Column(name = "state_under_review", nullable = false, length = 200)
    private String stateUnderReview;

    @Column(name = "recommending_state", nullable = false, length = 200)
    private String recommendingState;

    @Column(name = "cycle_number", nullable = false)
    private int cycle;

    @Column(name = "wg_session", nullable = false)
    private int session;

    @Column(name = "document_symbol", length = 100)
    private String documentSymbol;

    @Column(name = "paragraph", length = 30)
    private String paragraph;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "response", length = 20)
    private StateResponse response;

    /** The response as the source worded it ("Supported/Partially implemented"), kept as written. */
    @Column(name = "response_wording", length = 500)
    private String responseWording;

    @Column(name = "action_category")
    private Integer actionCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_record_theme", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "theme", length = 100, nullable = false)
    @SortNatural
    private SortedSet<String> themes = new TreeSet<>();

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected UprRecord() {
        // for JPA
    }

    /**
     * One source row, already read and checked by the import: every field valid, the identity
     * worked out. Optional fields are null.
     */
    public record Content(
            String identityKey,
            String sourceId,
            String stateUnderReview,
            String recommendingState,
            int cycle,
            int session,
            String documentSymbol,
            String paragraph,
            String text,
            StateResponse response,
            String responseWording,
            Integer actionCategory,
            SortedSet<String> themes) {

        public Content {
            Objects.requireNonNull(identityKey, "identityKey");
            Objects.requireNonNull(stateUnderReview, "stateUnderReview");
            Objects.requireNonNull(recommendingState, "recommendingState");
            Objects.requireNonNull(text, "text");
            themes = themes == null ? new TreeSet<>() : new TreeSet<>(themes);
        }
    }

    public static UprRecord imported(Content c, String by, Instant at) {
        UprRecord r = new UprRecord();
        r.id = UUID.randomUUID();
        r.identityKey = c.identityKey();
        r.importedBy = by;
        r.importedAt = at;
        r.apply(c);
        return r;
    }

    /**
     * Takes a later reading of the same source row. Answers false, and changes nothing, when it says
     * what this record already says: importing the same file twice changes nothing.
     */
    public boolean reimported(Content c, Instant at) {
        if (!identityKey.equals(c.identityKey())) {
            throw new IllegalArgumentException("Another record's row: " + c.identityKey());
        }
        if (content().equals(c)) {
            return false;
        }
        apply(c);
        changedAt = at;
        return true;
    }

    private void apply(Content c) {
        sourceId = c.sourceId();
        stateUnderReview = c.stateUnderReview();
        recommendingState = c.recommendingState();
        cycle = c.cycle();
        session = c.session();
        documentSymbol = c.documentSymbol();
        paragraph = c.paragraph();
        text = c.text();
        response = c.response();
        responseWording = c.responseWording();
        actionCategory = c.actionCategory();
        themes.clear();
        themes.addAll(c.themes());
    }

    public Content content() {
        return new Content(
                identityKey,
                sourceId,
                stateUnderReview,
                recommendingState,
                cycle,
                session,
                documentSymbol,
                paragraph,
                text,
                response,
                responseWording,
                actionCategory,
                themes);
    }

    /** The themes Onus knows among the source's, for filtering alongside the team's own. */
    public List<Theme> knownThemes() {
        return themes.stream().flatMap(t -> Theme.parse(t).stream()).distinct().toList();
    }

    /** "A/HRC/40/6, para. 28.131", or what there is of it. */
    public Optional<String> reference() {
        if (documentSymbol == null && paragraph == null) {
            return Optional.empty();
        }
        if (documentSymbol == null) {
            return Optional.of("para. " + paragraph);
        }
        return Optional.of(documentSymbol + (paragraph == null ? "" : ", para. " + paragraph));
    }

    public UUID id() {
        return id;
    }

    public String identityKey() {
        return identityKey;
    }

    public String sourceId() {
        return sourceId;
    }

    public String stateUnderReview() {
        return stateUnderReview;
    }

    public String recommendingState() {
        return recommendingState;
    }

    public int cycle() {
        return cycle;
    }

    public int session() {
        return session;
    }

    public String documentSymbol() {
        return documentSymbol;
    }

    public String paragraph() {
        return paragraph;
    }

    public String text() {
        return text;
    }

    public StateResponse response() {
        return response;
    }

    public String responseWording() {
        return responseWording;
    }

    public Integer actionCategory() {
        return actionCategory;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Snapshot snapshot() {
        return Snapshot.of("identityKey", identityKey)
                .and("sourceId", sourceId)
                .and("stateUnderReview", stateUnderReview)
                .and("recommendingState", recommendingState)
                .and("cycle", cycle)
                .and("session", session)
                .and("documentSymbol", documentSymbol)
                .and("paragraph", paragraph)
                .and("text", text)
                .and("response", response)
                .and("responseWording", responseWording)
                .and("actionCategory", actionCategory)
                .and("themes", List.copyOf(themes));
    }
}
