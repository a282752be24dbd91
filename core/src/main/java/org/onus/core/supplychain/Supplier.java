package org.onus.core.supplychain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.NotFoundException;

/**
 * A supplier in an importer organisation's registry: who it is (legal name, aliases, Chinese name,
 * registration number), where (address, region, Open Supply Hub id), its facilities and the
 * documents kept for it once, to be reused for every map and entry it appears in.
 */
@Entity
@Table(name = "supplier")
public class Supplier {

    static final int MAX_FACILITIES = 200;
    static final int MAX_DOCUMENTS = 200;

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "legal_name", nullable = false, length = 300)
    private String legalName;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "supplier_alias", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 300)
    private List<String> aliases = new ArrayList<>();

    @Column(name = "chinese_name", length = 300)
    private String chineseName;

    @Column(name = "registration_number", length = 60)
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_scheme", length = 20)
    private RegistrationScheme registrationScheme;

    @Column(name = "address", length = 1000)
    private String address;

    @Column(name = "region_code", nullable = false, length = 20)
    private String regionCode;

    @Column(name = "open_supply_hub_id", length = 40)
    private String openSupplyHubId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "supplier_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Facility> facilities = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "supplier_id", nullable = false)
    @OrderColumn(name = "position")
    private List<SupplierDocument> documents = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Supplier() {
        // for JPA
    }

    static Supplier register(String organisationCode, SupplierDraft.Details details, String by, Instant at) {
        Supplier s = new Supplier();
        s.id = UUID.randomUUID();
        s.organisationCode = organisationCode;
        s.createdBy = by;
        s.createdAt = at;
        s.describe(details, by, at);
        return s;
    }

    /** New details replace the old ones; facilities and documents stay. */
    void describe(SupplierDraft.Details details, String by, Instant at) {
        legalName = details.legalName();
        aliases.clear();
        aliases.addAll(details.aliases());
        chineseName = details.chineseName();
        registrationNumber = details.registrationNumber();
        registrationScheme = details.registrationScheme();
        address = details.address();
        regionCode = details.regionCode().value();
        openSupplyHubId = details.openSupplyHubId();
        updatedBy = by;
        updatedAt = at;
    }

    Facility addFacility(SupplierDraft.FacilityDetails details, String by, Instant at) {
        if (facilities.size() >= MAX_FACILITIES) {
            throw org.onus.core.problem.InvalidInputException.of("name", "A supplier can have at most 200 facilities");
        }
        Facility f = new Facility(details, by, at);
        facilities.add(f);
        updatedBy = by;
        updatedAt = at;
        return f;
    }

    /** @throws NotFoundException for a facility this supplier does not have */
    Facility describeFacility(UUID facilityId, SupplierDraft.FacilityDetails details, String by, Instant at) {
        Facility f = facility(facilityId).orElseThrow(() -> new NotFoundException("Facility " + facilityId));
        f.describe(details);
        updatedBy = by;
        updatedAt = at;
        return f;
    }

    /**
     * Removes a facility no document is kept for (409 naming the documents otherwise: remove or
     * move them first, so that no document loses the site it was about).
     *
     * @throws NotFoundException for a facility this supplier does not have
     */
    Facility removeFacility(UUID facilityId, String by, Instant at) {
        Facility f = facility(facilityId).orElseThrow(() -> new NotFoundException("Facility " + facilityId));
        List<String> kept = documentsFor(facilityId);
        if (!kept.isEmpty()) {
            throw new org.onus.core.problem.ConflictException(
                    "Documents are kept for the facility " + f.name() + ": " + String.join(", ", kept)
                            + ". Remove them first.",
                    List.of(new org.onus.core.problem.Problem(
                            "FACILITY_HAS_DOCUMENTS",
                            "Documents are kept for this facility: " + String.join(", ", kept))));
        }
        facilities.remove(f);
        updatedBy = by;
        updatedAt = at;
        return f;
    }

    /** Titles of the documents kept for the facility. */
    public List<String> documentsFor(UUID facilityId) {
        return documents.stream()
                .filter(d -> facilityId.equals(d.facilityId()))
                .map(SupplierDocument::title)
                .toList();
    }

    /** @throws NotFoundException for a document this supplier does not have */
    SupplierDocument removeDocument(UUID documentId, String by, Instant at) {
        SupplierDocument d = document(documentId);
        documents.remove(d);
        updatedBy = by;
        updatedAt = at;
        return d;
    }

    SupplierDocument addDocument(SupplierDocument document) {
        if (documents.size() >= MAX_DOCUMENTS) {
            throw org.onus.core.problem.InvalidInputException.of("file", "A supplier can have at most 200 documents");
        }
        documents.add(document);
        return document;
    }

    public Optional<Facility> facility(UUID facilityId) {
        return facilities.stream().filter(f -> f.id().equals(facilityId)).findFirst();
    }

    /** @throws NotFoundException for a document this supplier does not have */
    public SupplierDocument document(UUID documentId) {
        return documents.stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Document " + documentId));
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String legalName() {
        return legalName;
    }

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    public String chineseName() {
        return chineseName;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public RegistrationScheme registrationScheme() {
        return registrationScheme;
    }

    public String address() {
        return address;
    }

    public String regionCode() {
        return regionCode;
    }

    public String openSupplyHubId() {
        return openSupplyHubId;
    }

    public List<Facility> facilities() {
        return List.copyOf(facilities);
    }

    public List<SupplierDocument> documents() {
        return List.copyOf(documents);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version, for ETags. */
    public long lockVersion() {
        return lockVersion;
    }

    Snapshot snapshot() {
        return Snapshot.of("legalName", legalName)
                .and("organisation", organisationCode)
                .and("aliases", List.copyOf(aliases))
                .and("chineseName", chineseName)
                .and("registrationNumber", registrationNumber)
                .and("registrationScheme", registrationScheme)
                .and("address", address)
                .and("regionCode", regionCode)
                .and("openSupplyHubId", openSupplyHubId)
                .and("facilities", facilities.size())
                .and("documents", documents.size());
    }
}
