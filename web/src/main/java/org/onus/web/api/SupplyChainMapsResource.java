package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.supplychain.MapDraft;
import org.onus.core.supplychain.MapInput;
import org.onus.core.supplychain.MapVersion;
import org.onus.core.supplychain.SupplyChainMap;
import org.onus.core.supplychain.SupplyChainMaps;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

/**
 * An importer organisation's supply-chain maps: every save is a new version, every version stays
 * readable. An entry is filed from a map through {@code POST /api/v1/entries} with
 * {@code supplyChainMapId}.
 */
@Path("api/v1/supply-chain-maps")
@RequestScoped
@Tag(name = "Supply chain")
public class SupplyChainMapsResource {

    static final String OWN_ONLY = " Another organisation's map is 404.";

    @Inject
    SupplyChainMaps maps;

    @Inject
    CurrentUser currentUser;

    /** One input of the bill of materials; the region defaults to the facility's, else the supplier's. */
    @Schema(
            name = "MapInputBody",
            requiredProperties = {"tier", "supplierId", "material", "hsCode"})
    public record InputBody(
            Object tier,
            String supplierId,
            String facilityId,
            String material,
            @Schema(description = "At least 4 digits") String hsCode,
            String regionCode,
            Object quantity,

            @Schema(description = "KG, G, T, L, M3, M2, M, PIECE or PAIR; with quantity")
            String unit,

            @Schema(description = "Share of the finished good, in percent")
            Object share) {}

    /** A map to create or save as a new version. */
    @Schema(requiredProperties = {"name", "hsCode", "description", "inputs"})
    public record MapBody(
            String name,

            @Schema(description = "The finished good, at least 6 digits")
            String hsCode,

            String description,
            Object quantity,
            String unit,
            List<InputBody> inputs) {

        MapDraft draft() {
            return new MapDraft(
                    name,
                    hsCode,
                    description,
                    str(quantity),
                    unit,
                    inputs == null
                            ? List.of()
                            : inputs.stream()
                                    .map(i -> i == null
                                            ? null
                                            : new MapDraft.InputDraft(
                                                    str(i.tier()),
                                                    i.supplierId(),
                                                    i.facilityId(),
                                                    i.material(),
                                                    i.hsCode(),
                                                    i.regionCode(),
                                                    str(i.quantity()),
                                                    i.unit(),
                                                    str(i.share())))
                                    .toList());
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }
    }

    @Schema(
            name = "MapInputView",
            requiredProperties = {"tier", "supplierId", "producer", "material", "hsCode", "regionCode"})
    public record InputView(
            int tier,
            UUID supplierId,
            UUID facilityId,
            String producer,
            String producerRegistrationNumber,
            String openSupplyHubId,
            String material,
            String hsCode,
            String regionCode,
            BigDecimal quantity,
            String unit,
            BigDecimal share) {

        static InputView of(MapInput i) {
            return new InputView(
                    i.tier(),
                    i.supplierId(),
                    i.facilityId(),
                    i.producerName(),
                    i.producerRegistrationNumber(),
                    i.openSupplyHubId(),
                    i.material(),
                    i.hsCode(),
                    i.regionCode(),
                    i.quantity(),
                    i.unit(),
                    i.sharePercent());
        }
    }

    @Schema(
            name = "MapVersionView",
            requiredProperties = {"id", "version", "latestVersion", "name", "hsCode", "description", "inputs", "savedAt"
            })
    public record VersionView(
            UUID id,
            int version,
            int latestVersion,
            String name,
            String hsCode,
            String description,
            BigDecimal quantity,
            String unit,
            List<InputView> inputs,
            String savedBy,
            Instant savedAt) {

        static VersionView of(SupplyChainMap m, MapVersion v) {
            return new VersionView(
                    m.id(),
                    v.number(),
                    m.latestVersion(),
                    v.name(),
                    v.goodsHsCode(),
                    v.goodsDescription(),
                    v.goodsQuantity(),
                    v.goodsUnit(),
                    v.inputs().stream().map(InputView::of).toList(),
                    v.savedBy(),
                    v.savedAt());
        }
    }

    @Schema(
            name = "MapSummary",
            requiredProperties = {"id", "name", "latestVersion", "createdAt"})
    public record Summary(UUID id, String name, int latestVersion, Instant createdAt, Instant savedAt) {

        static Summary of(SupplyChainMap m) {
            return new Summary(
                    m.id(),
                    m.name(),
                    m.latestVersion(),
                    m.createdAt(),
                    m.latest().savedAt());
        }
    }

    @Schema(
            name = "MapVersionSummary",
            requiredProperties = {"version", "name", "inputs", "savedAt"})
    public record VersionSummary(int version, String name, int inputs, String savedBy, Instant savedAt) {

        static VersionSummary of(MapVersion v) {
            return new VersionSummary(v.number(), v.name(), v.inputs().size(), v.savedBy(), v.savedAt());
        }
    }

    @GET
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your organisation's supply-chain maps, by name (importer)")
    @APIResponse(responseCode = "200", description = "The maps")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<Summary> list() {
        return maps.list(currentUser.require()).stream().map(Summary::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a supply-chain map from your registry's suppliers (importer); it is version 1",
            description = "Each input names a supplier (and optionally one of its facilities) of your registry; the"
                    + " version copies the supplier's legal name, registration number, Open Supply Hub id and, unless"
                    + " given, region (the facility's, else the supplier's). Problems are named by field, e.g."
                    + " inputs[1].supplierId.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response create(MapBody body) {
        SupplyChainMap m = maps.create(currentUser.require(), body(body).draft());
        return Response.created(URI.create("/api/v1/supply-chain-maps/" + m.id()))
                .tag(etag(m.latestVersion()))
                .entity(VersionView.of(m, m.latest()))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supply-chain map's latest version (importer)", description = OWN_ONLY)
    @APIResponse(
            responseCode = "200",
            description = "The latest version; ETag (the version number) for If-Match on PUT",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response one(@PathParam("id") String id) {
        SupplyChainMap m = maps.get(currentUser.require(), uuid(id));
        return Response.ok(VersionView.of(m, m.latest()))
                .tag(etag(m.latestVersion()))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save a supply-chain map as a new version (importer); earlier versions stay as they were",
            description = "Body as on creation. If-Match (optional) with the version read, e.g. \"2\": 409 when"
                    + " another version was saved meanwhile. Entries filed from earlier versions keep theirs."
                    + OWN_ONLY)
    @APIResponse(
            responseCode = "200",
            description = "The new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response save(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, MapBody body) {
        Long expected = SuppliersResource.lock(ifMatch);
        UUID mapId = uuid(id);
        MapVersion v = maps.save(
                currentUser.require(),
                mapId,
                body(body).draft(),
                expected == null ? null : Math.toIntExact(Math.min(expected, Integer.MAX_VALUE)));
        SupplyChainMap m = maps.get(currentUser.require(), mapId);
        return Response.ok(VersionView.of(m, v)).tag(etag(v.number())).build();
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of a supply-chain map, oldest first (importer)", description = OWN_ONLY)
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<VersionSummary> versions(@PathParam("id") String id) {
        return maps.get(currentUser.require(), uuid(id)).versions().stream()
                .map(VersionSummary::of)
                .toList();
    }

    @GET
    @Path("{id}/versions/{n}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One version of a supply-chain map, as it was saved (importer)",
            description = "A version the map does not have is 404." + OWN_ONLY)
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public VersionView version(@PathParam("id") String id, @PathParam("n") String n) {
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Version " + n);
        }
        UUID mapId = uuid(id);
        SupplyChainMap m = maps.get(currentUser.require(), mapId);
        return VersionView.of(m, maps.version(currentUser.require(), mapId, number));
    }

    private static MapBody body(MapBody body) {
        if (body == null) {
            throw InvalidInputException.of("name", "Send the map as JSON");
        }
        return body;
    }

    private static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Supply-chain map");
    }
}
