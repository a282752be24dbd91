package org.onus.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code errors} lists field errors or unmet requirements and is
 * left out when there are none.
 */
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem document, media type application/problem+json",
        requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(
                description = "A URI naming the kind of problem; about:blank when the status says it all",
                example = "about:blank")
        String type,

        @Schema(description = "The status's reason phrase", example = "Conflict")
        String title,

        @Schema(description = "The HTTP status", example = "409")
        int status,

        @Schema(description = "What went wrong and what to do, in plain words")
        String detail,

        @Schema(description = "Each field error or unmet requirement; absent when there are none")
        List<Entry> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One field error or unmet requirement. */
    @Schema(
            name = "ProblemEntry",
            requiredProperties = {"code", "message"})
    public record Entry(
            @Schema(
                    description = "The field (e.g. inputs[0].regionCode) or the unmet requirement or rule",
                    example = "regionCode")
            String code,

            @Schema(description = "What is wrong or missing")
            String message) {}

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known != null ? known.getReasonPhrase() : "Error", status, detail, null);
    }

    public Problem withErrors(List<Entry> entries) {
        return new Problem(
                type, title, status, detail, entries == null || entries.isEmpty() ? null : List.copyOf(entries));
    }

    public Response toResponse() {
        Response.ResponseBuilder builder = Response.status(status).type(MEDIA).entity(this);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"onus\"");
        }
        return builder.build();
    }
}
