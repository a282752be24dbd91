package org.onus.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Role checks on every resource method, deny by default: a method is public only when it says
 * {@code @PermitAll}; otherwise the caller must be signed in, and where {@code @RolesAllowed} is
 * given (on the method, else on the class) must hold one of those roles. Anonymous callers get
 * 401, signed-in callers without the role 403.
 */
@Provider
@ApplicationScoped
public class AccessControl implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Rule rule = ruleFor(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        if (rule != null) {
            context.register(rule, Priorities.AUTHORIZATION);
        }
    }

    /** @return the check to run, or null for a public method */
    static Rule ruleFor(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return new Rule(true, List.of());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            if (resource.isAnnotationPresent(DenyAll.class)) {
                return new Rule(true, List.of());
            }
            if (resource.isAnnotationPresent(PermitAll.class)) {
                return null;
            }
            roles = resource.getAnnotation(RolesAllowed.class);
        }
        return new Rule(false, roles == null ? List.of() : List.of(roles.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Rule implements ContainerRequestFilter {

        final boolean denyAll;
        final List<String> anyOf;

        Rule(boolean denyAll, List<String> anyOf) {
            this.denyAll = denyAll;
            this.anyOf = anyOf;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer realm=\"onus\"");
            }
            if (denyAll || (!anyOf.isEmpty() && anyOf.stream().noneMatch(security::isUserInRole))) {
                throw new ForbiddenException();
            }
        }
    }
}
