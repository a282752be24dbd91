package org.onus.searchnode;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** Stands in for an uploaded document: what one node writes and the other must find. */
@Entity
@Indexed(index = "evidence")
public class Evidence {

    @Id
    Long id;

    @FullTextField(analyzer = "english")
    String title;

    protected Evidence() {}

    Evidence(long id, String title) {
        this.id = id;
        this.title = title;
    }
}
