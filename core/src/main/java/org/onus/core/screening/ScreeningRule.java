package org.onus.core.screening;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.onus.core.designation.Designation;
import org.onus.core.designation.ListedProducer;
import org.onus.core.sector.Sector;

/**
 * What screening needs of one designation version: its scope (regions × HS prefixes, or all
 * goods), the producers it names and its inclusive period in force.
 *
 * @param effectiveTo last day in force (inclusive), or null when open-ended
 */
public record ScreeningRule(
        UUID designationId,
        int designationVersion,
        String title,
        Set<String> regionCodes,
        boolean allGoods,
        Set<String> hsPrefixes,
        List<ListedProducer> producers,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<UUID> policyIds) {

    public ScreeningRule {
        Objects.requireNonNull(designationId, "designationId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        regionCodes = Set.copyOf(regionCodes);
        hsPrefixes = allGoods ? Set.of() : Set.copyOf(hsPrefixes);
        producers = List.copyOf(producers);
        policyIds = List.copyOf(policyIds);
        for (String p : hsPrefixes) {
            if (p.length() < 2 || p.length() > 10 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("HS prefix \"" + p + "\" of " + title + " is not 2 to 10 digits");
            }
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(title + " ends before it begins");
        }
    }

    /**
     * The rule of a designation version, its sector codes resolved to HS prefixes.
     *
     * @throws IllegalStateException when a sector code is unknown: screening against a scope it
     *     cannot read would let goods through unnoticed
     */
    public static ScreeningRule of(Designation d, Function<String, Optional<Sector>> sectors) {
        boolean allGoods = false;
        Set<String> prefixes = new LinkedHashSet<>();
        for (String code : d.sectorCodes()) {
            if (Sector.ALL_GOODS.equals(code)) {
                allGoods = true;
                continue;
            }
            Sector sector = sectors.apply(code)
                    .orElseThrow(() -> new IllegalStateException(
                            "Designation " + d.id() + " names the sector " + code + ", which does not exist"));
            if (sector.coversAllGoods()) {
                allGoods = true;
            } else {
                prefixes.addAll(sector.hsPrefixes());
            }
        }
        return new ScreeningRule(
                d.id(),
                d.version(),
                d.title(),
                new LinkedHashSet<>(d.regionCodes()),
                allGoods,
                allGoods ? Set.of() : prefixes,
                d.producers(),
                d.effectiveFrom(),
                d.effectiveTo(),
                d.policyIds());
    }
}
