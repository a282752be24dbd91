package org.onus.web.api;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.onus.core.problem.InvalidInputException;

/** Reads the files of a feed import (the API's and the page's), at most 5 MiB each. */
public final class FeedUploads {

    static final long MAX_UPLOAD = 5L * 1024 * 1024;

    private FeedUploads() {}

    /** The part's bytes, or null when it is missing or empty. */
    public static byte[] read(Part part, String field) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_UPLOAD + 1);
            if (bytes.length > MAX_UPLOAD) {
                throw InvalidInputException.of(field, "The file is larger than 5 MiB");
            }
            return bytes;
        } finally {
            part.delete();
        }
    }
}
