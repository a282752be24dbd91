package org.onus.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance every request body and response goes through.
 *
 * <p>Without a {@code ContextResolver<Jsonb>}, RESTEasy's JSON-B provider builds a new {@code Jsonb}
 * for every body it reads or writes, and Yasson keeps what it learns about a class per instance:
 * every request paid for building one and for introspecting its classes again. That was a quarter
 * of the portal's CPU in the lifecycle benchmark (docs/BENCHMARKS.md, "Lifecycle"). A {@code Jsonb}
 * is thread-safe and holds no request state, so one instance serves all; its configuration is the
 * default one RESTEasy used, so no document changes shape.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb SHARED = JsonbBuilder.create();

    /** For code that parses or writes JSON outside a JAX-RS body (multipart parts, stored answers). */
    public static Jsonb shared() {
        return SHARED;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return SHARED;
    }
}
