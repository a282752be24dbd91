package org.onus.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.notification.Subscription;
import org.onus.core.notification.Subscriptions;
import org.onus.core.notification.Topic;
import org.onus.core.problem.NotFoundException;
import org.onus.web.security.CurrentUser;

/**
 * The caller's own subscriptions; nobody subscribes anyone else. No role annotation: any signed-in
 * caller (AccessControl's default).
 */
@Path("api/v1/subscriptions")
@RequestScoped
@Tag(name = "Subscriptions")
public class SubscriptionsResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentUser currentUser;

    /** A subscription: the topic ({@code DESIGNATION_LIST}) and the address updates go to. */
    @Schema(requiredProperties = {"topic", "email", "subscribedAt"})
    public record SubscriptionView(String topic, String email, Instant subscribedAt) {

        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.topic().name(), s.email(), s.subscribedAt());
        }
    }

    /** Where to send updates. */
    @Schema(requiredProperties = {"email"})
    public record SubscriptionBody(String email) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's subscriptions")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    public List<SubscriptionView> mine() {
        Actor actor = currentUser.require();
        return Arrays.stream(Topic.values())
                .flatMap(t -> subscriptions.find(actor, t).stream())
                .map(SubscriptionView::of)
                .toList();
    }

    @PUT
    @Path("{topic}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe the caller to a topic, or change the address (idempotent)",
            description = "Topics: DESIGNATION_LIST (also designation-list). 400 with a problem for the field"
                    + " email when the address is missing or malformed.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public SubscriptionView subscribe(@PathParam("topic") String topic, SubscriptionBody body) {
        return SubscriptionView.of(
                subscriptions.subscribe(currentUser.require(), topic(topic), body == null ? null : body.email()));
    }

    @DELETE
    @Path("{topic}")
    @Operation(summary = "End the caller's subscription to a topic (idempotent)")
    @APIResponse(responseCode = "204", description = "Not subscribed (any more)")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response unsubscribe(@PathParam("topic") String topic) {
        subscriptions.unsubscribe(currentUser.require(), topic(topic));
        return Response.noContent().build();
    }

    static Topic topic(String raw) {
        try {
            return Topic.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Topic " + raw);
        }
    }
}
