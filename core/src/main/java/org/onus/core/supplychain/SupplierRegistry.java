package org.onus.core.supplychain;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/**
 * An importer organisation's registry of suppliers, their facilities and documents. Only importers
 * use it, each within their own organisation: another organisation's supplier does not exist for
 * them (404). Every change is audited; uploads go through the evidence library's inspection and
 * content store.
 */
@Stateless
public class SupplierRegistry {

    static final String ENTITY = "Supplier";

    @Inject
    SupplyChainRepository repository;

    @Inject
    RegionDirectory regions;

    @Inject
    EvidenceLibrary files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A document's file, already checked against its hash. */
    public record Download(SupplierDocument document, InputStream content) {}

    public List<Supplier> list(Actor actor) {
        return repository.suppliers(organisation(actor));
    }

    /** @throws NotFoundException for an unknown supplier or another organisation's */
    public Supplier get(Actor actor, UUID id) {
        return repository.supplier(organisation(actor), id).orElseThrow(() -> new NotFoundException("Supplier " + id));
    }

    public Supplier register(Actor actor, SupplierDraft draft) {
        String org = organisation(actor);
        Supplier supplier = Supplier.register(org, draft.check(regionExists()), actor.username(), clock.instant());
        repository.store(supplier);
        audit.record(
                actor, "supplier.registered", ENTITY, supplier.id().toString(), Snapshot.NONE, supplier.snapshot());
        return supplier;
    }

    /**
     * Replaces a supplier's details; maps saved before keep what they copied, the next version
     * of a map copies the new details.
     *
     * @param expectedLock the lock version the editor read (If-Match), or null not to check
     */
    public Supplier update(Actor actor, UUID id, SupplierDraft draft, Long expectedLock) {
        Supplier supplier = get(actor, id);
        if (expectedLock != null && expectedLock != supplier.lockVersion()) {
            throw new ConflictException(
                    "The supplier was changed meanwhile; read it again",
                    List.of(new Problem("legalName", "The supplier was changed meanwhile; read it again")));
        }
        SupplierDraft.Details details = draft.check(regionExists());
        Snapshot before = supplier.snapshot();
        supplier.describe(details, actor.username(), clock.instant());
        audit.record(actor, "supplier.updated", ENTITY, supplier.id().toString(), before, supplier.snapshot());
        return supplier;
    }

    public Facility addFacility(Actor actor, UUID supplierId, SupplierDraft.FacilityDraft draft) {
        Supplier supplier = get(actor, supplierId);
        SupplierDraft.FacilityDetails details = draft.check(regionExists());
        Snapshot before = supplier.snapshot();
        Facility f = supplier.addFacility(details, actor.username(), clock.instant());
        audit.record(
                actor,
                "supplier.facility-added",
                ENTITY,
                supplier.id().toString(),
                before,
                supplier.snapshot()
                        .and("facilityId", f.id())
                        .and("facility", f.name())
                        .and("facilityRegion", f.regionCode()));
        return f;
    }

    /** Corrects a facility's details; maps saved before keep what they copied. */
    public Facility updateFacility(Actor actor, UUID supplierId, UUID facilityId, SupplierDraft.FacilityDraft draft) {
        Supplier supplier = get(actor, supplierId);
        Facility existing =
                supplier.facility(facilityId).orElseThrow(() -> new NotFoundException("Facility " + facilityId));
        Snapshot before = facilitySnapshot(supplier, existing);
        SupplierDraft.FacilityDetails details = draft.check(regionExists());
        Facility f = supplier.describeFacility(facilityId, details, actor.username(), clock.instant());
        audit.record(
                actor,
                "supplier.facility-updated",
                ENTITY,
                supplier.id().toString(),
                before,
                facilitySnapshot(supplier, f));
        return f;
    }

    /**
     * Removes a facility that no document is kept for and no map's latest version names (409
     * naming them otherwise). Map versions saved before keep what they copied of it.
     */
    public void removeFacility(Actor actor, UUID supplierId, UUID facilityId) {
        Supplier supplier = get(actor, supplierId);
        Facility f = supplier.facility(facilityId).orElseThrow(() -> new NotFoundException("Facility " + facilityId));
        // Every reason at once, so the importer clears them in one go.
        List<String> documents = supplier.documentsFor(facilityId);
        List<String> maps = repository.mapsUsingFacility(supplier.organisationCode(), facilityId);
        List<Problem> problems = new java.util.ArrayList<>();
        List<String> reasons = new java.util.ArrayList<>();
        if (!documents.isEmpty()) {
            problems.add(new Problem(
                    "FACILITY_HAS_DOCUMENTS", "Documents are kept for the facility: " + String.join(", ", documents)));
            reasons.add("documents are kept for it (" + String.join(", ", documents) + "): remove them first");
        }
        if (!maps.isEmpty()) {
            problems.add(new Problem("FACILITY_IN_MAP", "Named by the maps: " + String.join(", ", maps)));
            reasons.add("the latest version of the supply-chain maps " + String.join(", ", maps)
                    + " names it: save them without it first");
        }
        if (!problems.isEmpty()) {
            throw new ConflictException(
                    "The facility " + f.name() + " cannot be removed: " + String.join("; ", reasons) + ".", problems);
        }
        Snapshot before = facilitySnapshot(supplier, f);
        supplier.removeFacility(facilityId, actor.username(), clock.instant());
        audit.record(actor, "supplier.facility-removed", ENTITY, supplier.id().toString(), before, Snapshot.NONE);
    }

    /**
     * Removes a document from the supplier's list. The audit line keeps its title, file name and
     * SHA-256; the stored file is no longer kept for the supplier, but stays while anything else
     * with the same bytes uses it (the content store keeps each file once, by hash).
     */
    public void removeDocument(Actor actor, UUID supplierId, UUID documentId) {
        Supplier supplier = get(actor, supplierId);
        SupplierDocument d = supplier.document(documentId);
        Snapshot before = supplier.snapshot()
                .and("documentId", d.id())
                .and("title", d.title())
                .and("fileName", d.fileName())
                .and("sha256", d.sha256());
        supplier.removeDocument(documentId, actor.username(), clock.instant());
        audit.record(actor, "supplier.document-removed", ENTITY, supplier.id().toString(), before, supplier.snapshot());
    }

    private static Snapshot facilitySnapshot(Supplier supplier, Facility f) {
        return supplier.snapshot()
                .and("facilityId", f.id())
                .and("facility", f.name())
                .and("facilityAddress", f.address())
                .and("facilityRegion", f.regionCode())
                .and("facilityOpenSupplyHubId", f.openSupplyHubId());
    }

    /**
     * Keeps a document for a supplier (or one of its facilities), inspected like every upload
     * (type by content, size limit, stored once by SHA-256); a refused file leaves nothing behind.
     */
    public SupplierDocument addDocument(
            Actor actor,
            UUID supplierId,
            String rawFacilityId,
            String title,
            ContentStore.Staged staged,
            String declaredType,
            String fileName) {
        Supplier supplier = get(actor, supplierId);
        UUID facilityId = null;
        if (rawFacilityId != null && !rawFacilityId.isBlank()) {
            facilityId = MapDraft.uuid(rawFacilityId)
                    .flatMap(supplier::facility)
                    .map(Facility::id)
                    .orElseThrow(() ->
                            InvalidInputException.of("facilityId", "Choose one of the supplier's facilities, or none"));
        }
        String t = SupplierDraft.text(title);
        if (t == null || t.length() > 300) {
            throw InvalidInputException.of(
                    "title", "Say what the document is (e.g. business licence 2026), at most 300 characters");
        }
        UploadInspector.Accepted accepted = files.keep(staged, declaredType, fileName);
        Snapshot before = supplier.snapshot();
        SupplierDocument d = supplier.addDocument(new SupplierDocument(
                facilityId,
                t,
                accepted.fileName(),
                accepted.mediaType(),
                staged.size(),
                staged.sha256(),
                actor.username(),
                clock.instant()));
        audit.record(
                actor,
                "supplier.document-added",
                ENTITY,
                supplier.id().toString(),
                before,
                supplier.snapshot()
                        .and("documentId", d.id())
                        .and("title", d.title())
                        .and("sha256", d.sha256()));
        return d;
    }

    /** A document's file, checked against its SHA-256; another organisation's is 404. */
    public Download download(Actor actor, UUID supplierId, UUID documentId) {
        SupplierDocument d = get(actor, supplierId).document(documentId);
        return new Download(d, files.open(d.sha256()));
    }

    private Predicate<String> regionExists() {
        return code -> regions.find(code).filter(r -> !r.retired()).isPresent();
    }

    /** The importer's organisation; anyone else may not use a registry. */
    static String organisation(Actor actor) {
        if (!actor.has(Role.IMPORTER)) {
            throw new ForbiddenActionException("Only importers keep a supplier registry");
        }
        return actor.organisationCode()
                .orElseThrow(() -> new ForbiddenActionException(
                        "Your account has no organisation; ask an administrator to add one in the identity provider"));
    }
}
