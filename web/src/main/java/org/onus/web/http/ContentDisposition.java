package org.onus.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An attachment header every browser reads correctly, whatever characters the file name has. */
public final class ContentDisposition {

    private ContentDisposition() {}

    /**
     * A document's title made into a name every file system accepts: the characters that some refuse
     * ({@code / \ : * ? " < > |} and control characters) become dashes.
     */
    public static String savable(String title) {
        return title.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-").strip();
    }

    public static String attachment(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
