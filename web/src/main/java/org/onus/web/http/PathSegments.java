package org.onus.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A name (a State: "United Kingdom", "Côte d'Ivoire") as one segment of a URL path. */
public final class PathSegments {

    private PathSegments() {}

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
