package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.UUID;
import org.onus.core.designation.DesignationService;

/** The questions the model's gateways and timers ask, answered by the domain. */
@Named("designationRules")
@ApplicationScoped
public class DesignationRules {

    private DesignationService designations;
    private Clock clock;

    protected DesignationRules() {
        // for CDI proxies
    }

    @Inject
    public DesignationRules(DesignationService designations, Clock clock) {
        this.designations = designations;
        this.clock = clock;
    }

    /** True on or after the day, so that a designation approved late is published at once. */
    public boolean effectiveDateReached(String effectiveFrom) {
        return !LocalDate.parse(effectiveFrom).isAfter(LocalDate.now(clock));
    }

    /** The first moment of the day in the authority's time zone: when the publication timer fires. */
    public Date startOf(String effectiveFrom) {
        return Date.from(
                LocalDate.parse(effectiveFrom).atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * Gateway_AllPoliciesRepealed: the aggregate's answer to rule REVOCATION_PROOF for the pending
     * revocation (policies verified repealed, targets and indicators shown ceased).
     */
    public boolean revocationProved(String designationId) {
        return designations.revocationBlockers(UUID.fromString(designationId)).isEmpty();
    }

    /** Whether the designation has a last day in force, and so a lapse review before it. */
    public boolean hasLastDay(String designationId) {
        return designations.lastDay(UUID.fromString(designationId)).isPresent();
    }

    /** When the lapse review opens: the lead time (default P30D) before its last day; at once if that is past. */
    public Date lapseReviewAt(String designationId, Object lead) {
        LocalDate last = designations.lastDay(UUID.fromString(designationId)).orElseThrow();
        return Date.from(last.minus(lead(lead)).atStartOfDay(clock.getZone()).toInstant());
    }

    /** The first moment of its last day in force: an undecided lapse review is overdue then. */
    public Date startOfLastDay(String designationId) {
        LocalDate last = designations.lastDay(UUID.fromString(designationId)).orElseThrow();
        return Date.from(last.atStartOfDay(clock.getZone()).toInstant());
    }

    /** The first moment after its last day in force: when a decided lapse is recorded. */
    public Date lastDayOf(String designationId) {
        LocalDate last = designations.lastDay(UUID.fromString(designationId)).orElseThrow();
        return Date.from(last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** The configured lead time, or P30D when missing or not a period of days, weeks, months or years. */
    public static Period lead(Object raw) {
        if (raw instanceof String s && !s.isBlank()) {
            try {
                return Period.parse(s.strip());
            } catch (java.time.format.DateTimeParseException e) {
                // fall through to the default
            }
        }
        return DEFAULT_LAPSE_LEAD;
    }

    public static final Period DEFAULT_LAPSE_LEAD = Period.ofDays(30);
}
