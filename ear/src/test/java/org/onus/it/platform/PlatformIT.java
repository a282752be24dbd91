package org.onus.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;

/** What operators and integrators rely on: health, the OpenAPI document, assets served locally. */
@OnusIT
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void healthReportsDatabaseProcessEngineAndKeycloak() {
        HttpResponse<String> response = Http.get(ItConfig.portal("/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = Http.json(response);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        Map<String, String> checks = new HashMap<>();
        health.get("checks")
                .forEach(c -> checks.put(c.get("name").asText(), c.get("status").asText()));
        assertThat(checks)
                .containsEntry("database", "UP")
                .containsEntry("process-engine", "UP")
                .containsEntry("keycloak", "UP");
        assertThat(Http.get(ItConfig.portal("/health/ready")).statusCode()).isEqualTo(200);
        assertThat(Http.get(ItConfig.portal("/health/live")).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndNotThePages() {
        HttpResponse<String> response = Http.get(ItConfig.portal("/openapi?format=JSON"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = Http.json(response).get("paths");
        assertThat(paths.has("/api/v1/me")).isTrue();
        assertThat(paths.has("/api/v1/organisations")).isTrue();
        assertThat(paths.has("/")).isFalse();
        assertThat(paths.has("/logout")).isFalse();
    }

    @Test
    void designSystemAssetsAreServedByThePortalItselfAndCachedForever() {
        HttpResponse<String> css =
                Http.get(ItConfig.portal("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"));
        HttpResponse<String> own = Http.get(ItConfig.portal("/assets/css/onus.css"));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("immutable"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(".onus-header");
    }
}
