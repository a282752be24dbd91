package org.onus.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field errors or unmet requirements and is
 * left out when there are none.
 */
public record Problem(String type, String title, int status, String detail, List<Entry> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One field error or unmet requirement. */
    public record Entry(String code, String message) {}

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
