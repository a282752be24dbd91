package org.onus.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Files stored once, under their SHA-256: {@code ab/cd/abcd…}. An upload is first streamed into a
 * staging file (hashing and counting as it goes, refused as soon as it is too large), then either
 * kept (moved into place, unless the same bytes are there already) or discarded.
 */
public final class ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path staging;

    public ContentStore(Path root) {
        this.root = root.toAbsolutePath();
        this.staging = this.root.resolve("staging");
    }

    /** A received file not yet kept. */
    public record Staged(Path file, String sha256, long size) {}

    /**
     * Streams the content to a staging file.
     *
     * @throws UploadRejectedException (TOO_LARGE) as soon as more than {@code maxBytes} arrive; the
     *     partial file is deleted
     */
    public Staged stage(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(staging);
        Path file = Files.createTempFile(staging, "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(content, digest);
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new UploadRejectedException(
                            UploadRejectedException.Reason.TOO_LARGE,
                            "The file is larger than " + describe(maxBytes) + ", the most Onus accepts");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Staged(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Keeps staged content under its hash.
     *
     * @return true if these bytes were not stored before (so a rollback may remove them again)
     */
    public boolean keep(Staged staged) throws IOException {
        Path target = path(staged.sha256());
        if (Files.exists(target)) {
            Files.deleteIfExists(staged.file());
            return false;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(staged.file(), target);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(staged.file());
                return false;
            }
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(staged.file());
            return false;
        }
        return true;
    }

    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            // a staging file left behind is removed with the next clean-up of the staging folder
        }
    }

    /** Removes stored content (only ever content this transaction added and is rolling back). */
    public void remove(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    public boolean contains(String sha256) {
        return Files.exists(path(sha256));
    }

    /**
     * Opens stored content after checking that it still hashes to its name.
     *
     * @throws IOException if the content is missing or no longer matches its hash
     */
    public InputStream openVerified(String sha256) throws IOException {
        Path file = path(sha256);
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new IOException("Stored content " + sha256 + " is corrupt: it now hashes to " + actual);
        }
        return Files.newInputStream(file);
    }

    public Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    public Path root() {
        return root;
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes / 1024) + " KiB";
        }
        return bytes + " bytes";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
