package org.onus.core.massbalance;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.onus.core.persistence.InThisTransaction;

/** Conversion chains and entries' mass-balance checks. */
@ApplicationScoped
public class MassBalanceRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String CHAINS = MassBalanceRepository.class.getName() + ".chains";

    /**
     * Every chain with its stages, read once per transaction: filing checks an entry's mass balance
     * twice, and a bulk batch files hundreds of entries in one transaction (reading the chains for
     * each check was a tenth of the filing's time). A change to a chain forgets what was read.
     */
    public List<ConversionChain> chains() {
        AtomicReference<List<ConversionChain>> read = readInThisTransaction();
        if (read != null && read.get() != null) {
            return read.get();
        }
        List<ConversionChain> chains = List.copyOf(entityManager
                .createNamedQuery("ConversionChain.findAll", ConversionChain.class)
                .getResultList());
        if (read != null) {
            read.set(chains);
        }
        return chains;
    }

    /** A chain changed in this transaction: the next {@link #chains()} reads them again. */
    void chainChanged() {
        AtomicReference<List<ConversionChain>> read = readInThisTransaction();
        if (read != null) {
            read.set(null);
        }
    }

    private AtomicReference<List<ConversionChain>> readInThisTransaction() {
        return InThisTransaction.kept(transactions, CHAINS, AtomicReference::new);
    }

    public Optional<ConversionChain> chain(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(ConversionChain.class, code));
    }

    public Optional<MassBalanceAssessment> assessment(UUID entryId) {
        return Optional.ofNullable(entityManager.find(MassBalanceAssessment.class, entryId));
    }

    public void store(MassBalanceAssessment assessment) {
        entityManager.persist(assessment);
    }
}
