package org.onus.web.health;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.web.api.ApiDocs;

/**
 * {@code /health}: the application's MicroProfile Health checks (database, process engine,
 * identity provider) in the MicroProfile Health format, on the portal's own port. Public, so it
 * shows each check's name and status only.
 *
 * <p>Why not only WildFly's endpoint: the management interface's {@code /health} does not find
 * health checks inside the modules of an EAR (it reports the server and the deployments' state),
 * so the application answers for its own dependencies here.
 */
@RequestScoped
@Path("health")
@PermitAll
@Tag(name = "Health")
public class HealthResource {

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    /** One check's outcome. */
    @Schema(
            name = "HealthCheck",
            requiredProperties = {"name", "status"})
    public record Check(
            String name,
            @Schema(enumeration = {"UP", "DOWN"}) String status) {}

    /** The MicroProfile Health response shape. */
    @Schema(
            name = "HealthReport",
            requiredProperties = {"status", "checks"})
    public record Report(
            @Schema(enumeration = {"UP", "DOWN"}) String status, List<Check> checks) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness and liveness of the portal and what it depends on")
    @APIResponse(
            responseCode = "200",
            description = "Every check is UP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(
            responseCode = "503",
            description = "A check is DOWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response all() {
        List<HealthCheck> checks = new ArrayList<>();
        readiness.forEach(checks::add);
        liveness.forEach(checks::add);
        return report(checks);
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the portal can serve requests: database, process engine, identity provider")
    @APIResponse(
            responseCode = "200",
            description = "Ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(
            responseCode = "503",
            description = "Not ready: a check is DOWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response ready() {
        List<HealthCheck> checks = new ArrayList<>();
        readiness.forEach(checks::add);
        return report(checks);
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the portal is running")
    @APIResponse(
            responseCode = "200",
            description = "Running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(
            responseCode = "503",
            description = "A liveness check is DOWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response live() {
        List<HealthCheck> checks = new ArrayList<>();
        liveness.forEach(checks::add);
        return report(checks);
    }

    static Response report(List<HealthCheck> checks) {
        List<Check> results = new ArrayList<>();
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthCheckResponse response;
            try {
                response = check.call();
            } catch (RuntimeException e) {
                response = HealthCheckResponse.named(check.getClass().getSimpleName())
                        .down()
                        .build();
            }
            boolean checkUp = response.getStatus() == HealthCheckResponse.Status.UP;
            up &= checkUp;
            results.add(new Check(response.getName(), checkUp ? "UP" : "DOWN"));
        }
        return Response.status(up ? 200 : 503)
                .entity(new Report(up ? "UP" : "DOWN", results))
                .build();
    }
}
