package org.onus.core.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The grouped case rows every statistics report starts from, kept with the audit trail's newest
 * sequence number at the moment they were read. Grouping every case anew cost a statistics request
 * time in proportion to all cases ever detained (about 80 ms at 10,000 cases, issue 14); every
 * change to a case or an entry is audited, so rows read after a given head are current for as long as
 * the head stays. One per server: each node compares with the head in the shared database.
 */
@ApplicationScoped
public class KeptCaseRows {

    record Kept(long auditHead, List<CaseRow> rows) {}

    private volatile Kept kept;

    /** The rows read at this head, if they are the ones kept. */
    Optional<List<CaseRow>> at(long auditHead) {
        Kept k = kept;
        return k != null && k.auditHead() == auditHead ? Optional.of(k.rows()) : Optional.empty();
    }

    /** Keeps rows read after the head was read, in place of those kept before. */
    void keep(long auditHead, List<CaseRow> rows) {
        kept = new Kept(auditHead, List.copyOf(rows));
    }
}
