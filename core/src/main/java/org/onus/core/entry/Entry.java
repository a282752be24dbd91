package org.onus.core.entry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.quantity.Quantity;
import org.onus.core.quantity.Unit;

/** An importer's entry: the goods, where they come from, and what went into them at every tier. */
@Entity
@Table(name = "entry")
@NamedQuery(
        name = "Entry.findByNumber",
        query = "select e from Entry e where e.organisationCode = :org and e.entryNumber = :number")
public class Entry {

    @Id
    private UUID id;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "entry_number", nullable = false, length = 64)
    private String entryNumber;

    @Column(name = "hs_code", nullable = false, length = 10)
    private String hsCode;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "origin_country", nullable = false, length = 2)
    private String originCountry;

    @Column(name = "value_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "value_currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "arrival_date", nullable = false)
    private LocalDate arrivalDate;

    @Column(name = "port", nullable = false, length = 100)
    private String port;

    /** How much of the goods was declared, or null (quantities are optional in the contract). */
    @Column(name = "quantity_amount", precision = 19, scale = 6)
    private BigDecimal quantityAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_unit", length = 10)
    private Unit quantityUnit;

    // A page of entries (the entries list, the API) read each entry's five collections with a query
    // of their own: 125 queries for a page of 25. Batched, five (issue 14).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entry_input", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<DisclosedInput> inputs = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private EntryStatus status;

    /** The designation list version the screening used, so the decision can be reproduced. */
    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entry_match", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<ScreeningMatch> matches = new ArrayList<>();

    @Column(name = "case_id")
    private UUID caseId;

    /** Whether a disclosure-required entry holds the goods until the disclosure is refined. */
    @Column(name = "held", nullable = false)
    private boolean held;

    /** The last day to refine a held disclosure; unrefined after it, the goods are detained. */
    @Column(name = "disclosure_deadline")
    private LocalDate disclosureDeadline;

    /** Why a disclosure-required entry is not held (the hold is off for its sectors), or null. */
    @Column(name = "hold_note", length = 1000)
    private String holdNote;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "entry_refinement", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<DisclosureRefinement> refinements = new ArrayList<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "entry_screening", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<ScreeningResult> screenings = new ArrayList<>();

    /** The grounds an officer cited for a manual detention; empty for screened ones. */
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "manual_detention_ground", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<ManualGround> manualGrounds = new ArrayList<>();

    @Column(name = "manual_detained_by")
    private String detainedBy;

    @Column(name = "manual_reason", length = 4000)
    private String detentionReason;

    @Column(name = "manual_detained_at")
    private Instant detainedAt;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    /** The customs broker organisation that filed the entry for the importer; null when the importer did. */
    @Column(name = "filed_by_organisation", length = 64)
    private String filedByOrganisation;

    @Column(name = "filer_email", length = 320)
    private String filerEmail;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    /** The supply-chain map version the disclosure was taken from, or null. */
    @Column(name = "supply_chain_map_id")
    private UUID supplyChainMapId;

    @Column(name = "supply_chain_map_name", length = 200)
    private String supplyChainMapName;

    @Column(name = "supply_chain_map_version")
    private Integer supplyChainMapVersion;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Entry() {
        // for JPA
    }

    /**
     * What screening decided, with the list version it used.
     *
     * @param refinements for {@link EntryStatus#DISCLOSURE_REQUIRED}: which inputs need refining and why
     * @param hold whether the goods are held until the disclosure is refined (some sector of a
     *     refinement has the hold switched on)
     */
    public record Screening(
            EntryStatus status,
            int listVersion,
            List<ScreeningMatch> matches,
            List<DisclosureRefinement> refinements,
            boolean hold) {

        public Screening {
            matches = List.copyOf(matches);
            refinements = List.copyOf(refinements);
            hold = hold && status == EntryStatus.DISCLOSURE_REQUIRED;
        }

        /** A result with nothing to refine. */
        public Screening(EntryStatus status, int listVersion, List<ScreeningMatch> matches) {
            this(status, listVersion, matches, List.of(), false);
        }
    }

    /**
     * Files an entry read and checked by {@link EntryAssembler}; what it is screened against comes
     * next, in {@link #recordScreening}.
     */
    public static Entry file(
            EntryFiling filing, String organisationCode, String filedBy, String filerEmail, Instant at) {
        Entry e = new Entry();
        e.id = UUID.randomUUID();
        e.organisationCode = organisationCode;
        e.filedBy = filedBy;
        e.filerEmail = filerEmail;
        e.filedAt = at;
        e.entryNumber = filing.entryNumber();
        e.hsCode = filing.hsCode().digits();
        e.description = filing.description();
        e.originCountry = filing.originCountry().value();
        e.amount = filing.value().amount();
        e.currency = filing.value().currencyCode();
        e.arrivalDate = filing.arrivalDate();
        e.port = filing.port();
        if (filing.quantity() != null) {
            e.quantityAmount = filing.quantity().amount();
            e.quantityUnit = filing.quantity().unit();
        }
        filing.inputs().forEach(i -> e.inputs.add(DisclosedInput.of(i)));
        if (filing.supplyChainMap() != null) {
            e.supplyChainMapId = filing.supplyChainMap().id();
            e.supplyChainMapName = filing.supplyChainMap().name();
            e.supplyChainMapVersion = filing.supplyChainMap().version();
        }
        e.fingerprint = Fingerprint.of(e.describe());
        return e;
    }

    /**
     * A customs broker files for an importer that delegated it: the entry belongs to the importer
     * and records the broker organisation beside the person.
     */
    public static Entry fileFor(
            EntryFiling filing, String importerCode, String brokerCode, String filedBy, String filerEmail, Instant at) {
        Entry e = file(filing, importerCode, filedBy, filerEmail, at);
        e.filedByOrganisation = java.util.Objects.requireNonNull(brokerCode);
        return e;
    }

    /** The customs broker organisation that filed the entry for the importer, if a broker did. */
    public Optional<String> filedByOrganisation() {
        return Optional.ofNullable(filedByOrganisation);
    }

    /** Records what screening decided when the entry was filed; a held entry's clock starts here. */
    public void recordScreening(Screening screening, Instant at) {
        recordScreening(screening, at, null, ScreeningResult.Trigger.FILED, null);
    }

    /**
     * Records what a screening decided, and keeps it with the list version it used.
     *
     * @param deadline the disclosure deadline should the goods be held and not already have one
     *     (a refinement does not restart the clock); null when not held
     * @param note what changed, for the record (a lifted designation, say), or null
     */
    public void recordScreening(
            Screening screening, Instant at, LocalDate deadline, ScreeningResult.Trigger trigger, String note) {
        this.status = screening.status();
        this.listVersion = screening.listVersion();
        this.screenedAt = at;
        this.matches.clear();
        this.matches.addAll(screening.matches());
        this.refinements.clear();
        this.refinements.addAll(screening.refinements());
        boolean wasHeld = held;
        this.held = screening.hold();
        if (held && !wasHeld) {
            this.disclosureDeadline = deadline;
        } else if (!held) {
            this.disclosureDeadline = null;
        }
        this.holdNote = screening.status() == EntryStatus.DISCLOSURE_REQUIRED && !held
                ? "Not held: the disclosure hold is switched off for "
                        + screening.refinements().stream()
                                .flatMap(r -> r.sectorCodes().stream())
                                .distinct()
                                .sorted()
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("these sectors")
                : null;
        this.screenings.add(new ScreeningResult(at, listVersion, status, held, trigger, note));
    }

    /**
     * Refusing a refinement before its input is read: a refinement is allowed only while a
     * disclosure is required.
     *
     * @throws ConflictException when the entry does not await a disclosure
     */
    public void requireAwaitingDisclosure() {
        if (status != EntryStatus.DISCLOSURE_REQUIRED) {
            throw new ConflictException(
                    "Refining the disclosure is allowed only while the entry is DISCLOSURE_REQUIRED; it is " + status,
                    List.of(new Problem(
                            "DISCLOSURE_ONLY_WHILE_REQUIRED", "The entry is " + status + ", not DISCLOSURE_REQUIRED")));
        }
    }

    /**
     * The importer replaces the disclosed inputs, to be screened again; allowed only while a
     * disclosure is required.
     *
     * @throws ConflictException when the entry does not await a disclosure
     */
    public void refineDisclosure(List<EntryFiling.Input> refined) {
        requireAwaitingDisclosure();
        if (refined.isEmpty()) {
            throw new IllegalArgumentException("A refined disclosure has at least one input");
        }
        inputs.clear();
        refined.forEach(i -> inputs.add(DisclosedInput.of(i)));
    }

    /**
     * The disclosure deadline passed unrefined: the goods are detained on that ground, each coarse
     * input named, and get a case like a screened detention.
     */
    public void detainUnrefined(Instant at) {
        if (status != EntryStatus.DISCLOSURE_REQUIRED || !held) {
            throw new ConflictException("Entry " + entryNumber + " is not held for a disclosure; it is " + status);
        }
        List<ScreeningMatch> grounds = new ArrayList<>();
        for (DisclosureRefinement r : refinements) {
            grounds.add(new ScreeningMatch(
                    r.designationId(),
                    r.designationVersion(),
                    cut(
                            r.designationTitle()
                                    + (r.kind() == DisclosureRefinement.Kind.MASS_BALANCE
                                            ? " — inputs not accounted for at " + r.stage() + " by "
                                            : " — disclosure not refined by ")
                                    + disclosureDeadline,
                            500),
                    r.inputIndex(),
                    r.inputIndex() < 0 ? 0 : inputs.get(r.inputIndex()).tier(),
                    r.regionCode(),
                    String.join(",", r.designatedRegionCodes()).length() > 20
                            ? r.designatedRegionCodes().get(0)
                            : String.join(",", r.designatedRegionCodes()),
                    r.inputIndex() < 0 ? hsCode : inputs.get(r.inputIndex()).hsCode(),
                    MatchReason.DISCLOSURE_NOT_REFINED,
                    null));
        }
        String note = "Detained: the disclosure was not refined by " + disclosureDeadline;
        matches.clear();
        matches.addAll(grounds);
        status = EntryStatus.DETAINED;
        held = false;
        screenedAt = at;
        screenings.add(new ScreeningResult(at, listVersion, status, false, ScreeningResult.Trigger.DEADLINE, note));
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** A designation an officer may cite: one in force, with the version and title the match keeps. */
    public record CitedDesignation(UUID id, int version, String title) {}

    /**
     * Checks of the grounds against the rest of the system, passed in so the aggregate does not
     * depend on it: designations in force, policies in the registry (by title), regions (by name).
     */
    public record GroundReferences(
            Function<UUID, Optional<CitedDesignation>> designationsInForce,
            Function<UUID, Optional<String>> policyTitles,
            Function<String, Optional<String>> regionNames) {}

    /**
     * An officer holds the entry on grounds of their own (intelligence about a producer, say). At
     * least one ground must be cited (rule {@value DetentionGrounds#RULE}): a designation in force,
     * a state policy, a region or a producer; each is checked and kept with the entry, so that what
     * a rebuttal must prove follows from what was cited. The match list gains one line that says
     * who detained the goods and on which grounds, and one match per cited designation, read as a
     * screened match is.
     *
     * @throws ConflictException when the entry is already detained
     * @throws InvalidInputException naming every bad field ({@code reason}, {@code grounds},
     *     {@code designationIds[1]}, ...) at once
     */
    public void detainManually(String officer, DetentionGrounds grounds, GroundReferences refs, Instant at) {
        if (status == EntryStatus.DETAINED) {
            throw new ConflictException("This entry is already detained");
        }
        List<Problem> problems = new ArrayList<>();
        String why = text(grounds.reason());
        if (why == null || why.length() > 4000) {
            problems.add(new Problem("reason", "Say why the entry is detained, at most 4,000 characters"));
        }
        List<ManualGround> cited = new ArrayList<>();
        List<CitedDesignation> designations = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < grounds.designationIds().size(); i++) {
            String field = "designationIds[" + i + "]";
            UUID id = uuid(grounds.designationIds().get(i));
            Optional<CitedDesignation> d =
                    id == null ? Optional.empty() : refs.designationsInForce().apply(id);
            if (d.isEmpty()) {
                problems.add(new Problem(
                        field,
                        id == null
                                ? "Designation " + (i + 1) + ": give the designation's id, a UUID"
                                : "Designation " + (i + 1) + ": there is no designation in force with the id " + id));
            } else if (!designations.contains(d.get())) {
                designations.add(d.get());
                addOnce(
                        cited,
                        labels,
                        new ManualGround(ManualGround.Kind.DESIGNATION, id.toString()),
                        "designation " + d.get().title());
            }
        }
        for (int i = 0; i < grounds.policyIds().size(); i++) {
            String field = "policyIds[" + i + "]";
            UUID id = uuid(grounds.policyIds().get(i));
            Optional<String> title =
                    id == null ? Optional.empty() : refs.policyTitles().apply(id);
            if (title.isEmpty()) {
                problems.add(new Problem(
                        field,
                        id == null
                                ? "Policy " + (i + 1) + ": give the state policy's id, a UUID"
                                : "Policy " + (i + 1) + ": there is no state policy with the id " + id));
            } else {
                addOnce(
                        cited,
                        labels,
                        new ManualGround(ManualGround.Kind.POLICY, id.toString()),
                        "policy " + title.get());
            }
        }
        for (int i = 0; i < grounds.regionCodes().size(); i++) {
            String field = "regionCodes[" + i + "]";
            String code = text(grounds.regionCodes().get(i));
            String upper = code == null ? null : code.toUpperCase(Locale.ROOT);
            Optional<String> name =
                    upper == null ? Optional.empty() : refs.regionNames().apply(upper);
            if (name.isEmpty()) {
                problems.add(new Problem(
                        field,
                        code == null
                                ? "Region " + (i + 1) + ": give a region code such as 650000, or leave the line out"
                                : "Region " + (i + 1) + ": there is no region with the code " + code));
            } else {
                addOnce(
                        cited,
                        labels,
                        new ManualGround(ManualGround.Kind.REGION, upper),
                        "region " + upper + " " + name.get());
            }
        }
        for (int i = 0; i < grounds.producerNames().size(); i++) {
            String field = "producerNames[" + i + "]";
            String name = text(grounds.producerNames().get(i));
            if (name == null || name.length() > 500) {
                problems.add(new Problem(
                        field, "Producer " + (i + 1) + ": give the producer's name, at most 500 characters"));
            } else {
                addOnce(cited, labels, new ManualGround(ManualGround.Kind.PRODUCER, name), "producer " + name);
            }
        }
        if (cited.isEmpty() && problems.stream().noneMatch(p -> !p.code().equals("reason"))) {
            problems.add(new Problem(
                    "grounds",
                    "Cite at least one ground for the detention: a designation in force, a state policy, a region"
                            + " or a producer (rule " + DetentionGrounds.RULE + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        status = EntryStatus.DETAINED;
        held = false;
        disclosureDeadline = null;

        detainedBy = officer;
        detentionReason = why;
        detainedAt = at;
        manualGrounds.clear();
        manualGrounds.addAll(cited);
        matches.add(new ScreeningMatch(
                null,
                0,
                clip("Detained by " + officer + " on grounds: " + String.join("; ", labels) + ". Reason: " + why, 500),
                -1,
                0,
                originCountry,
                null,
                hsCode,
                MatchReason.MANUAL,
                null));
        for (CitedDesignation d : designations) {
            matches.add(new ScreeningMatch(
                    d.id(),
                    d.version(),
                    clip(d.title(), 500),
                    -1,
                    0,
                    originCountry,
                    null,
                    hsCode,
                    MatchReason.MANUAL,
                    null));
        }
    }

    private static void addOnce(List<ManualGround> cited, List<String> labels, ManualGround ground, String label) {
        if (!cited.contains(ground)) {
            cited.add(ground);
            labels.add(label);
        }
    }

    private static UUID uuid(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(s);
            return id.toString().equalsIgnoreCase(s) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Whether an officer detained this entry by hand (its grounds may be empty for older detentions). */
    public boolean detainedManually() {
        return detainedBy != null || matches.stream().anyMatch(m -> m.isManual());
    }

    /** The grounds cited for a manual detention, in the order given; empty for screened ones. */
    public List<ManualGround> manualGrounds() {
        return List.copyOf(manualGrounds);
    }

    /** The cited grounds of one kind, in order. */
    public List<String> manualGrounds(ManualGround.Kind kind) {
        return manualGrounds.stream()
                .filter(g -> g.kind() == kind)
                .map(ManualGround::value)
                .toList();
    }

    /** The officer who detained the entry by hand, if one did. */
    public String detainedBy() {
        return detainedBy;
    }

    public String detentionReason() {
        return detentionReason;
    }

    public Instant detainedAt() {
        return detainedAt;
    }

    public void attachCase(UUID caseId) {
        this.caseId = caseId;
    }

    /** Whether a second filing with this number is the same entry (a retry) or a different one. */
    public boolean sameFactsAs(Entry other) {
        return fingerprint.equals(other.fingerprint);
    }

    String fingerprint() {
        return fingerprint;
    }

    private String describe() {
        StringBuilder s = new StringBuilder();
        s.append(entryNumber)
                .append('|')
                .append(hsCode)
                .append('|')
                .append(description)
                .append('|')
                .append(originCountry)
                .append('|')
                .append(amount.stripTrailingZeros().toPlainString())
                .append('|')
                .append(currency)
                .append('|')
                .append(arrivalDate)
                .append('|')
                .append(port);
        // Appended only when declared, so an entry filed before quantities existed keeps its fingerprint.
        goodsQuantity().ifPresent(q -> s.append("|q=").append(q));
        inputs.forEach(i -> s.append("||").append(i.fingerprint()));
        return s.toString();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public String organisationCode() {
        return organisationCode;
    }

    /** The supply-chain map version the disclosure was taken from, if it was. */
    public Optional<SupplyChainMapRef> supplyChainMap() {
        return supplyChainMapId == null
                ? Optional.empty()
                : Optional.of(new SupplyChainMapRef(supplyChainMapId, supplyChainMapName, supplyChainMapVersion));
    }

    public String entryNumber() {
        return entryNumber;
    }

    public String hsCode() {
        return hsCode;
    }

    public String description() {
        return description;
    }

    public String originCountry() {
        return originCountry;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate arrivalDate() {
        return arrivalDate;
    }

    public String port() {
        return port;
    }

    /** The declared quantity of the goods, when the importer gave one. */
    public Optional<Quantity> goodsQuantity() {
        return quantityAmount == null || quantityUnit == null
                ? Optional.empty()
                : Optional.of(new Quantity(quantityAmount, quantityUnit));
    }

    public List<DisclosedInput> inputs() {
        return List.copyOf(inputs);
    }

    public EntryStatus status() {
        return status;
    }

    public int listVersion() {
        return listVersion;
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public List<ScreeningMatch> matches() {
        return List.copyOf(matches);
    }

    public UUID caseId() {
        return caseId;
    }

    /** Whether the goods are held until the disclosure is refined. */
    public boolean held() {
        return held;
    }

    /** The last day to refine a held disclosure, or null when not held. */
    public LocalDate disclosureDeadline() {
        return disclosureDeadline;
    }

    /** Why a disclosure-required entry is not held, or null. */
    public String holdNote() {
        return holdNote;
    }

    /** Which inputs need refining and why (empty unless a disclosure is required). */
    public List<DisclosureRefinement> refinements() {
        return List.copyOf(refinements);
    }

    /** Every screening of the entry, oldest first, each with the list version it used. */
    public List<ScreeningResult> screenings() {
        return List.copyOf(screenings);
    }

    public String filedBy() {
        return filedBy;
    }

    public String filerEmail() {
        return filerEmail;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Snapshot snapshot() {
        Snapshot s = Snapshot.of("entryNumber", entryNumber)
                .and("organisation", organisationCode)
                .and("hsCode", hsCode)
                .and("originCountry", originCountry)
                .and("arrivalDate", arrivalDate)
                .and("inputs", inputs.size())
                .and(
                        "supplyChainMap",
                        supplyChainMapId == null ? null : supplyChainMapId + " v" + supplyChainMapVersion)
                .and("status", status)
                .and("listVersion", listVersion)
                .and("matches", matches.size())
                .and("held", held)
                .and("disclosureDeadline", disclosureDeadline)
                .and("refinements", refinements.size())
                .and("caseId", caseId);
        return filedByOrganisation == null ? s : s.and("filedByOrganisation", filedByOrganisation);
    }
}
