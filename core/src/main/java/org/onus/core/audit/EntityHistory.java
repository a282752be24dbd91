package org.onus.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/** "What did this look like before": the stored versions of an audited entity, newest first. */
@ApplicationScoped
public class EntityHistory {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    /**
     * One stored version.
     *
     * @param change ADD for the first version, MOD for changes, DEL for a removal
     */
    public record Version<T>(long revision, Instant at, String username, String change, T state) {}

    @SuppressWarnings("unchecked")
    public <T> List<Version<T>> of(Class<T> type, Object id) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                .getResultList();
        List<Version<T>> versions = new ArrayList<>();
        for (Object[] row : rows) {
            AuditRevision revision = (AuditRevision) row[1];
            loadCollections(type, row[0]);
            versions.add(new Version<>(
                    revision.id(), revision.revisedAt(), revision.username(), ((RevisionType) row[2]).name(), (T)
                            row[0]));
        }
        versions.sort((a, b) -> Long.compare(b.revision(), a.revision()));
        return versions;
    }

    /**
     * Envers loads an old version's collections lazily; pages read them after the transaction
     * has ended, so they are loaded here, while it is still open.
     */
    private void loadCollections(Class<?> type, Object version) {
        for (PluralAttribute<?, ?, ?> attribute :
                entityManager.getMetamodel().entity(type).getPluralAttributes()) {
            if (attribute.getJavaMember() instanceof Field field) {
                try {
                    field.setAccessible(true);
                    Hibernate.initialize(field.get(version));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read " + field + " of an old version", e);
                }
            }
        }
    }
}
