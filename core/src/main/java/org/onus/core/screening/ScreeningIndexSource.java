package org.onus.core.screening;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.sector.SectorRepository;

/**
 * Reads what an index is built from, each time in a transaction of its own: a screening that runs
 * inside a transaction which has just published (and might still roll back) must not see, and
 * build an index from, a list version that never commits.
 */
@Stateless
public class ScreeningIndexSource {

    @Inject
    DesignationRepository designations;

    @Inject
    SectorRepository sectors;

    @Inject
    RegionDirectory regions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int latestListNumber() {
        return designations.latestListNumber();
    }

    /**
     * The number is read before the designations: a publication committing in between makes the
     * index newer than its number says (and it is rebuilt once more), never older.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ScreeningIndex load() {
        int number = designations.latestListNumber();
        // A version superseded on its first day was never in force: it has no period to match.
        List<ScreeningRule> rules = designations.withStatus(DesignationStatus.PUBLIC).stream()
                .filter(d -> d.effectiveTo() == null || !d.effectiveTo().isBefore(d.effectiveFrom()))
                .map(d -> ScreeningRule.of(d, sectors::find))
                .toList();
        return ScreeningIndex.build(number, rules, RegionTree.of(regions));
    }

    /**
     * An index of what the caller's own transaction sees, a list version it has just made
     * included: for screening again inside the publishing transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ScreeningIndex loadHere() {
        int number = designations.latestListNumber();
        List<ScreeningRule> rules = designations.withStatus(DesignationStatus.PUBLIC).stream()
                .filter(d -> d.effectiveTo() == null || !d.effectiveTo().isBefore(d.effectiveFrom()))
                .map(d -> ScreeningRule.of(d, sectors::find))
                .toList();
        return ScreeningIndex.build(number, rules, RegionTree.of(regions));
    }
}
