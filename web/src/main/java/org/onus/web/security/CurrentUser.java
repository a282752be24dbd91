package org.onus.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/** The person behind the current request, as the verified token describes them. */
@RequestScoped
public class CurrentUser {

    static final String ORGANIZATION_CLAIM = "organization";
    static final String LOCALE_CLAIM = "locale";

    @Inject
    HttpServletRequest request;

    private Optional<Actor> actor;

    /** Empty for anonymous requests (public pages, public API reads). */
    public Optional<Actor> actor() {
        if (actor == null) {
            actor = Optional.ofNullable(request.getUserPrincipal()).map(CurrentUser::toActor);
        }
        return actor;
    }

    /** The actor; a request without one is refused with 401. */
    public Actor require() {
        return actor().orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"onus\""));
    }

    /** The raw ID token of a browser session, for ending the session at the identity provider. */
    public Optional<String> idToken() {
        return Optional.ofNullable(request.getUserPrincipal())
                .filter(OidcPrincipal.class::isInstance)
                .map(p -> ((OidcPrincipal<?>) p).getOidcSecurityContext().getIDTokenString());
    }

    /** The locale the person chose in their Keycloak account ({@code locale} claim), if any. */
    public static Optional<String> accountLocale(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc
                && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getToken().getClaimValueAsString(LOCALE_CLAIM));
        }
        return Optional.empty();
    }

    static Actor toActor(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc
                && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            String username = token.getPreferredUsername() != null ? token.getPreferredUsername() : principal.getName();
            return Actor.of(
                            username,
                            token.getName(),
                            roles(token.getRealmAccessClaim()),
                            token.getClaimValueAsString(ORGANIZATION_CLAIM))
                    .withEmail(token.getEmail());
        }
        // Not an OIDC login (cannot happen with this deployment's configuration): no roles, no organisation.
        return Actor.of(principal.getName(), principal.getName(), Set.of(), null);
    }

    static Set<Role> roles(RealmAccessClaim realmAccess) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmAccess != null && realmAccess.getRoles() != null) {
            realmAccess.getRoles().forEach(name -> Role.fromRealmName(name).ifPresent(roles::add));
        }
        return roles;
    }
}
