package org.onus.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.designation.AssessmentItem;
import org.onus.core.designation.CoreFeature;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.Dimension;
import org.onus.core.designation.ListDiff;
import org.onus.core.designation.ListVersionRow;
import org.onus.core.designation.ListedDesignation;
import org.onus.core.designation.ListedEntity;
import org.onus.core.designation.Phase;
import org.onus.core.designation.RationaleKind;
import org.onus.core.designation.RiskAssessment;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.SectorService;
import org.onus.web.security.CurrentUser;

/** The JSON and CSV shapes of designations and list versions, shared by the API resources. */
@RequestScoped
public class DesignationViews {

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    @Inject
    PolicyRegistry policies;

    @Inject
    DesignationService designations;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityRemovalViews removals;

    @Schema(requiredProperties = {"code", "name"})
    public record RegionRef(String code, String name) {}

    @Schema(requiredProperties = {"code", "name", "hsPrefixes"})
    public record SectorRef(String code, String name, List<String> hsPrefixes) {}

    @Schema(requiredProperties = {"id", "title", "status"})
    public record PolicyRef(UUID id, String title, String status) {}

    /** A designation as listed (the contract's shape). */
    @Schema(
            requiredProperties = {"id", "version", "title", "status", "regions", "sectors", "effectiveFrom", "policies"
            })
    public record DesignationView(
            UUID id,
            int version,
            String title,
            String status,
            List<RegionRef> regions,
            List<SectorRef> sectors,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            List<PolicyRef> policies,

            @Schema(
                    description = "The producers it names (its entity list), with aliases, former names,"
                            + " registration numbers and addresses")
            List<ProducerView> producers) {}

    @Schema(
            name = "DesignationEvent",
            requiredProperties = {"kind", "at"})
    public record EventView(String kind, String actor, Instant at, String comment) {}

    /** A designation with everything a regulator needs to work on it. */
    @Schema(
            requiredProperties = {
                "id",
                "seriesId",
                "version",
                "title",
                "status",
                "regions",
                "sectors",
                "effectiveFrom",
                "policies",
                "legalBasis",
                "rationale",
                "drafter",
                "assessmentComplete",
                "assessmentMissing",
                "events",
                "lockVersion",
                "producers",
                "allowedActions"
            })
    public record DesignationDetail(
            UUID id,
            UUID seriesId,
            int version,
            String title,
            String status,
            List<RegionRef> regions,
            List<SectorRef> sectors,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            List<PolicyRef> policies,
            String legalBasis,
            String rationale,
            String drafter,
            String submittedBy,
            String approver,
            Instant approvedAt,
            Instant publishedAt,
            UUID supersedes,
            UUID supersededBy,
            boolean assessmentComplete,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = org.onus.web.api.Problem.Entry.class,
                    description = "What the assessment still lacks before it can be submitted")
            List<Problem> assessmentMissing,

            List<EventView> events,
            long lockVersion,
            List<ProducerView> producers,
            PendingView pending,

            @Schema(
                    description = "What the caller may do to this version now (EDIT, ASSESS, SUBMIT, APPROVE,"
                            + " RETURN, CONFIRM, AMEND, PROPOSE_REVOCATION, PROPOSE_WITHDRAWAL,"
                            + " DECIDE_REVOCATION, DECIDE_WITHDRAWAL, REVIEW_LAPSE): exactly the actions the"
                            + " API accepts from them; empty for anonymous readers")
            List<String> allowedActions) {}

    /** A revocation or withdrawal asked for and waiting for a senior regulator who did not ask for it. */
    @Schema(requiredProperties = {"kind", "proposedBy", "proposedAt"})
    public record PendingView(
            String kind,
            String proposedBy,
            Instant proposedAt,
            String reason,
            String legalBasis,
            java.util.Map<String, java.util.Set<UUID>> evidence) {}

    @Schema(requiredProperties = {"name"})
    public record ProducerView(
            String name,
            String regionCode,
            List<String> aliases,
            List<String> formerNames,
            List<DesignationsResource.RegistrationNumberBody> registrationNumbers,
            List<DesignationsResource.AddressBody> addresses) {

        static ProducerView of(org.onus.core.designation.ListedProducer p) {
            return new ProducerView(
                    p.name(),
                    p.regionCode(),
                    p.aliases(),
                    p.formerNames(),
                    p.registrationNumbers().stream()
                            .map(r -> new DesignationsResource.RegistrationNumberBody(r.scheme(), r.number()))
                            .toList(),
                    p.addresses().stream()
                            .map(a -> new DesignationsResource.AddressBody(a.line(), a.regionCode()))
                            .toList());
        }
    }

    @Schema(requiredProperties = {"present", "evidenceIds"})
    public record PreconditionView(boolean present, String findings, List<UUID> evidenceIds) {}

    @Schema(requiredProperties = {"phase", "dimension", "evidenceIds"})
    public record CellView(
            String phase, String dimension, String findings, List<UUID> evidenceIds, String noEvidenceReason) {}

    /** The assessment in the contract's shape; also what a regulator sends. */
    @Schema(
            name = "DesignationAssessment",
            requiredProperties = {"employmentPolicy", "mobilisationApparatus", "matrix", "coreFeatures"})
    public record AssessmentView(
            PreconditionView employmentPolicy,
            PreconditionView mobilisationApparatus,
            List<CellView> matrix,
            List<String> coreFeatures,
            String rationale) {}

    @Schema(requiredProperties = {"number", "publishedAt", "designations"})
    public record ListVersionSummary(int number, Instant publishedAt, String change, int designations) {}

    @Schema(
            requiredProperties = {
                "id",
                "seriesId",
                "version",
                "title",
                "regions",
                "sectors",
                "effectiveFrom",
                "policyIds"
            })
    public record ListedView(
            UUID id,
            UUID seriesId,
            int version,
            String title,
            List<RegionRef> regions,
            List<SectorRef> sectors,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            List<UUID> policyIds) {}

    /** A producer on the entity list of a list version, with the designation that names it. */
    @Schema(requiredProperties = {"designationId", "seriesId", "name"})
    public record ListedEntityView(
            UUID designationId,
            UUID seriesId,
            String name,
            String regionCode,
            List<String> aliases,
            List<String> formerNames,
            List<DesignationsResource.RegistrationNumberBody> registrationNumbers,
            List<DesignationsResource.AddressBody> addresses) {}

    @Schema(requiredProperties = {"number", "publishedAt", "designations"})
    public record ListVersionView(
            int number,
            Instant publishedAt,
            String change,
            List<ListedView> designations,

            @Schema(description = "The producers on the entity list in this version")
            List<ListedEntityView> entities,

            @Schema(description = "Decisions on removal requests published with this version")
            List<org.onus.web.api.EntityRemovalViews.DecisionView> removalDecisions) {}

    /** An entity added, removed or changed between two list versions. */
    @Schema(requiredProperties = {"kind", "entity", "changes"})
    public record EntityChangeView(
            @Schema(enumeration = {"ADDED", "REMOVED", "CHANGED"})
            String kind,

            ListedEntityView entity,
            ListedEntityView before,

            @Schema(
                    description =
                            "For CHANGED: NAME, REGION, ALIASES, FORMER_NAMES, REGISTRATION_NUMBERS," + " ADDRESSES")
            List<String> changes) {}

    @Schema(
            requiredProperties = {
                "before",
                "after",
                "addedRegions",
                "removedRegions",
                "addedSectors",
                "removedSectors",
                "periodChanged"
            })
    public record ChangeView(
            ListedView before,
            ListedView after,
            List<String> addedRegions,
            List<String> removedRegions,
            List<String> addedSectors,
            List<String> removedSectors,
            boolean periodChanged) {}

    @Schema(requiredProperties = {"from", "to", "added", "removed", "changed"})
    public record DiffView(
            int from,
            int to,
            List<ListedView> added,
            List<ListedView> removed,
            List<ChangeView> changed,

            @Schema(description = "Entities (listed producers) added, removed or changed")
            List<EntityChangeView> entityChanges,

            @Schema(description = "Decisions on removal requests published with the versions after from, up to to")
            List<org.onus.web.api.EntityRemovalViews.DecisionView> removalDecisions) {}

    public DesignationView view(Designation d) {
        return new DesignationView(
                d.id(),
                d.version(),
                d.title(),
                d.status().name(),
                regionRefs(d.regionCodes()),
                sectorRefs(d.sectorCodes()),
                d.effectiveFrom(),
                d.effectiveTo(),
                policyRefs(d.policyIds()),
                d.producers().stream().map(ProducerView::of).toList());
    }

    public DesignationDetail detail(Designation d) {
        return new DesignationDetail(
                d.id(),
                d.seriesId(),
                d.version(),
                d.title(),
                d.status().name(),
                regionRefs(d.regionCodes()),
                sectorRefs(d.sectorCodes()),
                d.effectiveFrom(),
                d.effectiveTo(),
                policyRefs(d.policyIds()),
                d.legalBasis(),
                d.rationale(),
                d.createdBy(),
                d.submittedBy(),
                d.approvedBy(),
                d.approvedAt(),
                d.publishedAt(),
                d.supersedes(),
                d.supersededBy(),
                d.assessment().complete(),
                d.assessment().missing(),
                d.events().stream()
                        .map(e -> new EventView(e.kind().name(), e.actor(), e.at(), e.comment()))
                        .toList(),
                d.lockVersion(),
                d.producers().stream().map(ProducerView::of).toList(),
                d.pending()
                        .map(p -> new PendingView(
                                p.kind().name(), p.by(), p.at(), p.reason(), p.legalBasis(), p.evidence()))
                        .orElse(null),
                designations.allowedActions(currentUser.actor(), d).stream()
                        .sorted()
                        .map(Enum::name)
                        .toList());
    }

    public static AssessmentView assessment(RiskAssessment a) {
        List<CellView> cells = new ArrayList<>();
        for (AssessmentItem item : AssessmentItem.matrix()) {
            RiskAssessment.Cell c = a.matrix().get(item);
            cells.add(new CellView(
                    item.phase().orElseThrow().name(),
                    item.dimension().orElseThrow().name(),
                    c == null ? null : c.findings(),
                    c == null ? List.of() : c.evidenceIds(),
                    c == null ? null : c.noEvidenceReason()));
        }
        return new AssessmentView(
                precondition(a.employmentPolicy()),
                precondition(a.mobilisationApparatus()),
                cells,
                a.coreFeatures().stream().map(Enum::name).sorted().toList(),
                a.rationale() == null ? null : a.rationale().name());
    }

    private static PreconditionView precondition(RiskAssessment.Precondition p) {
        return new PreconditionView(p.present(), p.findings(), p.evidenceIds());
    }

    /** Reads what a regulator sent; every unreadable value is a field error, reported together. */
    public static RiskAssessment assessment(AssessmentView body) {
        if (body == null) {
            throw InvalidInputException.of(
                    "assessment",
                    "Send {employmentPolicy, mobilisationApparatus, matrix[], coreFeatures[], rationale}");
        }
        List<Problem> problems = new ArrayList<>();
        Map<AssessmentItem, RiskAssessment.Cell> cells = new java.util.EnumMap<>(AssessmentItem.class);
        for (CellView cell : body.matrix() == null ? List.<CellView>of() : body.matrix()) {
            if (cell == null) {
                continue;
            }
            Phase phase = parse(Phase.class, cell.phase(), "matrix", "phase", problems);
            Dimension dimension = parse(Dimension.class, cell.dimension(), "matrix", "dimension", problems);
            if (phase == null || dimension == null) {
                continue;
            }
            AssessmentItem item = AssessmentItem.cell(phase, dimension);
            if (cells.containsKey(item)) {
                problems.add(new Problem("matrix", "The cell " + phase + " × " + dimension + " is given twice"));
            }
            cells.put(item, new RiskAssessment.Cell(cell.findings(), cell.evidenceIds(), cell.noEvidenceReason()));
        }
        List<CoreFeature> features = new ArrayList<>();
        for (String raw : body.coreFeatures() == null ? List.<String>of() : body.coreFeatures()) {
            CoreFeature f = parse(CoreFeature.class, raw, "coreFeatures", "core feature", problems);
            if (f != null) {
                features.add(f);
            }
        }
        RationaleKind rationale = body.rationale() == null || body.rationale().isBlank()
                ? null
                : parse(RationaleKind.class, body.rationale(), "rationale", "rationale", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RiskAssessment(
                precondition(body.employmentPolicy()),
                precondition(body.mobilisationApparatus()),
                cells,
                java.util.Set.copyOf(features),
                rationale);
    }

    private static RiskAssessment.Precondition precondition(PreconditionView p) {
        return p == null
                ? RiskAssessment.Precondition.notAssessed()
                : new RiskAssessment.Precondition(p.present(), p.findings(), p.evidenceIds());
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String raw, String field, String noun, List<Problem> problems) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(
                    field,
                    "\"" + raw + "\" is not a " + noun + "; use one of "
                            + java.util.Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
            return null;
        }
    }

    public ListVersionSummary summary(ListVersionRow v) {
        return new ListVersionSummary(v.number(), v.publishedAt(), v.change(), v.designations());
    }

    public ListVersionView version(DesignationListVersion v) {
        return new ListVersionView(
                v.number(),
                v.publishedAt(),
                v.change(),
                v.entries().stream().map(this::listed).toList(),
                v.entities().stream().map(DesignationViews::entity).toList(),
                removals.decisionsIn(v.number(), v.number()));
    }

    public static ListedEntityView entity(ListedEntity e) {
        return new ListedEntityView(
                e.designationId(),
                e.seriesId(),
                e.name(),
                e.regionCode(),
                e.aliases(),
                e.formerNames(),
                e.registrationNumbers().stream()
                        .map(r -> new DesignationsResource.RegistrationNumberBody(r.scheme(), r.number()))
                        .toList(),
                e.addresses().stream()
                        .map(a -> new DesignationsResource.AddressBody(a.line(), a.regionCode()))
                        .toList());
    }

    public static EntityChangeView entityChange(ListDiff.EntityChange c) {
        return new EntityChangeView(
                c.kind().name(),
                entity(c.entity()),
                c.kind() == ListDiff.EntityChangeKind.CHANGED ? entity(c.before()) : null,
                c.changes());
    }

    public DiffView diff(ListDiff diff) {
        return new DiffView(
                diff.from().number(),
                diff.to().number(),
                diff.added().stream().map(this::listed).toList(),
                diff.removed().stream().map(this::listed).toList(),
                diff.changed().stream()
                        .map(c -> new ChangeView(
                                listed(c.before()),
                                listed(c.after()),
                                c.addedRegions(),
                                c.removedRegions(),
                                c.addedSectors(),
                                c.removedSectors(),
                                c.periodChanged()))
                        .toList(),
                diff.entityChanges().stream()
                        .map(DesignationViews::entityChange)
                        .toList(),
                removals.decisionsIn(
                        Math.min(diff.from().number(), diff.to().number()) + 1,
                        Math.max(diff.from().number(), diff.to().number())));
    }

    private ListedView listed(ListedDesignation l) {
        return new ListedView(
                l.designationId(),
                l.seriesId(),
                l.version(),
                l.title(),
                regionRefs(l.regionCodes()),
                sectorRefs(l.sectorCodes()),
                l.effectiveFrom(),
                l.effectiveTo(),
                l.policyIds());
    }

    /** The list as CSV: one row per designation, codes and names side by side, lists joined by "; ". */
    public String csv(List<DesignationView> designations) {
        StringWriter out = new StringWriter();
        csv(List.of(designations), out);
        return out.toString();
    }

    /** The designations as CSV, written a part at a time as {@code parts} reads them. */
    public void csv(Iterable<List<DesignationView>> parts, OutputStream body) {
        Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        csv(parts, out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(Iterable<List<DesignationView>> parts, Writer out) {
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(
                        "id",
                        "version",
                        "title",
                        "status",
                        "region_codes",
                        "region_names",
                        "sector_codes",
                        "hs_prefixes",
                        "effective_from",
                        "effective_to",
                        "policy_ids",
                        "policy_titles")
                .get()
                .print(nonClosing(out))) {
            for (List<DesignationView> designations : parts) {
                for (DesignationView d : designations) {
                    csv.printRecord(
                            d.id(),
                            d.version(),
                            d.title(),
                            d.status(),
                            join(d.regions().stream().map(RegionRef::code).toList()),
                            join(d.regions().stream().map(RegionRef::name).toList()),
                            join(d.sectors().stream().map(SectorRef::code).toList()),
                            join(d.sectors().stream()
                                    .flatMap(s -> s.hsPrefixes().stream())
                                    .toList()),
                            d.effectiveFrom(),
                            d.effectiveTo() == null ? "" : d.effectiveTo(),
                            join(d.policies().stream()
                                    .map(p -> p.id().toString())
                                    .toList()),
                            join(d.policies().stream().map(PolicyRef::title).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The designations as a JSON array, the document JSON-B makes of the whole list, written a part
     * at a time as {@code parts} reads them.
     */
    public void json(Iterable<List<DesignationView>> parts, OutputStream body) {
        Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        try {
            out.write('[');
            boolean first = true;
            for (List<DesignationView> designations : parts) {
                for (DesignationView d : designations) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    out.write(JsonBinding.shared().toJson(d));
                }
            }
            out.write(']');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response's stream stays open for the server to finish; CSVPrinter closes what it prints to. */
    private static Writer nonClosing(Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * The diff as CSV: one row per designation added, removed or changed, per entity added, removed
     * or changed, and per removal decision published in between; lists joined by "; ".
     */
    public String diffCsv(DiffView diff) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(
                        "from",
                        "to",
                        "subject",
                        "change",
                        "designation_id",
                        "designation_title",
                        "entity",
                        "details",
                        "aliases",
                        "former_names",
                        "registration_numbers",
                        "addresses",
                        "reason",
                        "list_version")
                .get()
                .print(out)) {
            for (ListedView d : diff.added()) {
                csv.printRecord(
                        diff.from(),
                        diff.to(),
                        "DESIGNATION",
                        "ADDED",
                        d.id(),
                        d.title(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "");
            }
            for (ListedView d : diff.removed()) {
                csv.printRecord(
                        diff.from(),
                        diff.to(),
                        "DESIGNATION",
                        "REMOVED",
                        d.id(),
                        d.title(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "");
            }
            for (ChangeView c : diff.changed()) {
                List<String> details = new ArrayList<>();
                c.addedRegions().forEach(r -> details.add("+region " + r));
                c.removedRegions().forEach(r -> details.add("-region " + r));
                c.addedSectors().forEach(r -> details.add("+sector " + r));
                c.removedSectors().forEach(r -> details.add("-sector " + r));
                if (c.periodChanged()) {
                    details.add("period");
                }
                csv.printRecord(
                        diff.from(),
                        diff.to(),
                        "DESIGNATION",
                        "CHANGED",
                        c.after().id(),
                        c.after().title(),
                        "",
                        join(details),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "");
            }
            for (EntityChangeView c : diff.entityChanges()) {
                ListedEntityView e = c.entity();
                csv.printRecord(
                        diff.from(),
                        diff.to(),
                        "ENTITY",
                        c.kind(),
                        e.designationId(),
                        "",
                        e.name(),
                        join(c.changes()),
                        join(e.aliases()),
                        join(e.formerNames()),
                        join(e.registrationNumbers().stream()
                                .map(r -> r.scheme() + " " + r.number())
                                .toList()),
                        join(e.addresses().stream()
                                .map(a -> a.regionCode() == null ? a.line() : a.line() + " (" + a.regionCode() + ")")
                                .toList()),
                        "",
                        "");
            }
            for (org.onus.web.api.EntityRemovalViews.DecisionView d : diff.removalDecisions()) {
                csv.printRecord(
                        diff.from(),
                        diff.to(),
                        "REMOVAL_DECISION",
                        d.outcome(),
                        d.designationId(),
                        d.designationTitle(),
                        d.producerName(),
                        d.reference(),
                        "",
                        "",
                        "",
                        "",
                        d.reason(),
                        d.listVersion());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A list version as the same CSV as the current list. */
    public List<DesignationView> asViews(DesignationListVersion v) {
        return v.entries().stream()
                .map(l -> new DesignationView(
                        l.designationId(),
                        l.version(),
                        l.title(),
                        "PUBLISHED",
                        regionRefs(l.regionCodes()),
                        sectorRefs(l.sectorCodes()),
                        l.effectiveFrom(),
                        l.effectiveTo(),
                        policyRefs(l.policyIds()),
                        v.entities().stream()
                                .filter(e -> e.designationId().equals(l.designationId()))
                                .map(e -> new ProducerView(
                                        e.name(),
                                        e.regionCode(),
                                        e.aliases(),
                                        e.formerNames(),
                                        e.registrationNumbers().stream()
                                                .map(r -> new DesignationsResource.RegistrationNumberBody(
                                                        r.scheme(), r.number()))
                                                .toList(),
                                        e.addresses().stream()
                                                .map(a ->
                                                        new DesignationsResource.AddressBody(a.line(), a.regionCode()))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static String join(Collection<String> values) {
        return String.join("; ", values);
    }

    // Each region, sector and policy is looked up once per request: a list names the same few
    // hundred again and again, and a lookup outside a transaction is a query of its own. The list in
    // force (50 a page, or 10,000 whole) spent its time in these lookups (issue 14).
    private final Map<String, RegionRef> regionRefs = new HashMap<>();
    private final Map<String, SectorRef> sectorRefs = new HashMap<>();
    private final Map<UUID, PolicyRef> policyRefs = new HashMap<>();

    List<RegionRef> regionRefs(List<String> codes) {
        return codes.stream()
                .map(code -> regionRefs.computeIfAbsent(
                        code,
                        c -> new RegionRef(c, regions.find(c).map(r -> r.name()).orElse(c))))
                .toList();
    }

    List<SectorRef> sectorRefs(List<String> codes) {
        return codes.stream()
                .map(code -> sectorRefs.computeIfAbsent(
                        code,
                        c -> sectors.find(c)
                                .map(s -> new SectorRef(s.code(), s.name(), List.copyOf(s.hsPrefixes())))
                                .orElse(new SectorRef(c, c, List.of()))))
                .toList();
    }

    List<PolicyRef> policyRefs(List<UUID> ids) {
        return ids.stream()
                .map(id -> policyRefs.computeIfAbsent(
                        id,
                        i -> policies.find(i)
                                .map(p -> new PolicyRef(
                                        p.id(), p.title(), p.status().name()))
                                .orElse(new PolicyRef(i, "(unknown policy)", "UNKNOWN"))))
                .toList();
    }
}
