package org.onus.web.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: logged in full under a reference, answered with that reference and nothing of
 * the exception itself.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        boolean api = Failure.isApiPath(uriInfo.getPath());
        Throwable cause = unwrap(exception);
        if (cause instanceof EJBAccessException) {
            return ErrorRendering.response(Failure.of(403), api);
        }
        if (isUnreadableBody(exception)) {
            return ErrorRendering.response(
                    Failure.of(400)
                            .explainedBy(
                                    "error.400.message",
                                    "The request body could not be read as JSON of the expected shape; check its syntax and field types."),
                    api);
        }
        if (cause instanceof WebApplicationException wae) {
            WebApplicationExceptionMapper delegate = new WebApplicationExceptionMapper();
            delegate.uriInfo = uriInfo;
            return delegate.toResponse(wae);
        }
        Failure failure = Failure.serverError(500);
        LOG.log(
                Level.SEVERE,
                "Reference " + failure.reference() + ": unexpected failure on " + uriInfo.getPath(),
                exception);
        return ErrorRendering.response(failure, api);
    }

    /** JSON that does not parse, or does not fit the expected shape. */
    static boolean isUnreadableBody(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.json.")
                    || t instanceof jakarta.ws.rs.ProcessingException
                    || name.equals("org.eclipse.yasson.internal.model.customization.JsonbException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while (current instanceof EJBException
                && !(current instanceof EJBAccessException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
