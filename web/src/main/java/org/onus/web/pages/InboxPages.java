package org.onus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.onus.core.identity.Actor;
import org.onus.core.notification.Inbox;
import org.onus.core.notification.InboxPage;
import org.onus.core.organisation.Organisation;
import org.onus.core.organisation.OrganisationCode;
import org.onus.core.organisation.OrganisationService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Form;
import org.onus.web.view.PageLinks;
import org.onus.web.view.View;

/** A person's messages. No role annotation: everyone signed in has an inbox (web.xml requires sign-in). */
@Path("inbox")
@RequestScoped
public class InboxPages {

    /** Messages to a page of the inbox. */
    static final int PAGE = 25;

    @Context
    HttpServletRequest request;

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list(@QueryParam("page") String page) {
        Actor actor = currentUser.require();
        PageLinks.Shown<InboxPage> shown = PageLinks.read(
                PageLinks.pageNumber(page),
                PAGE,
                (offset, size) -> inbox.page(actor, offset, size),
                InboxPage::messages,
                InboxPage::total);
        InboxPage found = shown.page();
        int number = shown.number();
        int pages = PageLinks.pages(found.total(), PAGE);
        return View.of("inbox/list")
                .with("messages", found.messages())
                .with("page", number)
                .with("total", found.total())
                .with("from", found.messages().isEmpty() ? 0 : (number - 1) * PAGE + 1)
                .with("to", (number - 1) * PAGE + found.messages().size())
                .with("pages", pages)
                .with("pageLinks", PageLinks.of(number, pages, InboxPages::href))
                .with("prevHref", number > 1 ? href(number - 1) : null)
                .with("nextHref", number < pages ? href(number + 1) : null)
                .with("messageLanguage", messageLanguage(actor));
    }

    static String href(int page) {
        return page == 1 ? "/inbox" : "/inbox?page=" + page;
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
        // Back to the page the message was on (a newer message may since have moved it on; it is
        // then at the top of the next page).
        int page = PageLinks.pageNumber(Form.from(request).value("page"));
        return Response.seeOther(URI.create(href(page) + "#message-" + message.id()))
                .build();
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Message");
    }
}
