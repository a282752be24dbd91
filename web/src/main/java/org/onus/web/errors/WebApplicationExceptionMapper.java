package org.onus.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onus.web.api.Problem;
import org.onus.web.security.CsrfFilter;

/** HTTP-level refusals (401, 403, 404, 405, 415, ...) from JAX-RS or from our own filters. */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original != null && original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original == null ? 500 : original.getStatus();
        boolean api = Failure.isApiPath(uriInfo.getPath());
        if (status == 401 && !api) {
            // A page that needs a signed-in person: sign in, then come back here.
            String here = uriInfo.getRequestUri().getRawPath()
                    + (uriInfo.getRequestUri().getRawQuery() == null
                            ? ""
                            : "?" + uriInfo.getRequestUri().getRawQuery());
            return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/login")
                            .queryParam("next", here)
                            .build())
                    .build();
        }
        Failure failure = Failure.of(status);
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Reference " + failure.reference() + ": " + uriInfo.getPath(), exception);
        }
        if (exception instanceof ForbiddenException && CsrfFilter.CsrfRejected.MESSAGE.equals(exception.getMessage())) {
            failure = failure.explainedBy("error.csrf.message", "The form has expired; reload the page and try again.");
        }
        Response response = ErrorRendering.response(failure, api);
        if (status == 405 && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", original.getHeaderString("Allow"))
                    .build();
        }
        return response;
    }
}
