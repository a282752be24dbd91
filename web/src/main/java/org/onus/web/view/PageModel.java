package org.onus.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onus.core.identity.Actor;
import org.onus.core.notification.Inbox;
import org.onus.web.security.CsrfToken;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.OidcSettings;

/** What every page's layout needs, merged into each view's model before rendering. */
@RequestScoped
public class PageModel {

    private static final Logger LOG = Logger.getLogger(PageModel.class.getName());

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

    @Inject
    Inbox inbox;

    private final OidcSettings oidc = OidcSettings.fromConfig();

    public Locale locale() {
        return languages.choose(request);
    }

    /**
     * Zero when the count cannot be read: the layout also renders the error page, which must show
     * even when the database is what failed.
     */
    private long unreadCount(Actor actor) {
        try {
            return inbox.unreadCount(actor);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Unread count not available", e);
            return 0L;
        }
    }

    /** One entry of the language switcher: the language named in itself, and the link that picks it. */
    public record LanguageLink(String tag, String name, String href, boolean current) {}

    public Map<String, Object> merge(Map<String, Object> viewModel) {
        Map<String, Object> model = new HashMap<>();
        Optional<Actor> actor = currentUser.actor();
        model.put("user", actor.orElse(null));
        List<Navigation.Item> nav = Navigation.forActor(actor, oidc.providerUrl());
        model.put("nav", nav);
        model.put(
                "currentSection",
                Navigation.currentSection(nav, request.getRequestURI()).orElse(""));
        model.put("currentPath", request.getRequestURI());
        Locale locale = locale();
        model.put("lang", locale.toLanguageTag());
        model.put("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        model.put(
                "languageLinks",
                languages.supported().stream()
                        .map(l -> new LanguageLink(
                                l.toLanguageTag(),
                                Languages.endonym(l),
                                LanguageSwitch.link(request.getRequestURI(), request.getQueryString(), l),
                                l.getLanguage().equals(locale.getLanguage())))
                        .toList());
        model.put("build", BuildInfo.current());
        model.put("dates", new DateFormats(locale()));
        model.put("eventDetails", new EventDetails(locale()));
        // A session exists for signed-in people; anonymous public pages carry no forms.
        model.put("csrfToken", actor.isPresent() ? csrf.value() : "");
        model.put("flash", actor.isPresent() ? flash.drain() : List.of());
        model.put("unreadCount", actor.map(this::unreadCount).orElse(0L));
        model.putAll(viewModel);
        return model;
    }
}
