package org.onus.core.designation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_list_entry", joinColumns = @JoinColumn(name = "list_number"))
    @OrderColumn(name = "position")
    private List<ListedDesignation> entries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_list_entity", joinColumns = @JoinColumn(name = "list_number"))
    @OrderColumn(name = "position")
    private List<ListedEntity> entities = new ArrayList<>();

    protected DesignationListVersion() {
        // for JPA
    }

    static DesignationListVersion of(int number, Instant at, String change, List<Designation> published) {
        DesignationListVersion v = new DesignationListVersion();
        v.number = number;
        v.publishedAt = at;
        v.change = change.length() > 1000 ? change.substring(0, 1000) : change;
        published.stream()
                .sorted(Comparator.comparing(Designation::title).thenComparing(Designation::version))
                .map(ListedDesignation::of)
                .forEach(v.entries::add);
        published.stream()
                .sorted(Comparator.comparing(Designation::title).thenComparing(Designation::version))
                .forEach(d -> d.producers().stream()
                        .sorted(Comparator.comparing(ListedProducer::normalisedName))
                        .forEach(p -> v.entities.add(ListedEntity.of(d, p))));
        return v;
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
