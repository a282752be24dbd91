package org.onus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.onus.core.identity.Actor;
import org.onus.core.notification.Subscription;
import org.onus.core.notification.Subscriptions;
import org.onus.core.notification.Topic;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.View;

/**
 * Subscribing oneself to designation list updates. No role annotation: anyone signed in may follow
 * the list (web.xml requires sign-in).
 */
@Path("subscriptions")
@RequestScoped
public class SubscriptionPages {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View show() {
        Actor actor = currentUser.require();
        Optional<Subscription> current = subscriptions.find(actor, Topic.DESIGNATION_LIST);
        // Prefill with the address already used, else the one the identity provider holds.
        String email = current.map(Subscription::email).or(actor::email).orElse("");
        return page(current, Form.of(Map.of("email", email)));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response subscribe() {
        Actor actor = currentUser.require();
        Form form = Form.from(request);
        try {
            Subscription s = subscriptions.subscribe(actor, Topic.DESIGNATION_LIST, form.value("email"));
            flash.add(Flash.Level.SUCCESS, "subscriptions.subscribed", s.email());
            return Response.seeOther(URI.create("/subscriptions")).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(page(
                            subscriptions.find(actor, Topic.DESIGNATION_LIST), form.withProblems(refused.problems())))
                    .build();
        }
    }

    @POST
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe() {
        subscriptions.unsubscribe(currentUser.require(), Topic.DESIGNATION_LIST);
        flash.add(Flash.Level.SUCCESS, "subscriptions.unsubscribed");
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    private View page(Optional<Subscription> current, Form form) {
        return View.of("subscriptions/designation-list")
                .with("subscription", current.orElse(null))
                .with("form", form);
    }
}
