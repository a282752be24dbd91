package org.onus.core.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onus.core.rebuttal.Route;

/** Decision facts for tests. */
final class Facts {

    private Facts() {}

    static DecisionFacts of(
            DecisionKind kind, String outcome, Route route, LocalDate on, String sector, String region) {
        return new DecisionFacts(
                UUID.randomUUID(),
                kind,
                outcome,
                on,
                route,
                List.of(sector),
                List.of(new DecisionRegion(region, true), new DecisionRegion("CN", false)),
                "52",
                "CN",
                3,
                route == Route.EXCEPTION
                        ? List.of(
                                new DecidedRequirement("TARGETS", "TARGETS_NOT_ENFORCED", true),
                                new DecidedRequirement("INDICATOR-RESTRICTION", "INDICATOR", true))
                        : List.of(new DecidedRequirement("TRACE-0", "TRACE", false)));
    }

    static DecisionFacts exceptionRelease() {
        return of(DecisionKind.RELEASE, "RELEASED", Route.EXCEPTION, LocalDate.parse("2026-11-30"), "COTTON", "CN-65");
    }

    static DecisionFacts confiscation() {
        return of(
                DecisionKind.CONFISCATION,
                "CONFISCATED",
                Route.NOT_APPLICABLE,
                LocalDate.parse("2026-11-20"),
                "APPAREL",
                "CN-65");
    }
}
