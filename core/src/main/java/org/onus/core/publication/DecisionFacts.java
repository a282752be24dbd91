package org.onus.core.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.onus.core.rebuttal.Route;

/**
 * What a published decision states, copied from the case and its entry when it is proposed: no
 * name, no entry number, no file, only structured public data.
 *
 * @param outcome the case's status as decided (RELEASED, CONFISCATED, EXCLUDED, PROTEST_UPHELD, PROTEST_DENIED)
 * @param route null when no rebuttal was filed
 * @param regions the designated regions the screening named (direct) and their ancestors
 */
public record DecisionFacts(
        UUID caseId,
        DecisionKind kind,
        String outcome,
        LocalDate decidedOn,
        Route route,
        List<String> sectorCodes,
        List<DecisionRegion> regions,
        String hsChapter,
        String originCountry,
        int listVersion,
        List<DecidedRequirement> requirements) {

    public DecisionFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(hsChapter, "hsChapter");
        sectorCodes = List.copyOf(sectorCodes);
        regions = List.copyOf(regions);
        requirements = List.copyOf(requirements);
    }

    public List<String> directRegionCodes() {
        return regions.stream()
                .filter(DecisionRegion::direct)
                .map(DecisionRegion::code)
                .toList();
    }
}
