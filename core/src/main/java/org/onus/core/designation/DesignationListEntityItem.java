package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A producer as one or more consecutive versions of the entity list list it, stored once for all of
 * them ({@link ListRows}), with its place among the producers of its designation. Once stored, only
 * its end may be set, once; PostgreSQL enforces it (V6_31).
 */
@Entity
// Closing a row must update valid_until alone: the database refuses any other change.
@DynamicUpdate
@Table(name = "designation_list_entity_item")
@NamedQuery(
        name = "DesignationListEntityItem.onVersion",
        query = "select i from DesignationListEntityItem i"
                + " where i.validFrom <= :number and (i.validUntil is null or i.validUntil > :number)")
@NamedQuery(
        name = "DesignationListEntityItem.openOf",
        query =
                "select i from DesignationListEntityItem i where i.validUntil is null and i.listed.designationId in :ids")
public class DesignationListEntityItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "valid_from", nullable = false)
    private int validFrom;

    @Column(name = "valid_until")
    private Integer validUntil;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    private ListedEntity listed;

    protected DesignationListEntityItem() {
        // for JPA
    }

    static DesignationListEntityItem openedBy(int number, ListRows.PlacedEntity placed) {
        DesignationListEntityItem i = new DesignationListEntityItem();
        i.validFrom = number;
        i.listed = placed.entity();
        i.position = placed.position();
        return i;
    }

    ListRows.PlacedEntity placed() {
        return new ListRows.PlacedEntity(listed, position);
    }

    /** No longer on the list from version {@code number} on. */
    void closeAt(int number) {
        if (validUntil != null) {
            throw new IllegalStateException("List row already closed at version " + validUntil);
        }
        validUntil = number;
    }
}
