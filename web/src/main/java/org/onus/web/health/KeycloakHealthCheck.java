package org.onus.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.onus.web.security.OidcSettings;

/**
 * Whether the identity provider serves the realm: without it nobody can sign in. The answer is
 * kept for a few seconds so that frequent probes do not load Keycloak.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    static final String NAME = "keycloak";
    private static final Duration KEEP = Duration.ofSeconds(5);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile HealthCheckResponse last;
    private volatile Instant lastAt = Instant.MIN;

    @Override
    public HealthCheckResponse call() {
        if (last != null && Instant.now().isBefore(lastAt.plus(KEEP))) {
            return last;
        }
        OidcSettings oidc = OidcSettings.fromConfig();
        HealthCheckResponse response;
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(oidc.providerUrl() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            response = HealthCheckResponse.named(NAME)
                    .status(status == 200)
                    .withData("realm", oidc.providerUrl())
                    .withData("httpStatus", status)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", "interrupted")
                    .build();
        } catch (Exception e) {
            response = HealthCheckResponse.named(NAME)
                    .down()
                    .withData("realm", oidc.providerUrl())
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
        last = response;
        lastAt = Instant.now();
        return response;
    }
}
