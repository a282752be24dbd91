package org.onus.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.onus.core.identity.Actor;
import org.onus.core.tasks.WorkQueue;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.View;

/** The signed-in home page: a greeting, the person's roles and their work queue. */
@RequestScoped
@Path("/")
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkQueue workQueue;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home() {
        Actor actor = currentUser.require();
        return View.of("home/index")
                .with("actor", actor)
                .with(
                        "roles",
                        actor.roles().stream().map(r -> "role." + r.realmName()).toList())
                .with("workItems", workQueue.of(actor));
    }
}
