package org.onus.core.designation;

import jakarta.enterprise.event.Event;
import java.time.Clock;
import org.onus.core.audit.AuditTrail;

/** A designation service and designations made by hand, for tests in other packages. */
public final class DesignationServices {

    private DesignationServices() {}

    public static DesignationService wired(
            DesignationRepository designations,
            AuditTrail audit,
            Event<DesignationListChanged> listChanged,
            Clock clock) {
        DesignationService service = new DesignationService();
        service.designations = designations;
        service.audit = audit;
        service.listChanged = listChanged;
        service.clock = clock;
        return service;
    }

    /**
     * "Xinjiang cotton", approved and ready to publish: sectors COTTON and APPAREL, region 650000,
     * in force from 2026-12-01.
     */
    public static Designation approvedXinjiangCotton() {
        Designation d = Designation.draft(
                DesignationAssembler.terms(DesignationTest.description("2026-12-01"), DesignationTest.REFERENCES),
                "regulator",
                DesignationTest.NOW);
        d.assess(DesignationTest.complete(), DesignationTest.EVIDENCE::equals, "regulator", DesignationTest.NOW);
        d.submit("regulator", DesignationTest.NOW);
        d.approve("senior-regulator", DesignationTest.NOW);
        return d;
    }
}
