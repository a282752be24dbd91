package org.onus.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onus.core.submission.SubmissionRateLimitedException;
import org.onus.web.api.Problem;
import org.onus.web.view.View;

/**
 * Too many submissions or code look-ups from one address: 429 with {@code Retry-After} in seconds;
 * the API gets a problem document, people a page in their language saying when to come back.
 */
@Provider
@ApplicationScoped
public class RateLimitedMapper implements ExceptionMapper<SubmissionRateLimitedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(SubmissionRateLimitedException limited) {
        long seconds = limited.retryAfterSeconds();
        if (Failure.isApiPath(uriInfo.getPath())) {
            return Response.fromResponse(Problem.of(429, limited.getMessage()).toResponse())
                    .header("Retry-After", seconds)
                    .build();
        }
        return Response.status(429)
                .header("Retry-After", seconds)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(View.of("submissions/limited").with("minutes", Math.max(1, (seconds + 59) / 60)))
                .build();
    }
}
