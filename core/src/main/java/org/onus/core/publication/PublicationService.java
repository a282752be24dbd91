package org.onus.core.publication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.detention.CaseEvent;
import org.onus.core.detention.CaseEvidence;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCaseRepository;
import org.onus.core.detention.Recusal;
import org.onus.core.entry.DisclosedInput;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryRepository;
import org.onus.core.entry.ManualGround;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.organisation.Organisation;
import org.onus.core.organisation.OrganisationCode;
import org.onus.core.organisation.OrganisationRepository;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.Route;
import org.onus.core.sector.SectorAssignment;
import org.onus.core.sector.SectorRepository;

/**
 * Published decisions' one way in: the automatic publication of exception-route releases (in the
 * freeing transaction), proposals, the second regulator's approval, withdrawal, and the public
 * search. Every change is audited; a redaction refusal is audited by the kind of term only.
 */
@Stateless
public class PublicationService {

    static final String ENTITY = "PublishedDecision";
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PublishedDecisionRepository decisions;

    @Inject
    DetentionCaseRepository cases;

    @Inject
    EntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SectorRepository sectors;

    @Inject
    RegionDirectory regions;

    @Inject
    PolicyRegistry policies;

    @Inject
    DecisionSettings settings;

    @Inject
    NameConsents consents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A case that is decided and has no live decision yet: what a proposer may pick. */
    public record ProposableCase(UUID caseId, String outcome, LocalDate closedOn, DecisionKind kind) {}

    // --- the public side ---------------------------------------------------------------------

    public DecisionPage search(DecisionSearch s) {
        long total = decisions.count(s);
        int offset = (s.page() - 1) * DecisionSearch.PAGE_SIZE;
        List<PublishedDecision> items =
                total <= offset ? List.of() : decisions.search(s, offset, DecisionSearch.PAGE_SIZE);
        return new DecisionPage(total, s.page(), DecisionSearch.PAGE_SIZE, items);
    }

    /** Every match (at most {@link DecisionSearch#MAX_ROWS}) for a download. */
    public DecisionPage export(DecisionSearch s) {
        long total = decisions.count(s);
        return new DecisionPage(total, 1, DecisionSearch.MAX_ROWS, decisions.search(s, 0, DecisionSearch.MAX_ROWS));
    }

    /** A published decision by its reference; a proposed or withdrawn one is not public (404). */
    public PublishedDecision published(String reference) {
        return decisions
                .byReference(normalise(reference))
                .filter(PublishedDecision::isPublished)
                .orElseThrow(() -> new NotFoundException("Published decision " + reference));
    }

    // --- staff -------------------------------------------------------------------------------

    /** Any decision by reference for those who propose, approve or audit; others see only published ones. */
    public PublishedDecision get(Actor reader, String reference) {
        if (!mayReview(reader) && !mayPropose(reader) && !reader.has(Role.AUDITOR)) {
            return published(reference);
        }
        return decisions
                .byReference(normalise(reference))
                .orElseThrow(() -> new NotFoundException("Decision " + reference));
    }

    public List<PublishedDecision> pending(Actor reader) {
        requireStaff(reader);
        return decisions.withStatus(PublicationStatus.PROPOSED, 200);
    }

    public List<ProposableCase> proposable(Actor reader) {
        requireProposer(reader);
        return decisions.decidedWithoutPublication(100).stream()
                .map(c -> new ProposableCase(
                        c.id(),
                        c.status().name(),
                        c.closedOn(),
                        DecisionKind.of(c.status()).orElseThrow()))
                .toList();
    }

    /** The case's decisions for staff: what the case page's panel shows. */
    public List<PublishedDecision> forCase(Actor reader, UUID caseId) {
        requireStaff(reader);
        return decisions.forCase(caseId);
    }

    /** Whether this person may propose a decision of the case for publication now. */
    public boolean mayProposeNow(Actor reader, DetentionCase c) {
        return mayPropose(reader)
                && DecisionKind.of(c.status()).isPresent()
                && decisions.forCase(c.id()).stream().noneMatch(d -> d.status() != PublicationStatus.WITHDRAWN);
    }

    /**
     * A customs supervisor or a regulator proposes the case's decision for publication, with an
     * optional note the redaction rule checks (409 naming the kind of term).
     */
    public PublishedDecision propose(Actor actor, UUID caseId, String note) {
        requireProposer(actor);
        DetentionCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
        DecisionKind kind = DecisionKind.of(c.status())
                .orElseThrow(() -> new ConflictException(
                        "The case is " + c.status() + ": only a release, confiscation, exclusion or protest decision"
                                + " is published",
                        List.of(new Problem("status", "Propose a decided case"))));
        if (decisions.forCase(caseId).stream().anyMatch(d -> d.status() != PublicationStatus.WITHDRAWN)) {
            throw new ConflictException(
                    "This decision is already proposed or published",
                    List.of(new Problem("caseId", "Withdraw the existing publication first")));
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        Redaction redaction = redactionFor(c, entry, List.of(actor.username()));
        DecisionFacts facts = facts(c, entry, kind);
        PublishedDecision d;
        try {
            d = PublishedDecision.propose(
                    facts, newReference(), c.organisationCode(), note, redaction, actor.username(), now());
        } catch (ConflictException refused) {
            auditRefusal(actor, caseId.toString(), redaction.firstHit(note));
            throw refused;
        }
        decisions.store(d);
        audit.record(actor, "decision.proposed", ENTITY, d.reference(), Snapshot.NONE, d.snapshot());
        return d;
    }

    /** A regulator who did not propose it approves the redacted version: it is published. */
    public PublishedDecision approve(Actor actor, String reference) {
        requireReviewer(actor);
        PublishedDecision d = decisions
                .byReference(normalise(reference))
                .orElseThrow(() -> new NotFoundException("Decision " + reference));
        Snapshot before = d.snapshot();
        Redaction redaction = redactionFor(d, List.of(actor.username()));
        try {
            d.approve(actor.username(), redaction, importerName(d), today(), now());
        } catch (ConflictException refused) {
            auditRefusal(actor, d.reference(), redaction.firstHit(d.note()).or(() -> redaction.firstHit(d.summary())));
            throw refused;
        }
        audit.record(actor, "decision.published", ENTITY, d.reference(), before, d.snapshot());
        return d;
    }

    /** A proposal refused, or a published decision taken down (regulators; the proposer for their own proposal). */
    public PublishedDecision withdraw(Actor actor, String reference, String reason) {
        PublishedDecision d = decisions
                .byReference(normalise(reference))
                .orElseThrow(() -> new NotFoundException("Decision " + reference));
        boolean ownProposal = d.isProposed() && actor.username().equals(d.proposedBy());
        if (!mayReview(actor) && !ownProposal) {
            throw new ForbiddenActionException("Only a regulator withdraws a decision");
        }
        Snapshot before = d.snapshot();
        d.withdraw(actor.username(), reason, now());
        audit.record(actor, "decision.withdrawn", ENTITY, d.reference(), before, d.snapshot());
        return d;
    }

    /** The importer organisation agrees (or no longer agrees) to be named in its published decisions. */
    public boolean recordNameConsent(Actor actor, boolean consent) {
        if (!actor.has(Role.IMPORTER) || actor.organisationCode().isEmpty()) {
            throw new ForbiddenActionException("Only an importer of the organisation records its consent");
        }
        String org = actor.organisationCode().get();
        boolean before = consents.find(org).isPresent();
        if (consent && !before) {
            consents.store(new NameConsent(org, actor.username(), now()));
        } else if (!consent && before) {
            consents.remove(org);
        }
        audit.record(
                actor,
                "decision.name-consent",
                "Organisation",
                org,
                Snapshot.of("consent", before),
                Snapshot.of("consent", consent));
        return consent;
    }

    public boolean nameConsent(Actor actor) {
        return actor.organisationCode().flatMap(consents::find).isPresent();
    }

    public DecisionSettings.Names namingRule() {
        return settings.names();
    }

    // --- the automatic rule ------------------------------------------------------------------

    /**
     * Rule {@code PUBLISH_EXCEPTION_RELEASES}: goods freed on the exception route are published at
     * once, in the freeing transaction. Other freed goods wait for a proposal.
     */
    public Optional<PublishedDecision> publishIfExceptionRelease(UUID caseId) {
        DetentionCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
        if (c.route() != Route.EXCEPTION || !c.status().isFreed()) {
            return Optional.empty();
        }
        DecisionKind kind = DecisionKind.of(c.status()).orElseThrow();
        boolean already = decisions.forCase(caseId).stream()
                .anyMatch(d -> d.kind() == kind && d.status() != PublicationStatus.WITHDRAWN);
        if (already) {
            return Optional.empty();
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        PublishedDecision d = PublishedDecision.publishedOnRelease(
                facts(c, entry, kind), newReference(), c.organisationCode(), today(), now());
        decisions.store(d);
        audit.recordSystem("decision.published-automatically", ENTITY, d.reference(), Snapshot.NONE, d.snapshot());
        return Optional.of(d);
    }

    // --- facts and terms ---------------------------------------------------------------------

    DecisionFacts facts(DetentionCase c, Entry entry, DecisionKind kind) {
        List<String> sectorCodes = SectorAssignment.of(sectors.findAll()).sectorsOf(entry.hsCode());
        Set<String> direct = new LinkedHashSet<>();
        for (ScreeningMatch m : entry.matches()) {
            String code = m.designatedRegionCode() != null ? m.designatedRegionCode() : m.regionCode();
            if (code != null) {
                direct.add(code);
            }
        }
        List<DecisionRegion> regionRows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(direct);
        direct.forEach(code -> regionRows.add(new DecisionRegion(code, true)));
        for (String code : direct) {
            for (Region r : regions.find(code).map(regions::lineage).orElse(List.of())) {
                if (seen.add(r.code())) {
                    regionRows.add(new DecisionRegion(r.code(), false));
                }
            }
        }
        Set<String> unmet = new LinkedHashSet<>();
        if (!c.status().isFreed()) {
            c.unmet(id -> policies.find(id).map(StatePolicy::status))
                    .forEach(r -> unmet.add(r.code().code()));
        }
        List<DecidedRequirement> requirements = new ArrayList<>();
        for (Requirement r : c.requirements()) {
            requirements.add(new DecidedRequirement(
                    r.code().code(),
                    r.code().kind().name(),
                    !unmet.contains(r.code().code())));
        }
        String digits = entry.hsCode().replaceAll("\\D", "");
        return new DecisionFacts(
                c.id(),
                kind,
                c.status().name(),
                decidedOn(c, kind),
                c.route(),
                sectorCodes,
                regionRows,
                digits.length() >= 2 ? digits.substring(0, 2) : "00",
                entry.originCountry(),
                entry.listVersion(),
                requirements);
    }

    private LocalDate decidedOn(DetentionCase c, DecisionKind kind) {
        Instant at = kind == DecisionKind.PROTEST_DECISION ? c.protestDecidedAt() : null;
        if (at != null) {
            return at.atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (c.closedOn() != null) {
            return c.closedOn();
        }
        return c.decidedAt() != null ? c.decidedAt().atZone(ZoneOffset.UTC).toLocalDate() : today();
    }

    /** The terms of a stored decision's case, if the case is still there; the people of the publication too. */
    private Redaction redactionFor(PublishedDecision d, List<String> more) {
        List<String> people = new ArrayList<>(more);
        people.add(d.proposedBy());
        Optional<DetentionCase> c = d.caseId() == null ? Optional.empty() : cases.find(d.caseId());
        if (c.isPresent()) {
            return redactionFor(c.get(), entries.find(c.get().entryId()).orElseThrow(), people);
        }
        List<Redaction.Term> terms = new ArrayList<>();
        people.forEach(p -> user(terms, p));
        if (d.organisationCode() != null) {
            terms.add(new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, d.organisationCode()));
        }
        return new Redaction(terms);
    }

    /**
     * Everything the case knows about people, organisations, the entry and its files: organisation
     * names and codes (the importer's, producers'), the entry number, the user names of everyone
     * who acted on the entry, the case and the publication, the documents' file names (and their
     * names without extension) and what the uploader wrote about each document.
     */
    Redaction redactionFor(DetentionCase c, Entry entry, List<String> morePeople) {
        List<Redaction.Term> terms = new ArrayList<>();
        String org = c.organisationCode();
        terms.add(new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, org));
        organisationName(org).ifPresent(n -> terms.add(new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, n)));
        terms.add(new Redaction.Term(Redaction.TermKind.ENTRY_NUMBER, entry.entryNumber()));
        for (DisclosedInput input : entry.inputs()) {
            terms.add(new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, input.producer()));
        }
        for (ScreeningMatch m : entry.matches()) {
            terms.add(new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, m.producer()));
        }
        entry.manualGrounds(ManualGround.Kind.PRODUCER)
                .forEach(p -> terms.add(new Redaction.Term(Redaction.TermKind.ORGANISATION_NAME, p)));
        user(terms, entry.filedBy());
        user(terms, entry.filerEmail());
        user(terms, entry.detainedBy());
        for (String p : List.of(
                nz(c.openedBy()),
                nz(c.decidedBy()),
                nz(c.approvedBy()),
                nz(c.protestedBy()),
                nz(c.protestDecidedBy()),
                nz(c.dispositionRecordedBy()),
                c.assignee().orElse(""))) {
            user(terms, p);
        }
        for (CaseEvent e : c.events()) {
            user(terms, e.actor());
        }
        for (Recusal r : c.recusals()) {
            user(terms, r.official());
        }
        for (CaseEvidence e : c.evidence()) {
            user(terms, e.uploadedBy());
            user(terms, e.reviewedBy());
            terms.add(new Redaction.Term(Redaction.TermKind.FILE_NAME, e.fileName()));
            String stem = stem(e.fileName());
            if (stem.length() >= 4) {
                terms.add(new Redaction.Term(Redaction.TermKind.FILE_NAME, stem));
            }
            terms.add(new Redaction.Term(Redaction.TermKind.DOCUMENT_METADATA, e.description()));
        }
        for (PublishedDecision d : decisions.forCase(c.id())) {
            user(terms, d.proposedBy());
            user(terms, d.approvedBy());
        }
        morePeople.forEach(p -> user(terms, p));
        return new Redaction(terms);
    }

    private static void user(List<Redaction.Term> terms, String name) {
        if (name != null && !name.isBlank() && !AuditTrail.SYSTEM.equals(name)) {
            terms.add(new Redaction.Term(Redaction.TermKind.USER_NAME, name));
        }
    }

    static String stem(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private Optional<String> organisationName(String code) {
        try {
            return organisations.find(OrganisationCode.of(code)).map(Organisation::name);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The importer's name where the naming rule allows it; null otherwise. */
    private String importerName(PublishedDecision d) {
        if (settings.names() != DecisionSettings.Names.CONSENTED || d.organisationCode() == null) {
            return null;
        }
        if (consents.find(d.organisationCode()).isEmpty()) {
            return null;
        }
        return organisationName(d.organisationCode()).orElse(null);
    }

    private void auditRefusal(Actor actor, String entityId, Optional<Redaction.TermKind> kind) {
        // Only the kind of term goes to the trail, never the term or the text.
        audit.record(
                actor,
                "decision.redaction-refused",
                ENTITY,
                entityId,
                Snapshot.NONE,
                Snapshot.of("termKind", kind.map(Enum::name).orElse("UNKNOWN")));
    }

    // --- roles -------------------------------------------------------------------------------

    static boolean mayPropose(Actor a) {
        return a.has(Role.CUSTOMS_SUPERVISOR) || a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR);
    }

    static boolean mayReview(Actor a) {
        return a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR);
    }

    private static void requireProposer(Actor a) {
        if (!mayPropose(a)) {
            throw new ForbiddenActionException(
                    "Only customs supervisors and regulators propose decisions for publication");
        }
    }

    private static void requireReviewer(Actor a) {
        if (!mayReview(a)) {
            throw new ForbiddenActionException("Only a regulator approves a decision for publication");
        }
    }

    private static void requireStaff(Actor a) {
        if (!mayPropose(a) && !a.has(Role.AUDITOR)) {
            throw new ForbiddenActionException(
                    "Only customs supervisors, regulators and auditors see proposed decisions");
        }
    }

    private String newReference() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder r = new StringBuilder("D-").append(today().getYear()).append('-');
            for (int i = 0; i < 6; i++) {
                r.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!decisions.referenceTaken(r.toString())) {
                return r.toString();
            }
        }
        throw new IllegalStateException("No free decision reference");
    }

    static String normalise(String reference) {
        return reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
