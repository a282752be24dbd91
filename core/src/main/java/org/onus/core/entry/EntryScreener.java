package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.screening.DisclosureRule;
import org.onus.core.screening.Match;
import org.onus.core.screening.ScreenedItem;
import org.onus.core.screening.ScreeningIndex;
import org.onus.core.screening.ScreeningIndexes;
import org.onus.core.screening.ScreeningRule;
import org.onus.core.sector.HsCode;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorService;

/**
 * Applies the presumption to one entry: the goods and every disclosed input against the
 * designations in force on the arrival date, with the list version used ({@link DisclosureRule}):
 * a match detains, a coarse declaration requires the disclosure refined (held when a covering
 * sector has the hold on), anything else is cleared.
 */
@ApplicationScoped
public class EntryScreener {

    @Inject
    ScreeningIndexes indexes;

    @Inject
    DesignationRepository designations;

    @Inject
    SectorService sectors;

    @Inject
    MassBalanceHolds massBalance;

    public Entry.Screening screen(Entry entry) {
        return screen(entry, indexes.current());
    }

    /** Screens with the given index (a list version not yet committed, say). */
    public Entry.Screening screen(Entry entry, ScreeningIndex index) {
        List<ScreenedItem> items = new ArrayList<>();
        List<DisclosedInput> inputs = entry.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            DisclosedInput in = inputs.get(i);
            items.add(new ScreenedItem(
                    i, in.tier(), in.hsCode(), in.regionCode(), in.producer(), in.producerRegistrationNumber()));
        }
        DisclosureRule.Result result = DisclosureRule.apply(
                index, entry.arrivalDate(), ScreenedItem.goods(entry.hsCode(), entry.originCountry()), items);
        Map<UUID, Designation> cited = new HashMap<>();
        if (result.detains()) {
            List<Match> matches = result.matches();
            return new Entry.Screening(
                    EntryStatus.DETAINED,
                    index.listVersion(),
                    matches.stream()
                            .map(m -> new ScreeningMatch(
                                    m.designationId(),
                                    m.designationVersion(),
                                    title(m.designationId(), cited),
                                    m.inputIndex(),
                                    m.tier(),
                                    m.regionCode(),
                                    m.designatedRegionCode(),
                                    m.hsCode(),
                                    MatchReason.valueOf(m.reason()),
                                    m.producer(),
                                    m.producerMatchOn(),
                                    m.producerMatchValue()))
                            .toList());
        }
        List<DisclosureRefinement> refinements = new ArrayList<>();
        if (result.disclosureRequired()) {
            for (DisclosureRule.Coarse c : result.coarse()) {
                ScreeningRule rule = c.within().rule();
                List<Sector> covering = covering(rule.designationId(), c.item().hsCode(), cited);
                List<String> codes = covering.isEmpty()
                        ? List.of(rule.allGoods() ? Sector.ALL_GOODS : "UNKNOWN")
                        : covering.stream().map(Sector::code).toList();
                // An unknown sector holds: screening that cannot read a scope must not let goods through.
                boolean held = covering.isEmpty() || covering.stream().anyMatch(Sector::disclosureHold);
                refinements.add(new DisclosureRefinement(
                        c.item().inputIndex(),
                        c.item().regionCode(),
                        c.within().designatedRegionCodes(),
                        rule.designationId(),
                        rule.designationVersion(),
                        title(rule.designationId(), cited),
                        codes,
                        held));
            }
        }
        refinements.addAll(massBalance(entry, index, cited));
        if (!refinements.isEmpty()) {
            boolean hold = refinements.stream().anyMatch(DisclosureRefinement::held);
            return new Entry.Screening(
                    EntryStatus.DISCLOSURE_REQUIRED, index.listVersion(), List.of(), refinements, hold);
        }
        return new Entry.Screening(EntryStatus.CLEARED, index.listVersion(), List.of());
    }

    /**
     * The shortfalls the regulators' thresholds table holds for, each against every designation in
     * force on the arrival date whose sectors cover the stage that falls short or the goods: the
     * input that cannot be accounted for could come from its regions, so the presumption is left
     * open until the disclosure is completed. A shortfall no designation covers holds nothing (no
     * presumption applies to it); the flag still shows on the entry.
     */
    private List<DisclosureRefinement> massBalance(Entry entry, ScreeningIndex index, Map<UUID, Designation> cited) {
        List<DisclosureRefinement> found = new ArrayList<>();
        for (MassBalanceHolds.Shortfall s : massBalance.holding(entry)) {
            Map<UUID, ScreeningIndex.Within> covering = new java.util.LinkedHashMap<>();
            List<String> codes = new ArrayList<>(s.hsPrefixes());
            codes.add(entry.hsCode());
            for (String hs : codes) {
                for (ScreeningIndex.Within w : index.designatedWithin(
                        entry.arrivalDate(), new ScreenedItem(ScreenedItem.GOODS, 0, hs, null, null))) {
                    covering.putIfAbsent(w.rule().designationId(), w);
                }
            }
            for (ScreeningIndex.Within w : covering.values()) {
                ScreeningRule rule = w.rule();
                List<String> sectorCodes = codes.stream()
                        .flatMap(hs -> covering(rule.designationId(), hs, cited).stream())
                        .map(Sector::code)
                        .distinct()
                        .toList();
                if (sectorCodes.isEmpty()) {
                    sectorCodes = List.of(rule.allGoods() ? Sector.ALL_GOODS : "UNKNOWN");
                }
                found.add(DisclosureRefinement.massBalance(
                        s.stage(),
                        s.arithmetic(),
                        w.designatedRegionCodes(),
                        rule.designationId(),
                        rule.designationVersion(),
                        title(rule.designationId(), cited),
                        sectorCodes));
            }
        }
        return found;
    }

    private String title(UUID id, Map<UUID, Designation> cited) {
        Designation d = designation(id, cited);
        return d == null ? "Designation " + id : d.title();
    }

    private Designation designation(UUID id, Map<UUID, Designation> cited) {
        return cited.computeIfAbsent(id, k -> designations.find(k).orElse(null));
    }

    /** The designation's sectors that cover the HS code (all goods covers every code). */
    private List<Sector> covering(UUID designationId, String hs, Map<UUID, Designation> cited) {
        Designation d = designation(designationId, cited);
        if (d == null) {
            return List.of();
        }
        List<Sector> found = new ArrayList<>();
        for (String code : d.sectorCodes()) {
            Optional<Sector> sector = sectors.find(code);
            if (sector.isPresent() && (sector.get().coversAllGoods() || covers(sector.get(), hs))) {
                found.add(sector.get());
            }
        }
        return found;
    }

    private static boolean covers(Sector sector, String hs) {
        try {
            return sector.covers(HsCode.of(hs));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
