package org.onus.core.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.onus.core.evidence.UploadRejectedException;

/**
 * Uploaded bulk files on disk while their job runs: streamed in with a size limit, never held in
 * memory, and read twice (checked, then filed).
 */
@ApplicationScoped
public class BulkFiles {

    @Inject
    BulkSettings settings;

    /** A received file, not yet given to a job. */
    public record Staged(Path path, String sha256, long bytes) {}

    public Staged stage(InputStream in) throws IOException {
        Files.createDirectories(settings.directory());
        Path part = Files.createTempFile(settings.directory(), "upload-", ".part");
        MessageDigest sha = sha256();
        long max = settings.maxBytes();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                size += n;
                if (size > max) {
                    throw tooLarge(max);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (size == 0) {
            Files.deleteIfExists(part);
            throw new UploadRejectedException(
                    UploadRejectedException.Reason.EMPTY,
                    "The file is empty: send a CSV file whose first line is the header " + BulkCsv.header());
        }
        return new Staged(part, HexFormat.of().formatHex(sha.digest()), size);
    }

    /** The staged file becomes the job's, under the job's id. */
    public Path claim(Staged staged, UUID jobId) throws IOException {
        return Files.move(
                staged.path(), settings.directory().resolve(jobId + ".csv"), StandardCopyOption.REPLACE_EXISTING);
    }

    public BufferedReader open(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Removed at the next start at the latest (BulkJobRecovery).
        }
    }

    public static UploadRejectedException tooLarge(long max) {
        return new UploadRejectedException(
                UploadRejectedException.Reason.TOO_LARGE,
                "The file is larger than " + (max / (1024 * 1024))
                        + " MiB, the most a bulk upload accepts; split it into smaller files");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
