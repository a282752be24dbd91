package org.onus.core.evidence;

import java.util.regex.Pattern;
import org.onus.core.evidence.UploadRejectedException.Reason;

/**
 * The name a person gave the file they upload, fit to keep, to show and to send back in a
 * Content-Disposition header. The one rule for every upload (evidence, case evidence, bulk
 * entries, UPR record imports). Refused outright, with a 400 naming the field {@code file}:
 * a path, control characters (C0, DEL, C1) and the invisible bidirectional controls
 * (U+200E/U+200F marks, U+061C, the U+202A–U+202E embeddings and overrides, the U+2066–U+2069
 * isolates) that make {@code invoice‮fdp.exe} look like {@code invoiceexe.pdf}. Joiners
 * (U+200C, U+200D) are part of how Persian, Indic scripts and emoji are written and stay allowed.
 * Awkward punctuation is replaced, white space collapsed, leading dots dropped and the length
 * limited, keeping the extension.
 */
public final class FileName {

    /** In characters. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F]");
    private static final Pattern BIDI = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern AWKWARD = Pattern.compile("[<>:\"|?*]");

    private FileName() {}

    /** The name to keep; "document" when none was given. */
    public static String of(String raw) {
        String name = optional(raw);
        return name == null ? "document" : name;
    }

    /** As {@link #of}, but null when no name was given (an upload sent without a file name). */
    public static String optional(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (CONTROL.matcher(raw).find()) {
            throw refused("The file name contains control characters (such as line breaks or tabs); rename the file");
        }
        if (BIDI.matcher(raw).find()) {
            throw refused("The file name contains invisible characters that change the direction of the text"
                    + " and can disguise its type; rename the file");
        }
        String name = raw.strip();
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw refused("The file name \"" + name + "\" contains a path; send the file under its own name only");
        }
        name = AWKWARD.matcher(name).replaceAll("_").replaceAll("\\s+", " ");
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int end = MAX_LENGTH - extension.length();
            // Never cut a surrogate pair in half.
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end) + extension;
        }
        return name.isBlank() ? null : name;
    }

    private static UploadRejectedException refused(String why) {
        return new UploadRejectedException(Reason.BAD_FILE_NAME, why);
    }
}
