package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A numbered, immutable edition of the published designation list, made each time the list
 * changes (a publication, a supersession, a revocation).
 */
@Entity
@Immutable
@Table(name = "designation_list_version")
@NamedQuery(name = "DesignationListVersion.latestNumber", query = "select max(v.number) from DesignationListVersion v")
public class DesignationListVersion {

    @Id
    @Column(name = "number")
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "change_summary", nullable = false, length = 1000)
    private String change;

    // Stored as rows shared with the other versions (DesignationListItem, DesignationListEntityItem):
    // copying the whole list into every version grew with the square of the list (issue 14).
    @Transient
    private List<ListedDesignation> entries = new ArrayList<>();

    @Transient
    private List<ListedEntity> entities = new ArrayList<>();

    protected DesignationListVersion() {
        // for JPA
    }

    static DesignationListVersion of(int number, Instant at, String change, List<Designation> published) {
        DesignationListVersion v = numbered(number, at, change);
        Map<UUID, Designation> byId = new HashMap<>();
        published.forEach(d -> byId.put(d.id(), d));
        published.stream()
                .map(ListedDesignation::of)
                .sorted(ListRows.LIST_ORDER)
                .forEach(v.entries::add);
        v.entries.forEach(l -> byId.get(l.designationId()).producers().stream()
                .sorted(Comparator.comparing(ListedProducer::normalisedName))
                .forEach(p -> v.entities.add(ListedEntity.of(byId.get(l.designationId()), p))));
        return v;
    }

    static DesignationListVersion numbered(int number, Instant at, String change) {
        DesignationListVersion v = new DesignationListVersion();
        v.number = number;
        v.publishedAt = at;
        v.change = change.length() > 1000 ? change.substring(0, 1000) : change;
        return v;
    }

    /** The version as read back: its rows, already in list order ({@link ListRows}). */
    DesignationListVersion listing(List<ListedDesignation> entries, List<ListedEntity> entities) {
        this.entries = new ArrayList<>(entries);
        this.entities = new ArrayList<>(entities);
        return this;
    }

    public int number() {
        return number;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** What changed the list, in words: "Published …", "Revoked …". */
    public String change() {
        return change;
    }

    public List<ListedDesignation> entries() {
        return List.copyOf(entries);
    }

    /** The producers on the entity list in this version, by designation title, then name. */
    public List<ListedEntity> entities() {
        return List.copyOf(entities);
    }
}
