package org.onus.web.http;

import java.util.UUID;
import org.onus.core.problem.NotFoundException;

/**
 * Ids taken from a path. An id that is not even a UUID names nothing, so it is 404 like any other
 * unknown id, never a 400 or 500 that would tell a caller more than "not found".
 */
public final class PathIds {

    private PathIds() {}

    /** @param what the kind of thing, for the log and the problem's detail ("Entry") */
    public static UUID uuid(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what + " " + raw);
        }
    }
}
