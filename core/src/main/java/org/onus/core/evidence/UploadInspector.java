package org.onus.core.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.onus.core.evidence.UploadRejectedException.Reason;

/**
 * Decides whether a received file may be kept, from what it really is (Apache Tika reads the
 * content) rather than what the sender says: only document, image and plain data formats; no
 * archives, no programs; the declared type and the file name must agree with the content; office
 * documents (which are zip files inside) must not expand beyond a bound.
 */
public final class UploadInspector {

    /** What was accepted: the real type, and a file name safe to store and to send back. */
    public record Accepted(String mediaType, String fileName, String label) {}

    /** Types Onus keeps, with the words people know them by. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/gif", "GIF image"),
            Map.entry("image/tiff", "TIFF image"),
            Map.entry("image/webp", "WebP image"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint presentation"),
            Map.entry("application/x-tika-ooxml", "Office document"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
            Map.entry("application/msword", "Word 97-2003 document"),
            Map.entry("application/vnd.ms-excel", "Excel 97-2003 workbook"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint 97-2003 presentation"),
            Map.entry("application/x-tika-msoffice", "Office 97-2003 document"),
            Map.entry("text/plain", "plain text"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/json", "JSON"),
            Map.entry("application/xml", "XML"),
            Map.entry("text/xml", "XML"));

    static final String ACCEPTED_LIST = "PDF, images (PNG, JPEG, GIF, TIFF, WebP), Word, Excel, PowerPoint and"
            + " OpenDocument files, plain text, CSV, JSON and XML";

    private static final Set<String> ARCHIVES = Set.of(
            "application/zip",
            "application/x-7z-compressed",
            "application/x-rar-compressed",
            "application/vnd.rar",
            "application/x-tar",
            "application/gzip",
            "application/x-gzip",
            "application/x-bzip2",
            "application/x-xz",
            "application/x-compress",
            "application/java-archive",
            "application/x-lzma",
            "application/zstd");

    private static final Set<String> PROGRAMS = Set.of(
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-executable",
            "application/x-elf",
            "application/x-sharedlib",
            "application/x-mach-o-executable",
            "application/x-sh",
            "text/x-sh",
            "application/x-bat",
            "application/x-msi",
            "application/vnd.microsoft.portable-executable",
            "application/java-vm",
            "application/x-java",
            "text/javascript",
            "application/javascript",
            "text/x-python");

    private static final Set<String> ZIP_CONTAINERS = Set.of(
            "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private static final int MAX_ENTRIES = 10_000;

    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final long maxExpandedBytes;

    /** @param maxExpandedBytes how far an office document may expand when its parts are read */
    public UploadInspector(long maxExpandedBytes) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.maxExpandedBytes = maxExpandedBytes;
    }

    public Accepted inspect(ContentStore.Staged file, String declaredType, String originalName) throws IOException {
        if (file.size() == 0) {
            throw new UploadRejectedException(Reason.EMPTY, "The file is empty");
        }
        String name = safeName(originalName);
        MediaType content = detect(file, name);
        String type = content.getBaseType().toString();
        if (ARCHIVES.contains(type)) {
            throw new UploadRejectedException(
                    Reason.ARCHIVE,
                    "Archives (" + type + ") are not accepted: upload the documents inside it one by one");
        }
        if (PROGRAMS.contains(type) || registry.isInstanceOf(content, MediaType.parse("application/x-executable"))) {
            throw new UploadRejectedException(
                    Reason.EXECUTABLE,
                    "This file is a program or script (" + type + "), not a document; it is not accepted");
        }
        if (!ALLOWED.containsKey(type)) {
            throw new UploadRejectedException(
                    Reason.NOT_ALLOWED, "Files of type " + type + " are not accepted. Onus accepts " + ACCEPTED_LIST);
        }
        MediaType declared = parseDeclared(declaredType);
        if (declared != null && !compatible(declared, content)) {
            throw new UploadRejectedException(
                    Reason.TYPE_MISMATCH,
                    "The file was sent as " + declared.getBaseType() + " but its content is " + describe(type) + " ("
                            + type + ")");
        }
        MediaType byName = typeOfName(name);
        if (byName != null && !compatible(byName, content)) {
            throw new UploadRejectedException(
                    Reason.TYPE_MISMATCH,
                    "The file name \"" + name + "\" says " + byName.getBaseType() + " but its content is "
                            + describe(type) + " (" + type + ")");
        }
        if (ZIP_CONTAINERS.contains(type)) {
            checkExpansion(file);
        }
        return new Accepted(type, name, describe(type));
    }

    /** A file name safe to keep and to send back in a Content-Disposition header: {@link FileName}. */
    static String safeName(String original) {
        return FileName.of(original);
    }

    private MediaType detect(ContentStore.Staged file, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file.file())) {
            return detector.detect(in, metadata);
        }
    }

    private MediaType typeOfName(String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type = detector.detect(null, metadata);
        return MediaType.OCTET_STREAM.equals(type) ? null : type;
    }

    private static MediaType parseDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parse(declared.strip().toLowerCase(Locale.ROOT));
        return type == null || MediaType.OCTET_STREAM.equals(type.getBaseType()) ? null : type.getBaseType();
    }

    /** Same type, one a kind of the other, or both plain text of some kind. */
    private boolean compatible(MediaType claimed, MediaType content) {
        MediaType a = claimed.getBaseType();
        MediaType b = content.getBaseType();
        if (a.equals(b) || registry.isInstanceOf(b, a) || registry.isInstanceOf(a, b)) {
            return true;
        }
        boolean textA =
                registry.isInstanceOf(a, MediaType.TEXT_PLAIN) || a.getType().equals("text");
        boolean textB = registry.isInstanceOf(b, MediaType.TEXT_PLAIN)
                || b.getType().equals("text")
                || b.toString().equals("application/json")
                || b.toString().equals("application/xml");
        return textA && textB;
    }

    /** Reads every part of an office document, counting, and stops at the bound. */
    private void checkExpansion(ContentStore.Staged file) throws IOException {
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file.file()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw expandsTooMuch("it has more than " + MAX_ENTRIES + " parts");
                }
                int read;
                while ((read = zip.read(buffer)) != -1) {
                    expanded += read;
                    if (expanded > maxExpandedBytes) {
                        throw expandsTooMuch("it expands to more than " + ContentStore.describe(maxExpandedBytes));
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new UploadRejectedException(
                    Reason.NOT_ALLOWED, "The document is damaged and cannot be read: " + e.getMessage());
        }
    }

    private static UploadRejectedException expandsTooMuch(String why) {
        return new UploadRejectedException(
                Reason.EXPANDS_TOO_MUCH, "The document is refused because " + why + ", the shape of a zip bomb");
    }

    static String describe(String type) {
        return ALLOWED.getOrDefault(type, type);
    }

    /** The content types and words, for forms and the OpenAPI description. */
    public static String acceptedTypes() {
        return ACCEPTED_LIST;
    }
}
