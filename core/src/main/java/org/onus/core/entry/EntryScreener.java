package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.geography.RegionLevel;
import org.onus.core.screening.Match;
import org.onus.core.screening.ScreenedItem;
import org.onus.core.screening.ScreeningIndex;
import org.onus.core.screening.ScreeningIndexes;
import org.onus.core.sector.HsCode;
import org.onus.core.sector.SectorService;

/**
 * Applies the presumption to one entry: the goods and every disclosed input against the
 * designations in force on the arrival date, with the list version used.
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
    RegionDirectory regions;

    public Entry.Screening screen(Entry entry) {
        ScreeningIndex index = indexes.current();
        List<ScreenedItem> items = new ArrayList<>();
        items.add(new ScreenedItem(-1, 0, entry.hsCode(), entry.originCountry(), null));
        List<DisclosedInput> inputs = entry.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            DisclosedInput in = inputs.get(i);
            items.add(new ScreenedItem(i, in.tier(), in.hsCode(), in.regionCode(), in.producer()));
        }
        List<Match> matches = index.screen(entry.arrivalDate(), items);
        if (!matches.isEmpty()) {
            Map<UUID, String> titles = matches.stream()
                    .map(Match::designationId)
                    .distinct()
                    .collect(Collectors.toMap(
                            Function.identity(),
                            id -> designations.find(id).map(Designation::title).orElse("Designation " + id)));
            return new Entry.Screening(
                    EntryStatus.DETAINED,
                    index.listVersion(),
                    matches.stream()
                            .map(m -> new ScreeningMatch(
                                    m.designationId(),
                                    m.designationVersion(),
                                    titles.get(m.designationId()),
                                    m.inputIndex(),
                                    m.tier(),
                                    m.regionCode(),
                                    m.designatedRegionCode(),
                                    m.hsCode(),
                                    m.reason(),
                                    m.producer()))
                            .toList());
        }
        if (inputs.isEmpty()
                && highPriority(entry.hsCode())
                && countryHasDesignatedRegion(entry.originCountry(), entry.arrivalDate())) {
            return new Entry.Screening(EntryStatus.DISCLOSURE_REQUIRED, index.listVersion(), List.of());
        }
        return new Entry.Screening(EntryStatus.CLEARED, index.listVersion(), List.of());
    }

    /** Goods in a high-priority sector (all-goods aside, which is not a sector of its own). */
    boolean highPriority(String hsCode) {
        HsCode code = HsCode.of(hsCode);
        return sectors.all().stream()
                .filter(s -> s.highPriority() && !s.coversAllGoods())
                .anyMatch(s -> s.covers(code));
    }

    boolean countryHasDesignatedRegion(String country, LocalDate day) {
        return designations.effectiveOn(day, EnumSet.copyOf(DesignationStatus.PUBLIC)).stream()
                .flatMap(d -> d.regionCodes().stream())
                .map(code -> regions.find(code).map(this::countryOf).orElse(null))
                .anyMatch(country::equals);
    }

    private String countryOf(Region region) {
        return regions.lineage(region).stream()
                .filter(r -> r.level() == RegionLevel.COUNTRY)
                .map(Region::code)
                .findFirst()
                .orElse(null);
    }
}
