package org.onus.core.entry;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.organisation.OrganisationService;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.screening.ScreeningIndex;

/**
 * Entries' one way in, for the pages, the API, bulk files and the process engine: an importer
 * files for their own organisation; a detained entry gets its case (and the case its process), and
 * a held entry its disclosure clock, in the same transaction, so there is never a detained entry
 * without a running case or a held one without a running clock.
 */
@Stateless
public class EntryService {

    static final String ENTITY = "Entry";

    @Inject
    EntryRepository entries;

    @Inject
    EntryAssembler assembler;

    @Inject
    EntryScreener screener;

    @Inject
    CaseOpening cases;

    @Inject
    DisclosureHoldProcess holds;

    @Inject
    RegionDirectory regions;

    @Inject
    OrganisationService organisations;

    @Inject
    DesignationRepository designations;

    @Inject
    PolicyRegistry policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DisclosureSettings disclosure;

    @Inject
    org.onus.core.delegation.DelegationService delegations;

    @Inject
    Event<DisclosureScreened> disclosureScreened;

    /**
     * What filing did.
     *
     * @param created false when the same entry had been filed before (a retry): nothing new was made
     */
    public record Filing(Entry entry, Optional<UUID> openedCase, boolean created) {}

    /**
     * What checking one draft of a batch found: the entry it would be, or every problem with it.
     * An entry number already filed with other facts is a problem here too, so that a bulk file is
     * refused before anything of it is stored.
     */
    public record Checked(Entry entry, List<Problem> problems) {}

    /** Checks a batch of drafts without storing anything: the first pass over a bulk file. */
    public List<Checked> checkAll(Actor actor, List<EntryDraft> drafts) {
        String org = importerOrganisation(actor);
        EntryAssembler.References references = assembler.references();
        LocalDate today = LocalDate.now(clock);
        List<Checked> checked = new ArrayList<>(drafts.size());
        for (EntryDraft draft : drafts) {
            try {
                EntryFiling filing = assembler.filing(org, draft, references, today);
                checked.add(new Checked(Entry.file(filing, org, actor.username(), null, clock.instant()), List.of()));
            } catch (InvalidInputException e) {
                checked.add(new Checked(null, e.problems()));
            }
        }
        Map<String, String> earlier = entries.fingerprints(
                org,
                checked.stream()
                        .filter(c -> c.entry() != null)
                        .map(c -> c.entry().entryNumber())
                        .toList());
        for (int i = 0; i < checked.size(); i++) {
            Entry e = checked.get(i).entry();
            if (e != null
                    && earlier.containsKey(e.entryNumber())
                    && !earlier.get(e.entryNumber()).equals(e.fingerprint())) {
                checked.set(i, new Checked(null, reused(e.entryNumber()).problems()));
            }
        }
        return checked;
    }

    /**
     * Files an entry read by {@link EntryAssembler}; the same entry number with the same facts is a
     * retry and answers the entry filed before, with other facts a conflict.
     */
    public Filing file(Actor actor, EntryFiling filing) {
        return file(actor, filing, null);
    }

    /**
     * Reads and files a draft in the name of an importer (see {@link #file(Actor, EntryFiling,
     * String)}). A draft naming a supply-chain map takes it from the organisation the entry is
     * filed for: a broker files from the maps of an importer that delegated it (the delegation is
     * checked first, so a broker learns nothing of other importers' maps), an importer from its own.
     */
    public Filing file(Actor actor, EntryDraft draft, String importer) {
        String org = filedFor(actor, importer);
        return fileFor(actor, assembler.filing(org, draft, assembler.references(), LocalDate.now(clock)), org);
    }

    /**
     * Files an entry in the name of an importer: the actor's own organisation, or (a customs
     * broker) the importer named, which must have a delegation to the broker in force now (403
     * otherwise, the same for any importer that did not delegate it). An importer naming another
     * organisation is refused (403); naming its own is the same as naming none.
     *
     * @param importer the importer's organisation code, or null: required of a broker (400)
     */
    public Filing file(Actor actor, EntryFiling filing, String importer) {
        return fileFor(actor, filing, filedFor(actor, importer));
    }

    /** A customs broker files for others; anyone who is also an importer files as one. */
    private static boolean filesAsBroker(Actor actor) {
        return actor.has(Role.CUSTOMS_BROKER) && !actor.has(Role.IMPORTER);
    }

    /** The organisation an entry is filed for, checked as {@link #file(Actor, EntryFiling, String)} says. */
    private String filedFor(Actor actor, String importer) {
        if (filesAsBroker(actor)) {
            if (importer == null || importer.isBlank()) {
                throw InvalidInputException.of("importer", "Name the importer (organisation code) you file for");
            }
            brokerOrganisation(actor);
            return delegations.requireInForce(actor, importer);
        }
        String org = importerOrganisation(actor);
        if (importer != null && !importer.isBlank() && !importer.strip().equalsIgnoreCase(org)) {
            throw new ForbiddenActionException("Importers file only in their own organisation's name");
        }
        return org;
    }

    private static String brokerOrganisation(Actor broker) {
        return broker.organisationCode()
                .orElseThrow(() -> new ForbiddenActionException(
                        "Your account has no organisation; ask an administrator to add one in the identity provider"));
    }

    /** Files for the organisation {@link #filedFor} answered. */
    private Filing fileFor(Actor actor, EntryFiling filing, String importer) {
        organisations.registerOnFirstUse(actor);
        Entry entry = filesAsBroker(actor)
                ? Entry.fileFor(
                        filing,
                        importer,
                        brokerOrganisation(actor),
                        actor.username(),
                        actor.email().orElse(null),
                        clock.instant())
                : Entry.file(filing, importer, actor.username(), actor.email().orElse(null), clock.instant());
        String org = entry.organisationCode();
        Optional<Entry> earlier = entries.findByNumber(org, entry.entryNumber());
        if (earlier.isPresent()) {
            // A retry answers the entry filed before only to someone who may read it: a broker
            // never learns an importer's own entry by filing its facts again.
            if (earlier.get().sameFactsAs(entry)
                    && actor.mayReadFiling(
                            org, earlier.get().filedByOrganisation().orElse(null))) {
                return new Filing(earlier.get(), Optional.empty(), false);
            }
            throw reused(entry.entryNumber());
        }
        screenOnFiling(entry);
        try {
            entries.store(entry);
        } catch (PersistenceException e) {
            throw reused(entry.entryNumber());
        }
        audit.record(actor, "entry.filed", ENTITY, entry.id().toString(), Snapshot.NONE, entry.snapshot());
        disclosureScreened.fire(new DisclosureScreened(entry));
        Optional<UUID> opened = Optional.empty();
        if (entry.status() == EntryStatus.DETAINED) {
            opened = Optional.of(cases.open(entry, "screening"));
        }
        if (entry.held()) {
            holds.held(entry);
        }
        return new Filing(entry, opened, true);
    }

    /**
     * The entry this filing would be, screened exactly as {@link #file} screens it (the list in
     * force on its arrival date), without storing anything: no entry, case, process or clock. What
     * the check before shipping answers, so that checking and filing cannot disagree.
     */
    public Entry screenWithoutFiling(Actor actor, EntryFiling filing) {
        String org = importerOrganisation(actor);
        Entry entry = Entry.file(filing, org, actor.username(), actor.email().orElse(null), clock.instant());
        screenOnFiling(entry);
        return entry;
    }

    /** Filing's screening, shared with {@link #screenWithoutFiling}. */
    private void screenOnFiling(Entry entry) {
        entry.recordScreening(
                screener.screen(entry),
                clock.instant(),
                disclosure.deadline(LocalDate.now(clock)),
                ScreeningResult.Trigger.FILED,
                null);
    }

    /**
     * What refining or re-screening did.
     *
     * @param wasHeld whether the goods were held for a disclosure before
     */
    public record Rescreening(Entry entry, Optional<UUID> openedCase, boolean wasHeld) {

        /** The hold began with this screening: its clock must be started. */
        public boolean holdStarted() {
            return entry.held() && !wasHeld;
        }

        /** The hold ended with this screening (cleared, detained, or no longer held). */
        public boolean holdEnded() {
            return wasHeld && !entry.held();
        }
    }

    /**
     * The importer refines the disclosure of their own entry (another organisation's is 404) while
     * it is DISCLOSURE_REQUIRED (else 409), and it is screened again at once; a detention gets its
     * case in this transaction, and a running hold learns the outcome. The hold's deadline stays as
     * it was. The inputs are read only once the entry is known to await them, so a refusal (404,
     * 409) comes before any problem with the input (400), as it does for the API's callers today.
     */
    public Rescreening refineDisclosure(Actor actor, UUID id, List<EntryDraft.InputDraft> inputs) {
        if (!actor.has(Role.IMPORTER)) {
            throw new ForbiddenActionException("Only importers refine their disclosure");
        }
        Entry entry = get(actor, id);
        Snapshot before = entry.snapshot();
        boolean wasHeld = entry.held();
        entry.requireAwaitingDisclosure();
        entry.refineDisclosure(assembler.disclosure(inputs));
        Entry.Screening screening = screener.screen(entry);
        entry.recordScreening(
                screening,
                clock.instant(),
                disclosure.deadline(LocalDate.now(clock)),
                ScreeningResult.Trigger.REFINED,
                "Disclosure refined by " + actor.username());
        audit.record(
                actor,
                "entry.disclosure-refined",
                ENTITY,
                entry.id().toString(),
                before,
                entry.snapshot().and("outcome", entry.status()));
        disclosureScreened.fire(new DisclosureScreened(entry));
        Optional<UUID> opened = Optional.empty();
        if (entry.status() == EntryStatus.DETAINED) {
            opened = Optional.of(cases.open(entry, "screening"));
        }
        return followUp(new Rescreening(entry, opened, wasHeld));
    }

    /**
     * The disclosure deadline passed unrefined: the goods are detained and get a case (the
     * process engine calls this from the hold's timer). Nothing happens to an entry no longer held.
     */
    public Optional<UUID> detainUnrefined(UUID id) {
        Entry entry = entries.find(id).orElseThrow(() -> new NotFoundException("Entry " + id));
        if (entry.status() != EntryStatus.DISCLOSURE_REQUIRED || !entry.held()) {
            return Optional.empty();
        }
        Snapshot before = entry.snapshot();
        entry.detainUnrefined(clock.instant());
        audit.recordSystem("entry.detained-unrefined", ENTITY, entry.id().toString(), before, entry.snapshot());
        return Optional.of(cases.open(entry, "disclosure deadline"));
    }

    /**
     * A new designation list version applies at arrival: an entry not yet arrived (cleared or
     * awaiting disclosure) or still held is screened again with the index given; a new match
     * detains it (with its case), a lifted one is recorded on the entry. Entries already detained
     * are left to their case. The index is built only when some entry awaits the list: building it
     * reads every public designation, which a publication with no entry waiting need not pay (issue
     * 14).
     */
    public List<Rescreening> rescreenForList(java.util.function.Supplier<ScreeningIndex> indexOfList) {
        List<UUID> awaiting = entries.awaitingList(LocalDate.now(clock));
        if (awaiting.isEmpty()) {
            return List.of();
        }
        ScreeningIndex index = indexOfList.get();
        List<Rescreening> done = new ArrayList<>();
        for (UUID id : awaiting) {
            rescreenForList(id, index).ifPresent(done::add);
        }
        return done;
    }

    private Optional<Rescreening> rescreenForList(UUID id, ScreeningIndex index) {
        Entry entry = entries.find(id).orElseThrow(() -> new NotFoundException("Entry " + id));
        boolean arriving = entry.arrivalDate().isAfter(LocalDate.now(clock));
        if (entry.status() == EntryStatus.DETAINED || !(arriving || entry.held())) {
            return Optional.empty();
        }
        Snapshot before = entry.snapshot();
        boolean wasHeld = entry.held();
        EntryStatus was = entry.status();
        List<String> earlier = entry.refinements().stream()
                .map(DisclosureRefinement::designationTitle)
                .distinct()
                .toList();
        Entry.Screening screening = screener.screen(entry, index);
        List<String> now = screening.refinements().stream()
                .map(DisclosureRefinement::designationTitle)
                .distinct()
                .toList();
        List<String> lifted = earlier.stream().filter(t -> !now.contains(t)).toList();
        StringBuilder note = new StringBuilder("Designation list version " + index.listVersion());
        if (screening.status() == EntryStatus.DETAINED && was != EntryStatus.DETAINED) {
            note.append(": new match — ")
                    .append(screening.matches().stream()
                            .map(ScreeningMatch::designationTitle)
                            .distinct()
                            .reduce((a, b) -> a + ", " + b)
                            .orElse(""));
        }
        if (!lifted.isEmpty()) {
            note.append(": lifted — ").append(String.join(", ", lifted));
        }
        entry.recordScreening(
                screening,
                clock.instant(),
                disclosure.deadline(LocalDate.now(clock)),
                ScreeningResult.Trigger.LIST_CHANGED,
                note.toString());
        audit.recordSystem(
                "entry.rescreened",
                ENTITY,
                entry.id().toString(),
                before,
                entry.snapshot().and("note", note.toString()));
        // The stored mass-balance check follows the new screening (an input now matched to a
        // designated region counts as one), as it does on filing and refinement.
        disclosureScreened.fire(new DisclosureScreened(entry));
        Optional<UUID> opened = Optional.empty();
        if (entry.status() == EntryStatus.DETAINED) {
            opened = Optional.of(cases.open(entry, "designation list " + index.listVersion()));
        }
        return Optional.of(followUp(new Rescreening(entry, opened, wasHeld)));
    }

    /** A hold that began with this screening starts its clock; a running one learns the outcome. */
    private Rescreening followUp(Rescreening r) {
        if (r.holdStarted()) {
            holds.held(r.entry());
        } else if (r.wasHeld()) {
            holds.screenedAgain(r.entry());
        }
        return r;
    }

    /**
     * An officer detains an entry on grounds they cite (rule {@value DetentionGrounds#RULE}); it
     * gets a case like a screened detention. Cited designations must be in force today.
     */
    public Filing detain(Actor officer, UUID id, DetentionGrounds grounds) {
        if (!officer.has(Role.CUSTOMS_OFFICER)) {
            throw new ForbiddenActionException("Only customs officers detain entries");
        }
        Entry entry = get(officer, id);
        Snapshot before = entry.snapshot();
        boolean wasHeld = entry.held();
        LocalDate today = LocalDate.now(clock);
        entry.detainManually(officer.username(), grounds, groundReferences(today), clock.instant());
        audit.record(
                officer,
                "entry.detained",
                ENTITY,
                entry.id().toString(),
                before,
                entry.snapshot()
                        .and("reason", entry.detentionReason())
                        .and(
                                "grounds",
                                entry.manualGrounds().stream()
                                        .map(ManualGround::toString)
                                        .toList()));
        UUID caseId = cases.open(entry, officer.username());
        if (wasHeld) {
            holds.screenedAgain(entry);
        }
        return new Filing(entry, Optional.of(caseId), true);
    }

    /** The designations in force today that an officer may cite, in title order. */
    public List<Designation> citableDesignations() {
        LocalDate today = LocalDate.now(clock);
        return designations.withStatus(List.of(DesignationStatus.PUBLISHED)).stream()
                .filter(d -> d.appliesOn(today))
                .sorted(java.util.Comparator.comparing(Designation::title))
                .toList();
    }

    private Entry.GroundReferences groundReferences(LocalDate today) {
        return new Entry.GroundReferences(
                designationId -> designations
                        .find(designationId)
                        .filter(d -> d.status() == DesignationStatus.PUBLISHED && d.appliesOn(today))
                        .map(d -> new Entry.CitedDesignation(d.id(), d.version(), d.title())),
                policyId -> policies.find(policyId).map(StatePolicy::title),
                code -> regions.find(code).filter(r -> !r.retired()).map(Region::name));
    }

    /** An entry this reader may see; another organisation's is 404, never 403. */
    public Entry get(Actor reader, UUID id) {
        Entry entry = entries.find(id).orElseThrow(() -> new NotFoundException("Entry " + id));
        if (!reader.mayReadFiling(
                entry.organisationCode(), entry.filedByOrganisation().orElse(null))) {
            throw new NotFoundException("Entry " + id);
        }
        return entry;
    }

    /**
     * One page of the importer's own entries (whoever filed them), a customs broker's own filings
     * (for any importer), or every organisation's for customs: the same rule as {@link #get}.
     */
    public EntryPage page(Actor reader, EntryCriteria criteria) {
        if (reader.isCustoms()) {
            return entries.page(criteria);
        }
        if (reader.has(Role.CUSTOMS_BROKER)
                && !reader.has(Role.IMPORTER)
                && reader.organisationCode().isPresent()) {
            return entries.page(criteria.filedBy(reader.organisationCode().get()));
        }
        if (reader.has(Role.IMPORTER) && reader.organisationCode().isPresent()) {
            return entries.page(
                    criteria.forOrganisation(reader.organisationCode().get()));
        }
        throw new ForbiddenActionException("Only importers and customs see entries");
    }

    private String importerOrganisation(Actor actor) {
        if (!actor.has(Role.IMPORTER)) {
            throw new ForbiddenActionException("Only importers file entries");
        }
        return actor.organisationCode()
                .orElseThrow(() -> new ForbiddenActionException(
                        "Your account has no organisation; ask an administrator to add one in the identity provider"));
    }

    private static ConflictException reused(String number) {
        return new ConflictException(
                "Entry number " + number + " is already used for a different entry",
                List.of(new Problem(
                        "entryNumber", "Entry number " + number + " is already used for a different entry")));
    }
}
