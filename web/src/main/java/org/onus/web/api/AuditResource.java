package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditQuery;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.AuditVerification;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;

@Path("api/v1/audit")
@RequestScoped
@RolesAllowed(Role.Names.AUDITOR)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Audit events, newest first (auditor)",
            description = "Filter by entity type and id, actor, action and time; page backwards with before. "
                    + "Each event's after is the whole state after the change (fields without a value left out); "
                    + "its before is the whole state for a removal, and for a change only the fields the change "
                    + "altered, with their earlier values (null where there was none): the state before is after "
                    + "overlaid with before. Events recorded before 2026-12-04 hold the whole state in both.")
    @APIResponse(responseCode = "200", description = "The matching events, newest first")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<AuditEvent> events(
            @QueryParam("entity") String entity,
            @QueryParam("id") String id,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.find(
                new AuditQuery(entity, id, actor, action, instant("from", from), instant("to", to), before, limit));
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the hash chain and report the first broken link (auditor)")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, and where it first breaks")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public AuditVerification verify() {
        return audit.verify();
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? java.time.LocalDate.parse(value)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Give a date (2026-11-28) or an instant (2026-11-28T10:15:30Z)");
        }
    }
}
