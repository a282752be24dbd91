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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.HsCode;

/** An importer's entry: the goods, where they come from, and what went into them at every tier. */
@Entity
@Table(name = "entry")
@NamedQuery(
        name = "Entry.findByNumber",
        query = "select e from Entry e where e.organisationCode = :org and e.entryNumber = :number")
public class Entry {

    /** How far back or ahead an arrival date may be before it is surely a typing error. */
    static final int SANE_YEARS = 2;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "entry_refinement", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<DisclosureRefinement> refinements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "entry_screening", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<ScreeningResult> screenings = new ArrayList<>();

    /** The grounds an officer cited for a manual detention; empty for screened ones. */
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

    @Column(name = "filer_email", length = 320)
    private String filerEmail;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Entry() {
        // for JPA
    }

    /** Checks against the reference data, passed in so the aggregate does not depend on it. */
    public record References(Predicate<String> regionExists, Predicate<String> countryExists) {}

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
     * Reads and checks a draft; every problem is reported against its field ({@code inputs[2].hsCode}).
     *
     * @throws InvalidInputException listing every problem at once
     */
    public static Entry file(
            EntryDraft draft,
            References references,
            String organisationCode,
            String filedBy,
            String filerEmail,
            Instant at,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Entry e = new Entry();
        e.id = UUID.randomUUID();
        e.organisationCode = organisationCode;
        e.filedBy = filedBy;
        e.filerEmail = filerEmail;
        e.filedAt = at;
        e.entryNumber = text(draft.entryNumber());
        if (e.entryNumber == null
                || e.entryNumber.length() > 64
                || !e.entryNumber.matches("[A-Za-z0-9][A-Za-z0-9./_-]*")) {
            problems.add(new Problem(
                    "entryNumber", "Give the entry number: letters, digits, . / _ - and at most 64 characters"));
        }
        e.hsCode = hs(draft.hsCode(), 6, "hsCode", problems);
        e.description = text(draft.description());
        if (e.description == null || e.description.length() > 2000) {
            problems.add(new Problem("description", "Describe the goods, at most 2,000 characters"));
        }
        String origin = text(draft.originCountry());
        if (origin == null || !references.countryExists().test(origin.toUpperCase(Locale.ROOT))) {
            problems.add(
                    new Problem("originCountry", "Give the country of origin as a two-letter ISO code, e.g. CN or VN"));
        } else {
            e.originCountry = origin.toUpperCase(Locale.ROOT);
        }
        try {
            e.amount = new BigDecimal(
                    text(draft.amount()) == null ? "" : draft.amount().strip());
            if (e.amount.signum() <= 0 || e.amount.scale() > 2 || e.amount.precision() - e.amount.scale() > 17) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException ex) {
            problems.add(new Problem("value", "Give the declared value as a positive amount such as 1250.00"));
        }
        String currency = text(draft.currency());
        try {
            e.currency = Currency.getInstance(currency == null ? "" : currency.toUpperCase(Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException ex) {
            problems.add(new Problem("currency", "Give the currency as a three-letter ISO code, e.g. USD or EUR"));
        }
        try {
            e.arrivalDate = LocalDate.parse(
                    text(draft.arrivalDate()) == null ? "" : draft.arrivalDate().strip());
            if (e.arrivalDate.isBefore(today.minusYears(SANE_YEARS))
                    || e.arrivalDate.isAfter(today.plusYears(SANE_YEARS))) {
                problems.add(new Problem(
                        "arrivalDate", "The arrival date must be within two years of today; check the year"));
            }
        } catch (DateTimeParseException ex) {
            problems.add(new Problem("arrivalDate", "Give the arrival date as 2026-12-01"));
        }
        e.port = text(draft.port());
        if (e.port == null || e.port.length() > 100) {
            problems.add(new Problem("port", "Give the port of entry, at most 100 characters"));
        }
        List<EntryDraft.InputDraft> raw = draft.inputs();
        if (raw.size() > 500) {
            problems.add(new Problem("inputs", "Disclose at most 500 inputs per entry"));
        } else {
            for (int i = 0; i < raw.size(); i++) {
                EntryDraft.InputDraft in = raw.get(i);
                if (in == null) {
                    problems.add(new Problem("inputs[" + i + "]", "Input " + (i + 1) + " is empty"));
                    continue;
                }
                DisclosedInput input = input(in, i, references, problems);
                if (input != null) {
                    e.inputs.add(input);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        e.fingerprint = Fingerprint.of(e.describe());
        return e;
    }

    private static DisclosedInput input(
            EntryDraft.InputDraft in, int i, References references, List<Problem> problems) {
        String field = "inputs[" + i + "].";
        String label = "Input " + (i + 1) + ": ";
        int before = problems.size();
        int tier = 0;
        try {
            tier = Integer.parseInt(text(in.tier()) == null ? "" : in.tier().strip());
            if (tier < 1 || tier > 20) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException ex) {
            problems.add(
                    new Problem(field + "tier", label + "the tier is a whole number from 1 (direct supplier) to 20"));
        }
        String material = text(in.material());
        if (material == null || material.length() > 300) {
            problems.add(new Problem(field + "material", label + "name the material, at most 300 characters"));
        }
        String hs = hs(in.hsCode(), 4, field + "hsCode", problems, label);
        String producer = text(in.producer());
        if (producer != null && producer.length() > 500) {
            problems.add(
                    new Problem(field + "producer", label + "the producer's name can have at most 500 characters"));
        }
        String region = text(in.regionCode());
        if (region == null || !references.regionExists().test(region.toUpperCase(Locale.ROOT))) {
            problems.add(new Problem(
                    field + "regionCode",
                    label
                            + (region == null
                                    ? "give the producer's region code (a country such as VN, or a region such as 653100)"
                                    : "there is no region with the code " + region)));
        }
        String osh = text(in.openSupplyHubId());
        if (osh != null && !osh.matches("[A-Za-z0-9]{4,40}")) {
            problems.add(new Problem(
                    field + "openSupplyHubId", label + "an Open Supply Hub id has 4 to 40 letters and digits"));
        }
        BigDecimal share = null;
        if (text(in.sharePercent()) != null) {
            try {
                share = new BigDecimal(in.sharePercent().strip());
                if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 3) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException ex) {
                problems.add(new Problem(
                        field + "sharePercent", label + "the share of the product is a percentage from 0 to 100"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new DisclosedInput(tier, material, hs, producer, region.toUpperCase(Locale.ROOT), osh, share);
    }

    private static String hs(String raw, int minDigits, String field, List<Problem> problems) {
        return hs(raw, minDigits, field, problems, "");
    }

    private static String hs(String raw, int minDigits, String field, List<Problem> problems, String label) {
        try {
            String digits = HsCode.of(raw).digits();
            if (digits.length() < minDigits) {
                problems.add(new Problem(field, label + "give at least " + minDigits + " digits of the HS code"));
                return null;
            }
            return digits;
        } catch (IllegalArgumentException ex) {
            problems.add(new Problem(field, label + ex.getMessage()));
            return null;
        }
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
     * The importer replaces the disclosed inputs, to be screened again; allowed only while a
     * disclosure is required. Checked exactly as on filing.
     *
     * @throws ConflictException when the entry does not await a disclosure
     * @throws InvalidInputException listing every problem, by field ({@code inputs[0].regionCode})
     */
    public void refineDisclosure(List<EntryDraft.InputDraft> drafts, References references) {
        if (status != EntryStatus.DISCLOSURE_REQUIRED) {
            throw new ConflictException(
                    "Refining the disclosure is allowed only while the entry is DISCLOSURE_REQUIRED; it is " + status,
                    List.of(new Problem(
                            "DISCLOSURE_ONLY_WHILE_REQUIRED", "The entry is " + status + ", not DISCLOSURE_REQUIRED")));
        }
        List<Problem> problems = new ArrayList<>();
        List<DisclosedInput> refined = new ArrayList<>();
        List<EntryDraft.InputDraft> raw = drafts == null ? List.of() : drafts;
        if (raw.isEmpty()) {
            problems.add(new Problem("inputs", "Disclose the inputs, each with its precise region"));
        } else if (raw.size() > 500) {
            problems.add(new Problem("inputs", "Disclose at most 500 inputs per entry"));
        } else {
            for (int i = 0; i < raw.size(); i++) {
                EntryDraft.InputDraft in = raw.get(i);
                if (in == null) {
                    problems.add(new Problem("inputs[" + i + "]", "Input " + (i + 1) + " is empty"));
                    continue;
                }
                DisclosedInput input = input(in, i, references, problems);
                if (input != null) {
                    refined.add(input);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        inputs.clear();
        inputs.addAll(refined);
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
                    cut(r.designationTitle() + " — disclosure not refined by " + disclosureDeadline, 500),
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
        return Snapshot.of("entryNumber", entryNumber)
                .and("organisation", organisationCode)
                .and("hsCode", hsCode)
                .and("originCountry", originCountry)
                .and("arrivalDate", arrivalDate)
                .and("inputs", inputs.size())
                .and("status", status)
                .and("listVersion", listVersion)
                .and("matches", matches.size())
                .and("held", held)
                .and("disclosureDeadline", disclosureDeadline)
                .and("refinements", refinements.size())
                .and("caseId", caseId);
    }
}
