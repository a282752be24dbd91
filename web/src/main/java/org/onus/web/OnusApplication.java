package org.onus.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.web.api.ApiDocs;
import org.onus.web.api.Problem;

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
                                        + "Contract changes, newest first (nothing removed or renamed): 2026-12-03, paged lists"
                                        + " (issue 14; without the new parameters every answer is unchanged): `GET"
                                        + " /api/v1/entries` adds `offset` and `sort` (filed, entry, importer, origin,"
                                        + " arrival, status; `-` descending; default newest filed first), `limit` as"
                                        + " before; `GET /api/v1/designation-list/versions`, `GET"
                                        + " /api/v1/entity-removal-requests/decisions`, `GET /api/v1/designations?status=ALL`"
                                        + " (JSON), `GET /api/v1/upr/reviews` and `GET /api/v1/inbox` add `offset` and"
                                        + " `limit`; `GET"
                                        + " /api/v1/entity-removal-requests` adds `status` and `sort` (received,"
                                        + " -received); each of these lists answers the `X-Total-Count` header. 2026-12-03,"
                                        + " `port` (the port of"
                                        + " entry, at most 100 characters) is listed as required in the body of `POST"
                                        + " /api/v1/entries`; the service has refused entries without it (400, field"
                                        + " `port`) since 2026-11-28, so this records existing behaviour. Every schema"
                                        + " now marks its required fields, and every operation its real statuses and"
                                        + " problem responses. Added the same day: the work queue `GET /api/v1/cases`"
                                        + " (filters, sort, paging) with `POST /api/v1/cases/{id}/assignment|take|"
                                        + "hand-back|step-aside`, and an organisation's optional `preferredLanguage`"
                                        + " (letters' language; `PUT /api/v1/organisations/{code}`)."
                                        + " 2026-12-02, UPR data layer: `GET|POST"
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
                        contact = @Contact(name = "The operators of this Onus portal", url = "/"),
                        license = @License(name = "Apache-2.0", identifier = "Apache-2.0")),
        servers = @Server(url = "/", description = "This portal"),
        externalDocs =
                @ExternalDocumentation(
                        description = "The portal itself: every page the API's operations stand behind",
                        url = "/"),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
            @Tag(name = "Who am I", description = "The caller as the portal sees them"),
            @Tag(
                    name = "Reference data",
                    description = "Regions and sectors, the codes everything else refers to; public reads"),
            @Tag(
                    name = "Evidence library",
                    description = "Reports, policies and data that assessments, policies and UPR recommendations cite"),
            @Tag(
                    name = "Designations",
                    description = "Regions and sectors presumed tainted, their risk assessments and the numbered list"
                            + " versions; public reads of what is in force"),
            @Tag(
                    name = "State policies",
                    description = "The state policies behind the forced labour, and whether their repeal is verified"),
            @Tag(
                    name = "Entries and screening",
                    description = "Entries filed by importers, screened against the designation list; bulk uploads"),
            @Tag(
                    name = "Detention cases",
                    description =
                            "Detained goods, the importer's rebuttal and evidence, decisions, approvals and protests"),
            @Tag(
                    name = "UPR",
                    description = "Universal Periodic Review: reviews, recommendations, submissions, follow-up"),
            @Tag(name = "Statistics", description = "Public aggregates; small cells are suppressed"),
            @Tag(
                    name = "Published decisions",
                    description = "Redacted public records of decisions on detention cases; proposal and approval"),
            @Tag(
                    name = "Submissions",
                    description = "The public submission point: information sent without an account, followed up"
                            + " with a receipt code; the regulators' triage"),
            @Tag(name = "Inbox", description = "The caller's messages from the portal"),
            @Tag(name = "Subscriptions", description = "E-mail notices the caller asked for"),
            @Tag(name = "Organisations", description = "Importer organisations known to the portal"),
            @Tag(name = "Audit", description = "The tamper-evident audit trail (auditor)"),
            @Tag(
                    name = "Retention",
                    description = "How long records are kept and the runs that removed them (admin, auditor)"),
            @Tag(name = "Health", description = "Whether the portal and what it depends on are up; public"),
            @Tag(
                    name = "Delegations",
                    description = "Importers delegate customs brokers to file entries in their name (importer,"
                            + " customs broker)"),
            @Tag(
                    name = "Mass balance",
                    description = "Conversion chains and decision tables regulators change under four eyes"),
            @Tag(
                    name = "Supply chain",
                    description = "An importer's supplier registry and versioned supply-chain maps (own organisation"
                            + " only)"),
            @Tag(
                    name = "Entity list",
                    description = "Removal requests on the entity list (filed by anyone, decided under four eyes) and"
                            + " the published decisions")
        },
        components =
                @Components(
                        responses = {
                            @APIResponse(
                                    name = ApiDocs.BAD_REQUEST,
                                    description = "Invalid input: the body does not parse, or fields are missing or"
                                            + " wrong; errors lists each one (code: the field)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.UNAUTHORIZED,
                                    description = "No valid bearer token",
                                    headers =
                                            @Header(
                                                    name = "WWW-Authenticate",
                                                    description = "Bearer realm=\"onus\"",
                                                    schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.FORBIDDEN,
                                    description =
                                            "The caller's roles, or a rule on who may act (e.g. four eyes), do not allow it",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.NOT_FOUND,
                                    description = "Nothing here, or nothing the caller may see (another organisation's"
                                            + " resource is not revealed)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.NOT_ACCEPTABLE,
                                    description = "None of the media types in Accept is offered here",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.CONFLICT,
                                    description =
                                            "Not possible in the current state; errors lists the unmet requirements"
                                                    + " or the rule (or an Idempotency-Key reused for a different request)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.TOO_MANY_REQUESTS,
                                    description = "Too many requests from this address; wait as long as Retry-After"
                                            + " says",
                                    headers =
                                            @Header(
                                                    name = "Retry-After",
                                                    description = "Seconds to wait before trying again",
                                                    schema = @Schema(type = SchemaType.INTEGER)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.PAYLOAD_TOO_LARGE,
                                    description = "The upload is larger than the server accepts; nothing stored",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocs.UNSUPPORTED_MEDIA_TYPE,
                                    description =
                                            "The body's media type (or an uploaded file's real type) is not accepted;"
                                                    + " nothing stored",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class)))
                        }))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the Keycloak realm onus, issued for the audience onus-portal")
public class OnusApplication extends Application {}
