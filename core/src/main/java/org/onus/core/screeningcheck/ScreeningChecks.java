package org.onus.core.screeningcheck;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryAssembler;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.guidance.SectorGuidance;
import org.onus.core.guidance.SectorGuidanceService;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.Route;

/**
 * The check before shipping's one way in, for the page and the API: an importer's draft entry is
 * read by {@link EntryAssembler} and screened by {@link EntryService#screenWithoutFiling} (the very
 * code filing uses), and what a rebuttal would require comes from {@link
 * DetentionCaseService#requirementsFor} (what a case asks for). Nothing of the entry is stored: only
 * a {@link ScreeningCheck} and an audit event with the disclosure's hash.
 */
@Stateless
public class ScreeningChecks {

    static final String ENTITY = "ScreeningCheck";

    /** The entry number of a check sent without one: filing needs one, screening never reads it. */
    public static final String UNNUMBERED = "CHECK";

    /** The most checks one page of the list shows. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    EntryAssembler assembler;

    @Inject
    EntryService entries;

    @Inject
    DetentionCaseService cases;

    @Inject
    ScreeningCheckRepository checks;

    @Inject
    SectorGuidanceService guidance;

    @Inject
    CheckLimits limits;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * What filing would answer.
     *
     * @param entry the entry as filing would screen it; never stored
     * @param requirements for a detention, what a rebuttal would require on each route, in the
     *     order a case lists them; empty otherwise
     * @param guidance the evidence guidance of the sectors of the matched (or, when a disclosure
     *     is required, the coarse) items
     */
    public record Outcome(
            Entry entry, List<Requirement> requirements, List<SectorGuidance> guidance, ScreeningCheck check) {}

    /**
     * Checks a draft entry (its entry number may be blank) for an importer, after taking one token
     * of their rate limit.
     *
     * @throws ForbiddenActionException for anyone but an importer with an organisation
     * @throws CheckRateLimitedException when the importer has checked too often
     * @throws InvalidInputException with filing's own problems for a bad draft
     */
    public Outcome check(Actor actor, EntryDraft draft) {
        if (!actor.has(Role.IMPORTER)) {
            throw new ForbiddenActionException("Only importers check entries before shipping");
        }
        limits.take(actor.username());
        if (draft == null) {
            throw InvalidInputException.of("entryNumber", "Send the entry as JSON");
        }
        EntryDraft numbered = draft.entryNumber() == null || draft.entryNumber().isBlank()
                ? draft.withEntryNumber(UNNUMBERED)
                : draft;
        Entry screened = entries.screenWithoutFiling(actor, assembler.filing(actor, numbered));
        List<Requirement> requirements = new ArrayList<>();
        if (screened.status() == EntryStatus.DETAINED) {
            for (Route route : Route.values()) {
                requirements.addAll(cases.requirementsFor(screened, route));
            }
        }
        ScreeningCheck check = ScreeningCheck.of(screened, actor.username(), clock.instant());
        checks.store(check);
        audit.record(actor, "screening.checked", ENTITY, check.id().toString(), Snapshot.NONE, check.snapshot());
        return new Outcome(screened, requirements, guidance.forHsCodes(concernedHsCodes(screened)), check);
    }

    /** The HS codes of the matched items, or of the items to refine when there is no match. */
    static List<String> concernedHsCodes(Entry entry) {
        if (!entry.matches().isEmpty()) {
            return entry.matches().stream()
                    .map(ScreeningMatch::hsCode)
                    .filter(h -> h != null)
                    .distinct()
                    .toList();
        }
        return entry.refinements().stream()
                .map(r -> r.inputIndex() >= 0 && r.inputIndex() < entry.inputs().size()
                        ? entry.inputs().get(r.inputIndex()).hsCode()
                        : entry.hsCode())
                .distinct()
                .toList();
    }

    /**
     * One check and how many times its organisation checked the same disclosure.
     *
     * @param sameDisclosure checks by the organisation with the same disclosure hash, this one included
     */
    public record Row(ScreeningCheck check, long sameDisclosure) {}

    /** One organisation's checks in aggregate: how much it probes, and how often the same disclosure. */
    public record OrganisationSummary(
            String organisation,
            long checks,
            long distinctDisclosures,
            long detained,
            long mostChecksOfOneDisclosure,
            Instant lastCheckedAt) {}

    /** A page of checks, newest first, with the summaries of the organisations listed. */
    public record Page(long total, int page, int pageSize, List<Row> items, List<OrganisationSummary> organisations) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page < pages();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /**
     * Checks before shipping, newest first: customs, regulators and auditors see every
     * organisation's (or one, when asked); an importer only their own organisation's, whatever they
     * ask for.
     *
     * @param organisation the organisation to list, or null for all
     * @param page from 1
     * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
     */
    public Page list(Actor reader, String organisation, int page, int pageSize) {
        String org = readable(reader, organisation);
        if (page < 1) {
            throw InvalidInputException.of("page", "Pages are numbered from 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("pageSize", "A page holds 1 to " + MAX_PAGE_SIZE + " checks");
        }
        long total = checks.count(org);
        List<ScreeningCheck> found = checks.page(org, (page - 1) * pageSize, pageSize);
        Map<String, Long> times = checks.timesChecked(found);
        List<Row> rows = found.stream()
                .map(c -> new Row(c, times.getOrDefault(c.organisationCode() + "|" + c.disclosureHash(), 1L)))
                .toList();
        return new Page(total, page, pageSize, rows, checks.summaries(org));
    }

    /** The organisation a reader may list: an importer's own; null (all) or the one asked for otherwise. */
    private static String readable(Actor reader, String organisation) {
        String asked = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (reader.isCustoms() || reader.has(Role.REGULATOR) || reader.has(Role.SENIOR_REGULATOR)) {
            return asked;
        }
        if (reader.has(Role.IMPORTER)) {
            return reader.organisationCode()
                    .orElseThrow(() -> new ForbiddenActionException("Your account has no organisation"));
        }
        throw new ForbiddenActionException("Only customs, regulators, auditors and importers see checks");
    }
}
