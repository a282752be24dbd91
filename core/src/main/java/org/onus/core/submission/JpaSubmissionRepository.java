package org.onus.core.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Override
    public Optional<Submission> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Submission.class, id));
    }

    @Override
    public Optional<Submission> findByReceipt(String receiptHash) {
        return entityManager
                .createNamedQuery("Submission.byReceipt", Submission.class)
                .setParameter("hash", receiptHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Submission> page(SubmissionStatus status, int offset, int limit) {
        TypedQuery<Submission> query = status == null
                ? entityManager.createQuery(
                        "select s from Submission s order by s.receivedAt desc, s.id", Submission.class)
                : entityManager
                        .createQuery(
                                "select s from Submission s where s.status = :status order by s.receivedAt desc, s.id",
                                Submission.class)
                        .setParameter("status", status);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(SubmissionStatus status) {
        return status == null
                ? entityManager
                        .createQuery("select count(s) from Submission s", Long.class)
                        .getSingleResult()
                : entityManager
                        .createQuery("select count(s) from Submission s where s.status = :status", Long.class)
                        .setParameter("status", status)
                        .getSingleResult();
    }

    @Override
    public List<Submission> closedBefore(Instant cutoff) {
        return entityManager
                .createQuery(
                        "select s from Submission s where s.closedAt is not null and s.closedAt < :cutoff",
                        Submission.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    @Override
    public int forgetAddressesReceivedBefore(Instant cutoff) {
        return entityManager
                .createQuery("update Submission s set s.addressHash = null"
                        + " where s.addressHash is not null and s.receivedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Override
    public boolean fileUsedElsewhere(String sha256, UUID exceptSubmission) {
        Number uses = (Number) entityManager
                .createNativeQuery("select (select count(*) from evidence_item where sha256 = ?1)"
                        + " + (select count(*) from case_evidence where sha256 = ?1)"
                        + " + (select count(*) from case_release_proof where sha256 = ?1)"
                        + " + (select count(*) from submission_attachment where sha256 = ?1 and submission_id <> ?2)"
                        + " + (select count(*) from entity_removal_attachment where sha256 = ?1)")
                .setParameter(1, sha256)
                .setParameter(2, exceptSubmission)
                .getSingleResult();
        return uses.longValue() > 0;
    }

    @Override
    public void store(Submission submission) {
        entityManager.persist(submission);
    }

    @Override
    public void remove(Submission submission) {
        entityManager.remove(submission);
    }
}
