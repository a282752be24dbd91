package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.onus.core.identity.Role;
import org.onus.core.organisation.OrganisationService;
import org.onus.web.view.View;

/** Administrators and auditors see which importer organisations use the portal. */
@Path("admin/organisations")
@RequestScoped
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class OrganisationsPage {

    @Inject
    OrganisationService organisations;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View list() {
        return view(org.onus.web.view.Form.empty(), null);
    }

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public jakarta.ws.rs.core.Response rename(@jakarta.ws.rs.PathParam("code") String code) {
        String name = request.getParameter("name");
        try {
            organisations.rename(currentUser.require(), code, name);
            flash.add(org.onus.web.view.Flash.Level.SUCCESS, "organisations.renamed", code);
            return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/admin/organisations"))
                    .build();
        } catch (org.onus.core.problem.InvalidInputException refused) {
            return jakarta.ws.rs.core.Response.status(400)
                    .entity(view(
                            org.onus.web.view.Form.of(java.util.Map.of("name", name == null ? "" : name))
                                    .withProblems(refused.problems()),
                            code))
                    .build();
        }
    }

    /** An administrator chooses the language of the organisation's letters and e-mails about its cases. */
    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("{code}/language")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public jakarta.ws.rs.core.Response setLanguage(@jakarta.ws.rs.PathParam("code") String code) {
        String language = request.getParameter("preferredLanguage");
        try {
            org.onus.core.organisation.Organisation o =
                    organisations.setPreferredLanguage(currentUser.require(), code, language);
            flash.add(
                    org.onus.web.view.Flash.Level.SUCCESS,
                    "cases.org.language.saved",
                    o.code().value(),
                    org.onus.web.view.Messages.text(page.locale(), "cases.org.language." + o.preferredLanguage()));
            return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/admin/organisations"))
                    .build();
        } catch (org.onus.core.problem.InvalidInputException refused) {
            return jakarta.ws.rs.core.Response.status(400)
                    .entity(view(
                            org.onus.web.view.Form.of(
                                            java.util.Map.of("preferredLanguage", language == null ? "" : language))
                                    .withProblems(java.util.List.of(new org.onus.core.problem.Problem(
                                            "preferredLanguage",
                                            org.onus.web.view.Messages.text(
                                                    page.locale(), "cases.org.language.invalid")))),
                            code))
                    .build();
        }
    }

    private View view(org.onus.web.view.Form form, String editing) {
        return View.of("admin/organisations")
                .with("organisations", organisations.all())
                .with("languages", org.onus.core.organisation.Organisation.LANGUAGES)
                .with("canRename", currentUser.require().has(Role.ADMIN))
                .with("form", form)
                .with("editing", editing);
    }

    @Inject
    org.onus.web.security.CurrentUser currentUser;

    @Inject
    org.onus.web.view.Flash flash;

    @Inject
    org.onus.web.view.PageModel page;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;
}
