package org.onus.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.feed.FeedService;
import org.onus.core.feed.ForeignAuthority;

/** The JSON shapes of the feed's registration and import endpoints. */
public final class FeedViews {

    private FeedViews() {}

    @Schema(name = "FeedAuthority", description = "Another authority whose signed feeds may be imported")
    public record AuthorityView(
            UUID id, String name, List<String> keyIds, String registeredBy, Instant registeredAt, Instant changedAt) {}

    @Schema(
            name = "FeedAuthorityRegistration",
            requiredProperties = {"name", "jwks"})
    public record RegisterBody(
            @Schema(description = "The authority's name, unique here")
            String name,

            @Schema(
                    description = "Its public key(s): a JWKS {\"keys\":[...]} or one JWK, as a JSON string; every key"
                            + " needs a kid")
            String jwks) {}

    @Schema(
            name = "FeedAuthorityKeys",
            requiredProperties = {"jwks"})
    public record KeysBody(
            @Schema(description = "Public key(s) to add, as a JSON string (JWKS or JWK)")
            String jwks) {}

    @Schema(
            name = "FeedImportByUrl",
            requiredProperties = {"authority", "documentUrl"})
    public record UrlImportBody(
            @Schema(description = "The registered authority's id")
            String authority,

            @Schema(description = "https address of the feed document (host on the allow-list)")
            String documentUrl,

            @Schema(description = "Address of its detached signature; default: the document's address + /signature")
            String signatureUrl) {}

    @Schema(name = "FeedImportProblem")
    public record ProblemView(String code, String message) {}

    @Schema(name = "FeedImportItem")
    public record ItemView(
            String foreignId,
            String title,

            @Schema(enumeration = {"DRAFTED", "ALREADY_IMPORTED", "REFUSED"})
            String outcome,

            @Schema(description = "The draft here (DRAFTED, ALREADY_IMPORTED)")
            UUID designationId,

            List<ProblemView> problems) {}

    @Schema(name = "FeedImport", description = "What an import did, designation by designation")
    public record ImportView(
            UUID authorityId,
            String authority,

            @Schema(description = "The kid of the registered key the signature verified with")
            String signedBy,

            int listVersion,

            @Schema(description = "The publisher as the document names itself")
            String publisher,

            long drafted,
            long alreadyImported,
            long refused,
            List<ItemView> items) {}

    static AuthorityView authority(ForeignAuthority a) {
        return new AuthorityView(a.id(), a.name(), a.keyIds(), a.registeredBy(), a.registeredAt(), a.changedAt());
    }

    static ImportView imported(FeedService.ImportResult r) {
        return new ImportView(
                r.authorityId(),
                r.authorityName(),
                r.signedBy(),
                r.listVersion(),
                r.publisher(),
                r.count(FeedService.Outcome.DRAFTED),
                r.count(FeedService.Outcome.ALREADY_IMPORTED),
                r.count(FeedService.Outcome.REFUSED),
                r.items().stream()
                        .map(i -> new ItemView(
                                i.foreignId(),
                                i.title(),
                                i.outcome().name(),
                                i.designationId(),
                                i.problems().stream()
                                        .map(p -> new ProblemView(p.code(), p.message()))
                                        .toList()))
                        .toList());
    }
}
