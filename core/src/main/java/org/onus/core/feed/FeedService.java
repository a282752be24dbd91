package org.onus.core.feed;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationAssembler;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.ListStamp;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.SectorService;
import org.onus.feed.verifier.DetachedJws;
import org.onus.feed.verifier.FeedVerificationException;

/**
 * The signed designation feed: the authority's documents and their signatures, its public keys,
 * and mutual recognition — registering another authority's keys and importing its signed feed as
 * drafts, which are reviewed here like any other (four eyes) before anything is published.
 */
@Stateless
public class FeedService {

    static final String AUTHORITY = "ForeignAuthority";

    /** The most designations one feed may carry into an import. */
    static final int MAX_ITEMS = 2_000;

    @Inject
    DesignationService designations;

    @Inject
    FeedRepository feeds;

    @Inject
    FeedKeys keys;

    @Inject
    FeedSettings settings;

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // --- publishing --------------------------------------------------------------------------

    /** The format a list version is published in. */
    public enum Format {
        JSON,
        CSV
    }

    /** A list version's feed document: the exact bytes that are signed. */
    public byte[] document(int listVersion, Format format) {
        DesignationListVersion v = designations.listVersion(listVersion);
        return format == Format.CSV
                ? FeedDocument.csv(v)
                : FeedDocument.json(new FeedDocument.Authority(settings.authorityId(), settings.authorityName()), v);
    }

    /** The detached JWS over {@link #document}, made with the current signing key. */
    public String signature(int listVersion, Format format) {
        return DetachedJws.sign(document(listVersion, format), keys.signingKey());
    }

    /** The authority's public keys, current and retired. */
    public JWKSet publicKeys() {
        return keys.publicKeys();
    }

    public Optional<Integer> latestListVersion() {
        return designations.latestListStamp().map(ListStamp::number);
    }

    // --- foreign authorities -----------------------------------------------------------------

    public List<ForeignAuthority> authorities(Actor actor) {
        requireReader(actor);
        return feeds.authorities();
    }

    public ForeignAuthority authority(Actor actor, UUID id) {
        requireReader(actor);
        return feeds.authority(id).orElseThrow(() -> new NotFoundException("Authority " + id));
    }

    /** The drafts imported from an authority's feeds, newest first. */
    public List<ImportedDesignation> importedFrom(Actor actor, UUID authorityId) {
        requireReader(actor);
        return feeds.importedFrom(authorityId);
    }

    /** Where a designation here was imported from, if it was. */
    public Optional<ImportedDesignation> importedAs(UUID designationId) {
        return feeds.importedAs(designationId);
    }

    /** A regulator registers another authority and the public key(s) its feeds are signed with. */
    public ForeignAuthority register(Actor actor, String name, String jwks) {
        requireRegulator(actor);
        ForeignAuthority a = ForeignAuthority.register(name, jwks, actor.username(), clock.instant());
        if (feeds.authorityNamed(a.name()).isPresent()) {
            throw new ConflictException(
                    "An authority named " + a.name() + " is already registered; add keys to it instead",
                    List.of(new Problem("name", "Already registered")));
        }
        feeds.store(a);
        audit.record(actor, "feed-authority.registered", AUTHORITY, a.id().toString(), Snapshot.NONE, a.snapshot());
        return a;
    }

    /** Adds public keys to a registered authority (its key rotation); existing keys stay. */
    public ForeignAuthority addKeys(Actor actor, UUID id, String jwks) {
        requireRegulator(actor);
        ForeignAuthority a = feeds.authority(id).orElseThrow(() -> new NotFoundException("Authority " + id));
        Snapshot before = a.snapshot();
        a.addKeys(jwks, clock.instant());
        audit.record(actor, "feed-authority.keys-added", AUTHORITY, a.id().toString(), before, a.snapshot());
        return a;
    }

    // --- import ------------------------------------------------------------------------------

    /** What happened to one designation of an imported feed. */
    public enum Outcome {
        /** Drafted here, waiting for review. */
        DRAFTED,
        /** Imported before (same authority, same id): nothing new. */
        ALREADY_IMPORTED,
        /** Not drafted: its problems say why (unknown region or sector codes, missing fields). */
        REFUSED
    }

    public record ItemResult(
            String foreignId, String title, Outcome outcome, UUID designationId, List<Problem> problems) {}

    public record ImportResult(
            UUID authorityId,
            String authorityName,
            String signedBy,
            int listVersion,
            String publisher,
            List<ItemResult> items) {

        public long count(Outcome outcome) {
            return items.stream().filter(i -> i.outcome() == outcome).count();
        }
    }

    /** Imports a feed fetched from URLs (the signature's URL defaults to the document's plus "/signature"). */
    public ImportResult importFromUrl(Actor actor, UUID authorityId, String documentUrl, String signatureUrl) {
        requireRegulator(actor);
        ForeignAuthority authority = feeds.authority(authorityId)
                .orElseThrow(() -> InvalidInputException.of("authority", "Choose a registered authority"));
        if (documentUrl == null || documentUrl.isBlank()) {
            throw InvalidInputException.of("documentUrl", "Give the address of the feed document");
        }
        FeedFetcher fetcher = new FeedFetcher(settings.fetchLimits());
        String sigUrl = signatureUrl == null || signatureUrl.isBlank()
                ? documentUrl.strip() + "/signature"
                : signatureUrl.strip();
        fetcher.check(documentUrl, "documentUrl");
        fetcher.check(sigUrl, "signatureUrl");
        byte[] document = fetcher.fetch(documentUrl, "documentUrl");
        byte[] signature = fetcher.fetch(sigUrl, "signatureUrl");
        return importFeed(actor, authority, document, new String(signature, StandardCharsets.US_ASCII));
    }

    /**
     * Verifies the document against the authority's registered keys (400 on {@code signature}
     * when the key is unknown, the document was changed or the signature is malformed; nothing is
     * stored then), then drafts each designation that is new and whose codes are known here.
     */
    public ImportResult importFeed(Actor actor, UUID authorityId, byte[] document, String signature) {
        requireRegulator(actor);
        ForeignAuthority authority = feeds.authority(authorityId)
                .orElseThrow(() -> InvalidInputException.of("authority", "Choose a registered authority"));
        return importFeed(actor, authority, document, signature);
    }

    private ImportResult importFeed(Actor actor, ForeignAuthority authority, byte[] document, String signature) {
        if (document == null || document.length == 0) {
            throw InvalidInputException.of("document", "Attach the feed document (JSON)");
        }
        if (signature == null || signature.isBlank()) {
            throw InvalidInputException.of("signature", "Attach the feed's detached signature (.jws)");
        }
        if (document.length > settings.fetchLimits().maxBytes()) {
            throw InvalidInputException.of(
                    "document",
                    "The document is larger than " + settings.fetchLimits().maxBytes() + " bytes");
        }
        DetachedJws.Verified verified;
        try {
            verified = DetachedJws.verify(document, signature, authority.keys());
        } catch (FeedVerificationException e) {
            throw new FeedSignatureRefused(e.reason().name(), e.getMessage());
        }
        FeedDocument.Feed feed = FeedDocument.read(document);
        if (feed.designations().size() > MAX_ITEMS) {
            throw InvalidInputException.of("document", "A feed carries at most " + MAX_ITEMS + " designations");
        }
        List<ItemResult> results = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        DesignationAssembler.References references = new DesignationAssembler.References(
                code -> regions.find(code).filter(r -> !r.retired()).isPresent(),
                code -> sectors.find(code).isPresent(),
                id -> false);
        for (FeedDocument.Item item : feed.designations()) {
            results.add(importItem(actor, authority, feed, verified, item, references, seen));
        }
        ImportResult result = new ImportResult(
                authority.id(),
                authority.name(),
                verified.keyId(),
                feed.listVersion(),
                feed.authority().name(),
                results);
        audit.record(
                actor,
                "feed.imported",
                AUTHORITY,
                authority.id().toString(),
                Snapshot.NONE,
                Snapshot.of("listVersion", feed.listVersion())
                        .and("signedBy", verified.keyId())
                        .and(
                                "drafted",
                                results.stream()
                                        .filter(r -> r.outcome() == Outcome.DRAFTED)
                                        .map(r -> r.designationId().toString())
                                        .toList())
                        .and("alreadyImported", result.count(Outcome.ALREADY_IMPORTED))
                        .and(
                                "refused",
                                results.stream()
                                        .filter(r -> r.outcome() == Outcome.REFUSED)
                                        .map(r -> String.valueOf(r.foreignId()))
                                        .toList()));
        return result;
    }

    private ItemResult importItem(
            Actor actor,
            ForeignAuthority authority,
            FeedDocument.Feed feed,
            DetachedJws.Verified verified,
            FeedDocument.Item item,
            DesignationAssembler.References references,
            Set<String> seen) {
        String foreignId = item.id() == null ? null : item.id().strip();
        if (foreignId == null || foreignId.isEmpty() || foreignId.length() > 100) {
            return new ItemResult(
                    item.id(),
                    item.title(),
                    Outcome.REFUSED,
                    null,
                    List.of(new Problem("id", "The designation has no id (at most 100 characters)")));
        }
        if (!seen.add(foreignId)) {
            return new ItemResult(
                    foreignId,
                    item.title(),
                    Outcome.REFUSED,
                    null,
                    List.of(new Problem("id", "The feed lists this id twice")));
        }
        Optional<ImportedDesignation> before = feeds.imported(authority.id(), foreignId);
        if (before.isPresent()) {
            return new ItemResult(
                    foreignId,
                    item.title(),
                    Outcome.ALREADY_IMPORTED,
                    before.get().designationId(),
                    List.of());
        }
        DesignationDraft draft = draftOf(authority, feed, verified, item);
        try {
            DesignationAssembler.terms(draft, references);
        } catch (InvalidInputException refused) {
            return new ItemResult(foreignId, item.title(), Outcome.REFUSED, null, refused.problems());
        }
        Designation d = designations.draft(actor, draft);
        feeds.store(new ImportedDesignation(
                d.id(),
                authority.id(),
                foreignId,
                item.version(),
                feed.listVersion(),
                verified.keyId(),
                actor.username(),
                clock.instant()));
        return new ItemResult(foreignId, item.title(), Outcome.DRAFTED, d.id(), List.of());
    }

    /** The draft a foreign designation becomes: its scope and period as sent, its origin in words. */
    static DesignationDraft draftOf(
            ForeignAuthority authority, FeedDocument.Feed feed, DetachedJws.Verified verified, FeedDocument.Item item) {
        String basis = "Mutual recognition of a designation by " + authority.name() + " (its designation "
                + item.id() + (item.version() == null ? "" : ", version " + item.version()) + ", on its list version "
                + feed.listVersion() + ")";
        StringBuilder why = new StringBuilder("Imported from the signed designation feed of ")
                .append(authority.name())
                .append(" (list version ")
                .append(feed.listVersion())
                .append(feed.publishedAt() == null ? "" : ", published " + feed.publishedAt())
                .append("; signature verified with its key ")
                .append(verified.keyId())
                .append(", ")
                .append(verified.algorithm())
                .append("). Review the other authority's grounds before submitting this draft for review.");
        if (!item.policyIds().isEmpty()) {
            why.append(" The feed cites state policies registered there: ")
                    .append(String.join(", ", item.policyIds()))
                    .append("; link the matching policies registered here.");
        }
        return new DesignationDraft(
                item.title(),
                item.regionCodes(),
                item.sectorCodes(),
                basis.length() > 4000 ? basis.substring(0, 4000) : basis,
                why.toString(),
                List.of(),
                item.effectiveFrom(),
                item.effectiveTo());
    }

    private static void requireRegulator(Actor actor) {
        if (!actor.has(Role.REGULATOR)) {
            throw new ForbiddenActionException("Only regulators register other authorities and import their feeds");
        }
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR) && !actor.has(Role.AUDITOR)) {
            throw new ForbiddenActionException(
                    "Only regulators and auditors see the authorities whose feeds are imported");
        }
    }
}
