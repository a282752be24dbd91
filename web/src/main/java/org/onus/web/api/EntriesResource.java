package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.entry.DetentionGrounds;
import org.onus.core.entry.DisclosedInput;
import org.onus.core.entry.DisclosureRefinement;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryCriteria;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryPage;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.EntrySort;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.entry.ScreeningResult;
import org.onus.core.entry.SupplyChainMapRef;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.massbalance.MassBalanceAssessment;
import org.onus.core.massbalance.MassBalanceService;
import org.onus.core.massbalance.RecordedFlag;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.quantity.Quantity;
import org.onus.core.sector.SectorService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

@Path("api/v1/entries")
@RequestScoped
@Tag(name = "Entries and screening")
public class EntriesResource {

    @Inject
    MassBalanceService massBalance;

    @Inject
    EntryService entries;

    @Inject
    SectorService sectors;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Schema(requiredProperties = {"amount", "currency"})
    public record Money(String amount, String currency) {}

    /** An amount may come as a JSON string ("1250.00", exact) or a number. */
    @Schema(requiredProperties = {"amount", "currency"})
    public record MoneyBody(Object amount, String currency) {}

    @Schema(requiredProperties = {"tier", "material", "regionCode"})
    public record InputBody(
            Object tier,
            String material,
            String hsCode,
            String producer,
            String regionCode,
            String openSupplyHubId,
            Object share,

            @Schema(
                    description = "Optional: how much of this input went into the goods (with unit); a number or a"
                            + " decimal string")
            Object quantity,

            @Schema(
                    description = "Unit of quantity, required with it",
                    enumeration = {"KG", "G", "T", "L", "M3", "M2", "M", "PIECE", "PAIR"})
            String unit,

            @Schema(description = "Optional: the producer's registration number (a unified social credit code, say)")
            String producerRegistrationNumber) {}

    /** What an importer sends (the contract's shape; value may also be a plain amount with currency). */
    @Schema(
            requiredProperties = {
                "entryNumber",
                "hsCode",
                "description",
                "originCountry",
                "value",
                "arrivalDate",
                "port"
            })
    public record EntryBody(
            String entryNumber,
            String hsCode,
            String description,
            String originCountry,
            MoneyBody value,
            String arrivalDate,
            String port,
            List<InputBody> inputs,

            @Schema(description = "Optional: the quantity of the goods (with unit); a number or a decimal string")
            Object quantity,

            @Schema(
                    description = "Unit of quantity, required with it",
                    enumeration = {"KG", "G", "T", "L", "M3", "M2", "M", "PIECE", "PAIR"})
            String unit,

            @Schema(
                    description = "Customs brokers only (and required of them): the code of the importer"
                            + " organisation the entry is filed for, which must have a delegation to the"
                            + " broker in force. An importer may send its own code or leave it out.",
                    example = "ACME-IMPORTS")
            String importer,

            @Schema(description = "Take the disclosure from this supply-chain map of yours (then leave inputs out)")
            String supplyChainMapId,

            @Schema(description = "The map's version to file from; the latest when left out", type = SchemaType.INTEGER)
            Object supplyChainMapVersion) {

        EntryDraft draft() {
            return new EntryDraft(
                    entryNumber,
                    hsCode,
                    description,
                    originCountry,
                    value == null ? null : str(value.amount()),
                    value == null ? null : value.currency(),
                    arrivalDate,
                    port == null || port.isBlank() ? null : port,
                    inputs == null
                            ? List.of()
                            : inputs.stream()
                                    .map(i -> i == null
                                            ? null
                                            : new EntryDraft.InputDraft(
                                                    str(i.tier()),
                                                    i.material(),
                                                    i.hsCode(),
                                                    i.producer(),
                                                    i.regionCode(),
                                                    i.openSupplyHubId(),
                                                    str(i.share()),
                                                    str(i.quantity()),
                                                    i.unit(),
                                                    i.producerRegistrationNumber()))
                                    .toList(),
                    str(quantity),
                    unit,
                    supplyChainMapId,
                    str(supplyChainMapVersion));
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }
    }

    @Schema(requiredProperties = {"designationId", "designationVersion", "inputIndex", "tier", "regionCode", "reason"})
    public record MatchView(
            UUID designationId,
            int designationVersion,
            String designationTitle,
            int inputIndex,
            int tier,
            String regionCode,
            String designatedRegionCode,
            String hsCode,
            String reason,

            @Schema(
                    description = "What of a listed producer the input's producer matched; absent when no listed"
                            + " producer matched")
            ProducerMatchView producerMatch) {

        static MatchView of(ScreeningMatch m) {
            return new MatchView(
                    m.designationId(),
                    m.designationVersion(),
                    m.designationTitle(),
                    m.inputIndex(),
                    m.tier(),
                    m.regionCode(),
                    m.designatedRegionCode(),
                    m.hsCode(),
                    m.reason().name(),
                    m.producerMatchOn() == null
                            ? null
                            : new ProducerMatchView(m.producerMatchOn(), m.producerMatchValue()));
        }
    }

    /** A listed producer matched: on NAME, ALIAS, FORMER_NAME or REGISTRATION_NUMBER, and the listed value. */
    @Schema(requiredProperties = {"on", "value"})
    public record ProducerMatchView(
            @Schema(enumeration = {"NAME", "ALIAS", "FORMER_NAME", "REGISTRATION_NUMBER"})
            String on,

            String value) {}

    @Schema(requiredProperties = {"tier", "material", "regionCode"})
    public record InputView(
            int tier,
            String material,
            String hsCode,
            String producer,
            String regionCode,
            String openSupplyHubId,
            BigDecimal share,
            BigDecimal quantity,
            String unit,
            String producerRegistrationNumber) {

        static InputView of(DisclosedInput i) {
            return new InputView(
                    i.tier(),
                    i.material(),
                    i.hsCode(),
                    i.producer(),
                    i.regionCode(),
                    i.openSupplyHubId(),
                    i.sharePercent(),
                    i.quantity().map(Quantity::amount).orElse(null),
                    i.quantity().map(q -> q.unit().name()).orElse(null),
                    i.producerRegistrationNumber());
        }
    }

    @Schema(
            requiredProperties = {
                "id",
                "entryNumber",
                "organisation",
                "status",
                "matches",
                "hsCode",
                "description",
                "originCountry",
                "value",
                "arrivalDate",
                "port",
                "inputs",
                "listVersion",
                "held",
                "refinements",
                "screenings"
            })
    public record EntryView(
            UUID id,
            String entryNumber,
            String organisation,
            String status,
            UUID caseId,
            List<MatchView> matches,
            String hsCode,
            String description,
            String originCountry,
            Money value,
            LocalDate arrivalDate,
            String port,
            List<InputView> inputs,
            int listVersion,
            Instant screenedAt,
            boolean held,
            LocalDate disclosureDeadline,
            String holdNote,
            List<RefinementView> refinements,
            List<ScreeningView> screenings,
            BigDecimal quantity,
            String unit,

            @Schema(description = "Who filed the entry (user name)")
            String filedBy,

            @Schema(
                    description = "The customs broker organisation that filed the entry for the importer;"
                            + " absent when the importer filed it")
            String filedByOrganisation,

            @Schema(description = "The mass-balance check (absent for entries filed before it existed)")
            MassBalanceView massBalance,

            SupplyChainMapView supplyChainMap) {

        static EntryView of(Entry e) {
            return of(e, null);
        }

        static EntryView of(Entry e, MassBalanceView massBalance) {
            return new EntryView(
                    e.id(),
                    e.entryNumber(),
                    e.organisationCode(),
                    e.status().name(),
                    e.caseId(),
                    e.matches().stream().map(MatchView::of).toList(),
                    e.hsCode(),
                    e.description(),
                    e.originCountry(),
                    new Money(e.amount().toPlainString(), e.currency()),
                    e.arrivalDate(),
                    e.port(),
                    e.inputs().stream().map(InputView::of).toList(),
                    e.listVersion(),
                    e.screenedAt(),
                    e.held(),
                    e.disclosureDeadline(),
                    e.holdNote(),
                    e.refinements().stream().map(RefinementView::of).toList(),
                    e.screenings().stream().map(ScreeningView::of).toList(),
                    e.goodsQuantity().map(Quantity::amount).orElse(null),
                    e.goodsQuantity().map(q -> q.unit().name()).orElse(null),
                    e.filedBy(),
                    e.filedByOrganisation().orElse(null),
                    massBalance,
                    e.supplyChainMap().map(SupplyChainMapView::of).orElse(null));
        }
    }

    /** The supply-chain map version the disclosure was taken from. */
    @Schema(requiredProperties = {"id", "name", "version"})
    public record SupplyChainMapView(UUID id, String name, int version) {

        static SupplyChainMapView of(SupplyChainMapRef m) {
            return new SupplyChainMapView(m.id(), m.name(), m.version());
        }
    }

    /**
     * An entry's mass-balance check: the thresholds-table version it was judged under, whether
     * quantities were declared, and each flag with its arithmetic. A flag is a screening reason;
     * its action says whether the table asks for the goods to be held for it.
     */
    @Schema(requiredProperties = {"tableVersion", "quantitiesDeclared", "flags"})
    public record MassBalanceView(
            int tableVersion,

            @Schema(description = "The conversion chain the goods were checked through; absent if none covers them")
            String chain,

            boolean quantitiesDeclared,
            List<MassBalanceFlagView> flags) {

        static MassBalanceView of(MassBalanceAssessment a) {
            return new MassBalanceView(
                    a.tableVersion(),
                    a.chainCode().orElse(null),
                    a.quantitiesDeclared(),
                    a.flags().stream().map(MassBalanceFlagView::of).toList());
        }
    }

    /** One mass-balance flag. */
    @Schema(requiredProperties = {"kind", "stage", "required", "declared", "unit", "action", "arithmetic"})
    public record MassBalanceFlagView(
            @Schema(description = "CANNOT_ACCOUNT or DESIGNATED_SHARE_TOO_LOW")
            String kind,

            @Schema(description = "The input (0-based) a designated-share flag is about")
            Integer inputIndex,

            String stage,
            BigDecimal required,
            BigDecimal declared,
            @Schema(description = "KG or PIECE") String unit,

            @Schema(description = "FLAG or HOLD, as the thresholds table says")
            String action,

            String arithmetic) {

        static MassBalanceFlagView of(RecordedFlag f) {
            return new MassBalanceFlagView(
                    f.kind().name(),
                    f.inputIndex(),
                    f.stage(),
                    f.required().stripTrailingZeros(),
                    f.declared().stripTrailingZeros(),
                    f.unit().name(),
                    f.action().name(),
                    f.arithmetic());
        }
    }

    /** The entry as answered, with its mass-balance check. */
    EntryView view(Entry e) {
        return EntryView.of(
                e, massBalance.assessment(e.id()).map(MassBalanceView::of).orElse(null));
    }

    /**
     * What keeps the disclosure from being cleared: an input (or the goods, -1) declared too
     * coarsely ({@code kind} REGION: which designated regions lie inside its region), or inputs that
     * cannot account for the goods at a stage of the conversion chain while the thresholds table
     * holds for it ({@code kind} MASS_BALANCE: {@code stage} and the arithmetic in {@code detail};
     * {@code inputIndex} is -1). Fields {@code kind}, {@code stage}, {@code detail} are additive.
     */
    @Schema(requiredProperties = {"inputIndex", "regionCode", "designatedRegionCodes", "held"})
    public record RefinementView(
            int inputIndex,
            String regionCode,
            List<String> designatedRegionCodes,
            UUID designationId,
            int designationVersion,
            String designationTitle,
            List<String> sectorCodes,
            boolean held,
            String reason,

            @Schema(enumeration = {"REGION", "MASS_BALANCE"})
            String kind,

            String stage,
            String detail) {

        static RefinementView of(DisclosureRefinement r) {
            return new RefinementView(
                    r.inputIndex(),
                    r.regionCode(),
                    r.designatedRegionCodes(),
                    r.designationId(),
                    r.designationVersion(),
                    r.designationTitle(),
                    r.sectorCodes(),
                    r.held(),
                    r.why(),
                    r.kind().name(),
                    r.stage(),
                    r.detail());
        }
    }

    /** One screening of the entry, with the list version it used. */
    @Schema(requiredProperties = {"screenedAt", "listVersion", "status", "held", "trigger"})
    public record ScreeningView(
            Instant screenedAt, int listVersion, String status, boolean held, String trigger, String note) {

        static ScreeningView of(ScreeningResult r) {
            return new ScreeningView(
                    r.screenedAt(),
                    r.listVersion(),
                    r.status().name(),
                    r.held(),
                    r.trigger().name(),
                    r.note());
        }
    }

    /** A refined disclosure: the inputs exactly as on filing. */
    @Schema(requiredProperties = {"inputs"})
    public record DisclosureBody(List<InputBody> inputs) {}

    /** A manual detention: the reason and at least one cited ground. */
    @Schema(requiredProperties = {"reason"})
    public record DetainBody(
            String reason,
            List<String> designationIds,
            List<String> policyIds,
            List<String> regionCodes,
            List<String> producerNames) {

        DetentionGrounds grounds() {
            return new DetentionGrounds(reason, designationIds, policyIds, regionCodes, producerNames);
        }
    }

    @POST
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_BROKER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File an entry with its supply-chain disclosure (importer, or customs broker for a delegating"
                    + " importer); it is screened at once",
            description = "201 with the outcome. Accepts Idempotency-Key. The same entry number with the same facts"
                    + " returns the entry filed before (200); with different facts, 409. A customs broker names the"
                    + " importer in `importer` (400 without it); the entry belongs to that importer and records"
                    + " the broker in `filedByOrganisation`. Without a delegation in force from that importer the"
                    + " answer is 403, the same for any code. With supplyChainMapId (and"
                    + " optionally supplyChainMapVersion, default the latest) the disclosure is that version of the"
                    + " map of the organisation the entry is filed for (a broker files from the delegating"
                    + " importer's maps) and inputs must be left out (400 naming inputs); an unknown map, or another"
                    + " organisation's, is 400 naming supplyChainMapId. The entry records the map version"
                    + " (supplyChainMap).")
    @APIResponse(
            responseCode = "200",
            description = "The same entry number with the same facts: the entry filed before",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntryView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Filed and screened; status CLEARED, DETAINED or DISCLOSURE_REQUIRED",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response file(@HeaderParam(Idempotency.HEADER) String key, EntryBody body) {
        Actor actor = currentUser.require();
        if (body == null) {
            throw InvalidInputException.of("entryNumber", "Send the entry as JSON");
        }
        EntryDraft draft = body.draft();
        String request = body.importer() == null ? String.valueOf(draft) : draft + " for " + body.importer();
        return idempotency.once(actor, key, "POST /api/v1/entries", request, () -> {
            EntryService.Filing f = entries.file(actor, draft, body.importer());
            Response.ResponseBuilder r = f.created()
                    ? Response.created(URI.create("/api/v1/entries/" + f.entry().id()))
                    : Response.ok();
            return r.entity(view(f.entry())).build();
        });
    }

    @GET
    @RolesAllowed({
        Role.Names.IMPORTER,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR,
        Role.Names.CUSTOMS_BROKER
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Entries: an importer's own organisation's (whoever filed them), a customs broker's own"
                    + " filings, or all for customs; filters optional",
            description = "The answer is one page of the matching entries, newest filed first unless sort says"
                    + " otherwise; the X-Total-Count header says how many match in all. Page on with offset (the"
                    + " number of matching entries before the page) and limit (the page size, at most 500, which is"
                    + " also the default).")
    @APIResponse(
            responseCode = "200",
            description = "The entries, one page",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "How many entries match in all",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EntryView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response list(
            @Parameter(description = "CLEARED, DETAINED or DISCLOSURE_REQUIRED") @QueryParam("status") String status,
            @Parameter(description = "The goods' country of origin (ISO 3166 alpha-2)") @QueryParam("origin")
                    String origin,
            @Parameter(description = "A part of the port of entry's name, in any case") @QueryParam("port") String port,
            @Parameter(description = "A sector's code (the entry's HS code starts with one of its prefixes)")
                    @QueryParam("sector")
                    String sector,
            @Parameter(description = "Page size, 1 to 500 (default and anything else: 500)") @QueryParam("limit")
                    Integer limit,
            @Parameter(description = "How many matching entries come before the page (default 0)") @QueryParam("offset")
                    Integer offset,
            @Parameter(
                            description = "filed (the default, newest first: -filed), entry, importer, origin, arrival"
                                    + " or status; prefix \"-\" for descending",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "filed", "-filed", "entry", "-entry", "importer", "-importer",
                                                "origin", "-origin", "arrival", "-arrival", "status", "-status"
                                            }))
                    @QueryParam("sort")
                    String sort) {
        EntryPage page =
                entries.page(currentUser.require(), criteria(status, origin, port, sector, limit, offset, sort));
        return Response.ok(page.entries().stream().map(this::view).toList())
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Role.Names.IMPORTER,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR,
        Role.Names.CUSTOMS_BROKER
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One entry; another organisation's is 404 (a customs broker reads only what it filed)")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public EntryView one(@PathParam("id") String id) {
        return view(entries.get(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/detain")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Detain an entry on grounds the officer cites (customs officer); opens a case",
            description = "Body {reason, designationIds[], policyIds[], regionCodes[], producerNames[]}: a reason and"
                    + " at least one ground (400 naming grounds, rule MANUAL_DETENTION_GROUNDS, otherwise; 400 naming"
                    + " each unknown id or code, e.g. designationIds[1]). What a rebuttal must prove follows from the"
                    + " grounds cited.")
    @APIResponse(responseCode = "200", description = "The entry, DETAINED, with its new case")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EntryView detain(@PathParam("id") String id, DetainBody body) {
        DetentionGrounds grounds = body == null ? DetentionGrounds.reasonOnly(null) : body.grounds();
        return view(entries.detain(currentUser.require(), uuid(id), grounds).entry());
    }

    @POST
    @Path("{id}/disclosure")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Refine the supply-chain disclosure of an own entry while DISCLOSURE_REQUIRED (importer)",
            description = "Body {inputs:[...]} as on filing; the entry is screened again and answered as on filing."
                    + " Another organisation's entry is 404; an entry not DISCLOSURE_REQUIRED is 409.")
    @APIResponse(responseCode = "200", description = "The entry, screened again")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EntryView refineDisclosure(@PathParam("id") String id, DisclosureBody body) {
        Actor actor = currentUser.require();
        if (body == null || body.inputs() == null) {
            throw InvalidInputException.of("inputs", "Send {\"inputs\": [...]} as on filing");
        }
        List<EntryDraft.InputDraft> inputs = new EntryBody(
                        null, null, null, null, null, null, null, body.inputs(), null, null, null, null, null)
                .draft()
                .inputs();
        return view(entries.refineDisclosure(actor, uuid(id), inputs).entry());
    }

    /** The list's query parameters; every one that is wrong is named in one 400. */
    EntryCriteria criteria(
            String status, String origin, String port, String sector, Integer limit, Integer offset, String sort) {
        List<Problem> problems = new ArrayList<>();
        EntryStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = EntryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("status", "Use CLEARED, DETAINED or DISCLOSURE_REQUIRED"));
            }
        }
        List<String> prefixes = List.of();
        if (sector != null && !sector.isBlank()) {
            var found = sectors.find(sector.strip().toUpperCase(Locale.ROOT));
            if (found.isEmpty()) {
                problems.add(new Problem("sector", "There is no sector " + sector.strip()));
            } else if (!found.get().coversAllGoods()) {
                prefixes = found.get().hsPrefixes();
            }
        }
        if (offset != null && offset < 0) {
            problems.add(new Problem("offset", "Give an offset of 0 or more"));
        }
        EntrySort order = EntrySort.NEWEST_FIRST;
        try {
            order = EntrySort.parse(sort);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EntryCriteria(
                        null,
                        s,
                        origin == null || origin.isBlank()
                                ? null
                                : origin.strip().toUpperCase(Locale.ROOT),
                        port == null || port.isBlank() ? null : port.strip(),
                        prefixes,
                        limit == null ? EntryCriteria.MAX_LIMIT : limit)
                .page(offset == null ? 0 : offset, limit == null ? EntryCriteria.MAX_LIMIT : limit)
                .sortedBy(order);
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Entry");
    }
}
