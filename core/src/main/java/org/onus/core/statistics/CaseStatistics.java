package org.onus.core.statistics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.onus.core.audit.AuditTrail;
import org.onus.core.sector.SectorAssignment;
import org.onus.core.sector.SectorRepository;

/**
 * Detention cases in aggregate, for anyone to read. The database groups the cases by status, route,
 * origin, HS code, currency, month of detention and importer, and only those groups leave it: counts
 * and sums, never an entry number or an id. The groups are rolled up into each dimension here, where
 * sectors are assigned by the longest matching HS prefix, and then suppressed ({@link Suppression}):
 * the importer is known only to apply the dominance rule and is never published.
 */
@Stateless
public class CaseStatistics {

    // Plain SQL over the migrations' columns, valid on H2 and PostgreSQL alike.
    private static final String SELECT =
            "select e.organisation_code, dc.status, dc.route, e.origin_country, e.hs_code, e.value_currency,"
                    + " extract(year from dc.detained_on), extract(month from dc.detained_on),"
                    + " count(*), sum(e.value_amount)"
                    + " from detention_case dc join entry e on e.id = dc.entry_id";
    private static final String GROUP =
            " group by e.organisation_code, dc.status, dc.route, e.origin_country, e.hs_code, e.value_currency,"
                    + " extract(year from dc.detained_on), extract(month from dc.detained_on)";

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    SectorRepository sectors;

    @Inject
    Clock clock;

    @Inject
    StatisticsSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    KeptCaseRows kept;

    /**
     * Reads a fixed period as the API and the page take it.
     *
     * @see Period#parse(String, String, String, int)
     */
    public Period period(String period, String from, String to) {
        return Period.parse(period, from, to, settings.fiscalYearStartMonth());
    }

    /** The first month of the fiscal year, 1 to 12. */
    public int fiscalYearStartMonth() {
        return settings.fiscalYearStartMonth();
    }

    /**
     * Every case detained in the fixed period, in aggregate, suppressed together with every other
     * fixed period's report ({@link LinkedSuppression}), so that no two answers differ by a hidden cell.
     */
    // A transaction of its own, which writes nothing: the rows kept for a head must be committed
    // ones, never a caller's changes that could still be rolled back.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaseStatisticsReport report(Period period) {
        Instant now = clock.instant();
        return LinkedSuppression.report(
                now,
                period,
                allRows(),
                SectorAssignment.of(sectors.findAll()),
                settings.rules(),
                settings.fiscalYearStartMonth());
    }

    /**
     * Every case's row, grouped. The head is read before the rows: rows read after it reflect every
     * change up to it, and any later change moves the head, so kept rows are never older than it.
     */
    List<CaseRow> allRows() {
        long head = audit.lastSequence();
        return kept.at(head).orElseGet(() -> {
            List<CaseRow> rows = rows(Period.ALL);
            kept.keep(head, rows);
            return rows;
        });
    }

    List<CaseRow> rows(Period period) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<String> conditions = new ArrayList<>();
        if (period.from() != null) {
            conditions.add("dc.detained_on >= :from");
        }
        if (period.to() != null) {
            conditions.add("dc.detained_on <= :to");
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
        sql.append(GROUP);
        Query query = entityManager.createNativeQuery(sql.toString());
        if (period.from() != null) {
            query.setParameter("from", period.from());
        }
        if (period.to() != null) {
            query.setParameter("to", period.to());
        }
        List<CaseRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            rows.add(new CaseRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    YearMonth.of(((Number) r[6]).intValue(), ((Number) r[7]).intValue()),
                    ((Number) r[8]).longValue(),
                    decimal(r[9])));
        }
        return rows;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
