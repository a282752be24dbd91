package org.onus.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.notification.Inbox;
import org.onus.core.notification.InboxMessage;
import org.onus.core.notification.InboxPage;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

/** The caller's own messages. No role annotation: any signed-in caller (AccessControl's default). */
@Path("api/v1/inbox")
@RequestScoped
@Tag(name = "Inbox")
public class InboxResource {

    static final String UNREAD_HEADER = "X-Unread-Count";

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser currentUser;

    /**
     * A message in the caller's inbox.
     *
     * @param link a path in the portal, or absent
     * @param readAt when the caller marked it read; absent while unread
     */
    @Schema(requiredProperties = {"id", "subject", "body", "createdAt"})
    public record MessageView(UUID id, String subject, String body, String link, Instant createdAt, Instant readAt) {

        static MessageView of(InboxMessage m) {
            return new MessageView(m.id(), m.subject(), m.body(), m.link(), m.createdAt(), m.readAt());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The caller's messages, newest first (at most 200)",
            description = "The header X-Unread-Count says how many of all the caller's messages are unread, and"
                    + " X-Total-Count how many there are; offset and limit (1 to 200, the default) page through"
                    + " them.")
    @APIResponse(
            responseCode = "200",
            description = "The messages, newest first",
            headers = {
                @Header(
                        name = InboxResource.UNREAD_HEADER,
                        description = "How many of all the caller's messages are unread",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = EvidenceResource.TOTAL_COUNT,
                        description = "How many messages the caller has in all",
                        schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MessageView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response messages(
            @Parameter(description = "How many messages (newest first) come before the page (default 0)")
                    @QueryParam("offset")
                    Integer offset,
            @Parameter(description = "The page size, 1 to 200 (default 200)") @QueryParam("limit") Integer limit) {
        if (offset != null && offset < 0 || limit != null && (limit < 1 || limit > Inbox.LIMIT)) {
            throw InvalidInputException.of(
                    offset != null && offset < 0 ? "offset" : "limit",
                    "Give an offset from 0 and a limit from 1 to 200");
        }
        Actor actor = currentUser.require();
        InboxPage page = inbox.page(actor, offset == null ? 0 : offset, limit == null ? Inbox.LIMIT : limit);
        List<MessageView> messages =
                page.messages().stream().map(MessageView::of).toList();
        return Response.ok(messages)
                .header(UNREAD_HEADER, inbox.unreadCount(actor))
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's messages read; 404 for anyone else's")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response markRead(@PathParam("id") String id) {
        inbox.markRead(currentUser.require(), uuid(id));
        return Response.noContent().build();
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Message");
    }
}
