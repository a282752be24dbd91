package org.onus.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onus.core.identity.Actor;
import org.onus.web.security.CsrfToken;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.OidcSettings;

/** What every page's layout needs, merged into each view's model before rendering. */
@RequestScoped
public class PageModel {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    CsrfToken csrf;

    @Inject
    Flash flash;

    @Inject
    Languages languages;

    private final OidcSettings oidc = OidcSettings.fromConfig();

    public Locale locale() {
        return languages.choose(request);
    }

    public Map<String, Object> merge(Map<String, Object> viewModel) {
        Map<String, Object> model = new HashMap<>();
        Optional<Actor> actor = currentUser.actor();
        model.put("user", actor.orElse(null));
        model.put("nav", Navigation.forActor(actor, oidc.providerUrl()));
        model.put("currentPath", request.getRequestURI());
        model.put("lang", locale().toLanguageTag());
        model.put("build", BuildInfo.current());
        model.put("dates", new DateFormats(locale()));
        // A session exists for signed-in people; anonymous public pages carry no forms.
        model.put("csrfToken", actor.isPresent() ? csrf.value() : "");
        model.put("flash", actor.isPresent() ? flash.drain() : List.of());
        model.putAll(viewModel);
        return model;
    }
}
