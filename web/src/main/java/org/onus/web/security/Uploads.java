package org.onus.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onus.core.problem.InvalidInputException;

/**
 * Reading multipart uploads through the Servlet part API, for every upload path. A body that cannot
 * be parsed (a line break inside the file name, a broken boundary) is the sender's mistake: 400 on
 * the field {@code file}, never a 500. File names are decoded as UTF-8 (RFC 7578: browsers send the
 * name's UTF-8 bytes as they are; {@link MultipartSupport} makes that the request encoding), and an
 * RFC 5987 {@code filename*=UTF-8''...} is decoded and preferred when a client sends one. What the
 * name may contain is decided in one place, {@link org.onus.core.evidence.FileName}.
 */
public final class Uploads {

    static final String MALFORMED =
            "The upload could not be read: the multipart form is malformed (for example a line break in the file name)";

    private static final Pattern EXTENDED =
            Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';\\s]*)'[^']*'([^;\\s]*)");

    private Uploads() {}

    /** The part, or null when the form has none of that name; 400 when the body is not a multipart form. */
    public static Part part(HttpServletRequest request, String name) {
        try {
            return request.getPart(name);
        } catch (ServletException e) {
            throw InvalidInputException.of("file", "Send the upload as multipart/form-data");
        } catch (IOException e) {
            throw malformed();
        } catch (RuntimeException e) {
            throw malformedOr(e);
        }
    }

    /** A form parameter, read through the servlet API; 400 when the body cannot be parsed. */
    public static String parameter(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            throw malformedOr(e);
        }
    }

    /** The file name as the person's computer called it (decoded, not yet checked), or null. */
    public static String fileName(Part part) {
        if (part == null) {
            return null;
        }
        String disposition = part.getHeader("Content-Disposition");
        if (disposition != null && !quotesBalanced(disposition)) {
            // A line break inside the quoted name ended the header early: the rest became another header.
            throw malformed();
        }
        if (disposition != null) {
            Matcher extended = EXTENDED.matcher(disposition);
            if (extended.find()) {
                String decoded = percentDecode(extended.group(2), charset(extended.group(1)));
                if (decoded != null) {
                    return decoded;
                }
            }
        }
        return part.getSubmittedFileName();
    }

    /** Every quoted string closed (a backslash escapes the next character inside one). */
    static boolean quotesBalanced(String header) {
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        return !quoted;
    }

    /** RFC 5987 value-chars: %XX escapes of the charset's bytes; null when malformed. */
    static String percentDecode(String value, Charset charset) {
        if (charset == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    return null;
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(charset);
    }

    private static Charset charset(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            default -> null;
        };
    }

    /**
     * Undertow wraps the parser's IOException (a malformed body) in a bare RuntimeException; every
     * other failure (too large, for one) keeps its own meaning.
     */
    private static RuntimeException malformedOr(RuntimeException e) {
        if (e.getClass() == RuntimeException.class && e.getCause() instanceof IOException) {
            return malformed();
        }
        return e;
    }

    private static InvalidInputException malformed() {
        return InvalidInputException.of("file", MALFORMED);
    }
}
