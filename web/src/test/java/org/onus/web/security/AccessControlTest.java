package org.onus.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.junit.jupiter.api.Test;

class AccessControlTest {

    @RolesAllowed("admin")
    static class AdminResource {
        public void list() {}

        @RolesAllowed("auditor")
        public void audit() {}

        @PermitAll
        public void open() {}
    }

    static class PlainResource {
        public void anything() {}

        @DenyAll
        public void never() {}
    }

    @PermitAll
    static class PublicResource {
        public void read() {}

        @RolesAllowed("regulator")
        public void write() {}
    }

    @Test
    void publicOnlyWhereSaid() throws Exception {
        assertThat(AccessControl.ruleFor(AdminResource.class, AdminResource.class.getMethod("open")))
                .isNull();
        assertThat(AccessControl.ruleFor(PublicResource.class, PublicResource.class.getMethod("read")))
                .isNull();
    }

    @Test
    void unannotatedMeansSignedIn() throws Exception {
        AccessControl.Rule rule = AccessControl.ruleFor(PlainResource.class, PlainResource.class.getMethod("anything"));

        assertThatThrownBy(() -> rule.filter(request(null))).isInstanceOf(NotAuthorizedException.class);
        rule.filter(request("somebody"));
    }

    @Test
    void methodRolesOverrideClassRoles() throws Exception {
        AccessControl.Rule audit = AccessControl.ruleFor(AdminResource.class, AdminResource.class.getMethod("audit"));
        AccessControl.Rule list = AccessControl.ruleFor(AdminResource.class, AdminResource.class.getMethod("list"));
        AccessControl.Rule write = AccessControl.ruleFor(PublicResource.class, PublicResource.class.getMethod("write"));

        assertThat(audit.anyOf).containsExactly("auditor");
        assertThat(list.anyOf).containsExactly("admin");
        assertThat(write.anyOf).containsExactly("regulator");
    }

    @Test
    void aSignedInCallerWithoutTheRoleIsForbiddenAndAnAnonymousOneUnauthorised() throws Exception {
        AccessControl.Rule list = AccessControl.ruleFor(AdminResource.class, AdminResource.class.getMethod("list"));

        assertThatThrownBy(() -> list.filter(request("importer-a", "importer"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.filter(request(null))).isInstanceOf(NotAuthorizedException.class);
        list.filter(request("admin", "admin"));
    }

    @Test
    void denyAllRefusesEveryone() throws Exception {
        AccessControl.Rule never = AccessControl.ruleFor(PlainResource.class, PlainResource.class.getMethod("never"));

        assertThatThrownBy(() -> never.filter(request("admin", "admin"))).isInstanceOf(ForbiddenException.class);
    }

    private static ContainerRequestContext request(String user, String... roles) {
        SecurityContext security = mock(SecurityContext.class);
        Principal principal = user == null ? null : () -> user;
        when(security.getUserPrincipal()).thenReturn(principal);
        for (String role : roles) {
            when(security.isUserInRole(role)).thenReturn(true);
        }
        ContainerRequestContext context = mock(ContainerRequestContext.class);
        when(context.getSecurityContext()).thenReturn(security);
        return context;
    }
}
