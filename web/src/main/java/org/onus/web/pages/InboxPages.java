package org.onus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.onus.core.identity.Actor;
import org.onus.core.notification.Inbox;
import org.onus.core.organisation.Organisation;
import org.onus.core.organisation.OrganisationCode;
import org.onus.core.organisation.OrganisationService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.View;

/** A person's messages. No role annotation: everyone signed in has an inbox (web.xml requires sign-in). */
@Path("inbox")
@RequestScoped
public class InboxPages {

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        Actor actor = currentUser.require();
        return View.of("inbox/list")
                .with("messages", inbox.of(actor))
                .with("limit", Inbox.LIMIT)
                .with("messageLanguage", messageLanguage(actor));
    }

    /**
     * The language messages were written in: letters about an organisation's cases go out in its
     * preferred language, everything else in English. Marked on the page so screen readers (and
     * translations tools) read them as what they are.
     */
    private String messageLanguage(Actor actor) {
        return actor.organisationCode()
                .flatMap(code -> {
                    try {
                        return organisations.find(OrganisationCode.of(code));
                    } catch (IllegalArgumentException notACode) {
                        return java.util.Optional.empty();
                    }
                })
                .map(Organisation::preferredLanguage)
                .orElse("en");
    }

    @Inject
    OrganisationService organisations;

    /** Marks a message read and returns to it in the inbox. */
    @POST
    @Path("{id}/read")
    @Produces(MediaType.TEXT_HTML)
    public Response markRead(@PathParam("id") String id) {
        var message = inbox.markRead(currentUser.require(), uuid(id));
        return Response.seeOther(URI.create("/inbox#message-" + message.id())).build();
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Message");
    }
}
