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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A recommendation from the report that a drafter can start from: text, themes, legal anchors and
 * sources to copy into a new draft and then make their own. Shipped by migration, never edited here.
 */
@Entity
@Immutable
@Table(name = "upr_template")
@NamedQuery(
        name = "RecommendationTemplate.findAll",
        query = "select t from RecommendationTemplate t order by t.ordinal")
public class RecommendationTemplate {

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String text;

    @Column(name = "action_category", nullable = false)
    private int actionCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_template_theme", joinColumns = @JoinColumn(name = "template_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 40, nullable = false)
    private Set<Theme> themes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_template_anchor", joinColumns = @JoinColumn(name = "template_code"))
    @OrderColumn(name = "ordinal")
    @Column(name = "anchor", length = 500, nullable = false)
    private List<String> legalAnchors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_template_citation", joinColumns = @JoinColumn(name = "template_code"))
    @OrderColumn(name = "ordinal")
    @Column(name = "evidence_id", nullable = false)
    private List<UUID> citations = new ArrayList<>();

    protected RecommendationTemplate() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public int actionCategory() {
        return actionCategory;
    }

    /** In the order of the taxonomy. */
    public List<Theme> themes() {
        return new TreeSet<>(themes).stream().toList();
    }

    public List<String> legalAnchors() {
        return List.copyOf(legalAnchors);
    }

    public List<UUID> citations() {
        return List.copyOf(citations);
    }
}
