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
 * A designation as one or more consecutive list versions list it, stored once for all of them
 * ({@link ListRows}). Once stored, only its end may be set, once; PostgreSQL enforces it (V6_31).
 */
@Entity
// Closing a row must update valid_until alone: the database refuses any other change.
@DynamicUpdate
@Table(name = "designation_list_item")
@NamedQuery(
        name = "DesignationListItem.onVersion",
        query = "select i from DesignationListItem i"
                + " where i.validFrom <= :number and (i.validUntil is null or i.validUntil > :number)")
@NamedQuery(
        name = "DesignationListItem.openOf",
        query = "select i from DesignationListItem i where i.validUntil is null and i.listed.designationId in :ids")
public class DesignationListItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "valid_from", nullable = false)
    private int validFrom;

    @Column(name = "valid_until")
    private Integer validUntil;

    @Embedded
    private ListedDesignation listed;

    protected DesignationListItem() {
        // for JPA
    }

    static DesignationListItem openedBy(int number, ListedDesignation listed) {
        DesignationListItem i = new DesignationListItem();
        i.validFrom = number;
        i.listed = listed;
        return i;
    }

    ListedDesignation listed() {
        return listed;
    }

    /** No longer on the list from version {@code number} on. */
    void closeAt(int number) {
        if (validUntil != null) {
            throw new IllegalStateException("List row already closed at version " + validUntil);
        }
        validUntil = number;
    }
}
