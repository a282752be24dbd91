package org.onus.core.guidance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorAssignment;
import org.onus.core.sector.SectorService;

/** Reading sector guidance (anyone) and changing it (regulators), every change a version and an audit event. */
@Stateless
public class SectorGuidanceService {

    static final String ENTITY = "SectorGuidance";

    @Inject
    SectorGuidanceRepository guidance;

    @Inject
    SectorService sectors;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One tier as typed or sent: raw text, so each problem names its field. */
    public record TierDraft(String tier, String stage, String documents) {

        boolean isBlank() {
            return blank(tier) && blank(stage) && blank(documents);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** The sector, or 404. */
    public Sector sector(String code) {
        return sectors.find(code == null ? "" : code.strip())
                .orElseThrow(() -> new NotFoundException("Sector " + code));
    }

    /** The sector's guidance in force (its newest version), if it has any; an unknown sector is 404. */
    public Optional<SectorGuidance> current(String sectorCode) {
        return guidance.current(sector(sectorCode).code());
    }

    /** Every version of the sector's guidance, newest first; an unknown sector is 404. */
    public List<SectorGuidance> history(String sectorCode) {
        return guidance.history(sector(sectorCode).code());
    }

    /**
     * A regulator writes the sector's guidance anew: the next version, with who and when, audited.
     * Blank rows are left out; at least one tier is needed.
     *
     * @throws InvalidInputException naming each field ({@code tiers[1].documents})
     */
    public SectorGuidance update(Actor regulator, String sectorCode, List<TierDraft> drafts, String sources) {
        if (!regulator.has(Role.REGULATOR) && !regulator.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only regulators maintain sector guidance");
        }
        Sector sector = sector(sectorCode);
        List<Problem> problems = new ArrayList<>();
        List<TierGuidance> tiers = tiers(drafts, problems);
        String cleanSources = sources == null || sources.isBlank() ? null : sources.strip();
        if (cleanSources != null && cleanSources.length() > SectorGuidance.MAX_SOURCES) {
            problems.add(new Problem("sources", "Sources can have at most 4,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<SectorGuidance> previous = guidance.current(sector.code());
        SectorGuidance next = SectorGuidance.next(
                previous.orElse(null), sector.code(), tiers, cleanSources, regulator.username(), clock.instant());
        guidance.store(next);
        audit.record(
                regulator,
                "sector-guidance.updated",
                ENTITY,
                sector.code(),
                previous.map(SectorGuidance::snapshot).orElse(Snapshot.NONE),
                next.snapshot());
        return next;
    }

    /**
     * The guidance of the sectors these HS codes belong to (longest HS prefix), each sector once,
     * in the order of the codes; sectors without guidance are left out.
     */
    public List<SectorGuidance> forHsCodes(Collection<String> hsCodes) {
        SectorAssignment assignment = SectorAssignment.of(sectors.all());
        Set<String> codes = new LinkedHashSet<>();
        for (String hs : hsCodes) {
            assignment.sectorsOf(hs).stream()
                    .filter(c -> !SectorAssignment.OTHER.equals(c))
                    .forEach(codes::add);
        }
        return inOrder(codes, guidance.current(codes));
    }

    private static List<SectorGuidance> inOrder(Set<String> codes, List<SectorGuidance> found) {
        Map<String, SectorGuidance> byCode =
                found.stream().collect(Collectors.toMap(SectorGuidance::sectorCode, Function.identity()));
        return codes.stream().map(byCode::get).filter(g -> g != null).toList();
    }

    static List<TierGuidance> tiers(List<TierDraft> drafts, List<Problem> problems) {
        List<TierGuidance> tiers = new ArrayList<>();
        List<TierDraft> raw = drafts == null ? List.of() : drafts;
        if (raw.size() > SectorGuidance.MAX_TIERS) {
            problems.add(new Problem("tiers", "Describe at most 20 tiers"));
            return tiers;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            TierDraft d = raw.get(i);
            if (d == null || d.isBlank()) {
                continue;
            }
            String field = "tiers[" + i + "].";
            String label = "Row " + (i + 1) + ": ";
            int before = problems.size();
            int tier = 0;
            try {
                tier = Integer.parseInt(d.tier() == null ? "" : d.tier().strip());
                if (tier < 1 || tier > SectorGuidance.MAX_TIER) {
                    throw new NumberFormatException();
                }
                if (!seen.add(tier)) {
                    problems.add(new Problem(field + "tier", label + "tier " + tier + " is described twice"));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        field + "tier", label + "the tier is a whole number from 1 (direct supplier) to 20"));
            }
            String stage = d.stage() == null ? "" : d.stage().strip();
            if (stage.isEmpty() || stage.length() > 300) {
                problems.add(
                        new Problem(field + "stage", label + "say what is made at this tier, at most 300 characters"));
            }
            String documents = d.documents() == null ? "" : d.documents().strip();
            if (documents.isEmpty() || documents.length() > 2000) {
                problems.add(new Problem(
                        field + "documents",
                        label + "name the documents that trace this tier, at most 2,000 characters"));
            }
            if (problems.size() == before) {
                tiers.add(new TierGuidance(tier, stage, documents));
            }
        }
        if (tiers.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("tiers", "Describe at least one tier"));
        }
        tiers.sort(Comparator.comparingInt(TierGuidance::tier));
        return tiers;
    }
}
