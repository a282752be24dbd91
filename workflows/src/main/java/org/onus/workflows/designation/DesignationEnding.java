package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.onus.core.designation.DesignationService;

/** The service tasks that end a designation other than by revocation, or keep it from lapsing unreviewed. */
@Named("designationEnding")
@ApplicationScoped
public class DesignationEnding {

    private DesignationService designations;

    protected DesignationEnding() {
        // for CDI proxies
    }

    @Inject
    public DesignationEnding(DesignationService designations) {
        this.designations = designations;
    }

    /** Withdraws for error after the senior regulator's approval; the answer is the process's {@code ended}. */
    public String withdraw(String designationId, String decidedBy) {
        designations.withdraw(decidedBy, UUID.fromString(designationId));
        return "WITHDRAWN";
    }

    /** Records the decided lapse once the last day has passed. */
    public String lapse(String designationId) {
        designations.lapse(UUID.fromString(designationId));
        return "LAPSED";
    }

    /** NO_SILENT_LAPSE: nobody decided by the last day, so it stays in force for another lead time. */
    public void holdPendingLapseReview(String designationId, Object lead) {
        UUID id = UUID.fromString(designationId);
        designations
                .lastDay(id)
                .ifPresent(last -> designations.holdPendingLapseReview(id, last.plus(DesignationRules.lead(lead))));
    }
}
