package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
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

    public boolean allPoliciesRepealed(String designationId) {
        return designations.revocationBlockers(UUID.fromString(designationId)).isEmpty();
    }
}
