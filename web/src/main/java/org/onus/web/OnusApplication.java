package org.onus.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * One JAX-RS application for pages and API alike, at the root: pages under {@code /}, the REST API
 * under {@code /api/v1}. Static assets bypass it (the default servlet serves {@code /assets} and
 * {@code /webjars}, see {@code web.xml}).
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Onus API",
                        version = "1",
                        description =
                                "Case management for the rebuttable presumption against state-imposed forced labour"
                                        + " in import controls. Errors are RFC 9457 problem documents.\n\n"
                                        + "Contract changes, newest first (all additive; nothing removed or made"
                                        + " required): 2026-12-02, UPR data layer: `GET|POST"
                                        + " /api/v1/upr/records` (import the UN's record of earlier cycles as CSV;"
                                        + " search imported and own recommendations; `Accept: text/csv` exports),"
                                        + " `GET /api/v1/upr/records/{id}`; a review's `coSigners` and `briefs`"
                                        + " (optional in `POST /api/v1/upr/reviews`; `PUT"
                                        + " /api/v1/upr/reviews/{id}/co-signers|briefs`), `GET"
                                        + " /api/v1/upr/reviews/{id}/briefs` and `.../briefs/{state}` (PDF or"
                                        + " DOCX); a recommendation's optional `proposedFor` (also in `POST"
                                        + " /api/v1/upr/smart-check`, with the finding"
                                        + " `ADDRESSED_TO_RECOMMENDING_STATE`); `GET|POST"
                                        + " /api/v1/upr/follow-up/...` (implementation status history and the"
                                        + " mid-term report). A recommendation's `response` stays SUPPORTED or"
                                        + " NOTED; imported records may also say OTHER, with the source's"
                                        + " wording in `responseWording`. 2026-12-02, one way in per aggregate: `allowedActions` on a case"
                                        + " (`GET /api/v1/cases/{id}`), a designation (`GET"
                                        + " /api/v1/designations/{id}`) and a UPR recommendation: the actions the"
                                        + " caller may take now, exactly those the service accepts and the pages"
                                        + " offer.",
                        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the Keycloak realm onus, issued for the audience onus-portal")
public class OnusApplication extends Application {}
