package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCases;
import org.onus.core.identity.Role;
import org.onus.web.security.CurrentUser;

@Path("api/v1/cases")
@RequestScoped
@Tag(name = "Detention cases")
public class CasesResource {

    @Inject
    DetentionCases cases;

    @Inject
    CurrentUser currentUser;

    public record EventView(String kind, String actor, Instant at, String detail) {}

    public record RequirementView(String code, String description, boolean satisfied) {}

    /** The contract's case shape; route, requirements and evidence fill in once a rebuttal is filed. */
    public record CaseView(
            UUID id,
            UUID entryId,
            String status,
            String route,
            LocalDate deadline,
            List<RequirementView> requirements,
            List<Object> evidence,
            List<EventView> events,
            LocalDate detainedOn,
            LocalDate noticeDue,
            Instant noticeIssuedAt,
            String grounds) {

        static CaseView of(DetentionCase c) {
            return new CaseView(
                    c.id(),
                    c.entryId(),
                    c.status().name(),
                    null,
                    c.rebuttalDeadline(),
                    List.of(),
                    List.of(),
                    c.events().stream()
                            .map(e -> new EventView(e.kind(), e.actor(), e.at(), e.detail()))
                            .toList(),
                    c.detainedOn(),
                    c.noticeDue(),
                    c.noticeIssuedAt(),
                    c.grounds());
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.IMPORTER, Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A detention case; another organisation's is 404")
    public CaseView one(@PathParam("id") String id) {
        return CaseView.of(cases.get(currentUser.require(), PathIds.uuid(id, "Case")));
    }
}
