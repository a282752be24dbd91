package org.onus.web.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.RuleViolation;
import org.onus.web.api.Problem;

/**
 * Refusals by the domain rules: 400 with the field errors, 403, 404, or 409 with what is missing.
 * The API gets a problem document whose {@code errors} list every problem; pages get an error page
 * that says the same in words (forms catch invalid input themselves to show it beside the fields).
 */
@Provider
@ApplicationScoped
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RuleViolation violation) {
        int status = statusOf(violation);
        String detail = violation instanceof NotFoundException ? Failure.of(404).detail() : violation.getMessage();
        List<Problem.Entry> errors = violation.problems().stream()
                .map(p -> new Problem.Entry(p.code(), p.message()))
                .toList();
        if (Failure.isApiPath(uriInfo.getPath())) {
            return Problem.of(status, detail).withErrors(errors).toResponse();
        }
        Failure failure = Failure.of(status);
        if (violation instanceof UploadRejectedException) {
            // The page that sent the upload is not this one: say what was wrong and how to go back.
            return Response.status(status)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorRendering.page(failure).with("detail", violation.getMessage()))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorRendering.page(failure)
                        .with("detail", violation instanceof NotFoundException ? null : violation.getMessage())
                        .with("problems", errors))
                .build();
    }

    /** The HTTP status a refusal stands for: pages that re-render a form answer with the same one. */
    public static int statusOf(RuleViolation violation) {
        if (violation instanceof UploadRejectedException rejected) {
            return rejected.reason().status();
        }
        if (violation instanceof InvalidInputException) {
            return 400;
        }
        if (violation instanceof ForbiddenActionException) {
            return 403;
        }
        if (violation instanceof NotFoundException) {
            return 404;
        }
        if (violation instanceof ConflictException) {
            return 409;
        }
        return 400;
    }
}
