package org.onus.web.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.onus.core.evidence.ContentStore;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.submission.SubmissionService;
import org.onus.web.security.Uploads;

/**
 * The files attached to a public filing (a submission, a removal request), on its page or through
 * the API: the form's parts of one name, staged through {@link SubmissionService} when the filing
 * goes ahead, and on {@link #close()} every staged copy the filing did not keep discarded and the
 * container's temporary files deleted. Too many files are refused before any is read.
 */
public final class PublicAttachments implements AutoCloseable {

    private final SubmissionService service;
    private final List<Part> parts;
    private final List<SubmissionService.Incoming> staged = new ArrayList<>();

    private PublicAttachments(SubmissionService service, List<Part> parts) {
        this.service = service;
        this.parts = parts;
    }

    /**
     * The parts named {@code name} that carry a file (an empty part with no file name is a file
     * input left empty); none when the body is not a multipart form.
     */
    public static PublicAttachments of(HttpServletRequest request, String name, SubmissionService service)
            throws IOException {
        try {
            return new PublicAttachments(
                    service,
                    request.getParts().stream()
                            .filter(p -> name.equals(p.getName()))
                            .filter(p -> p.getSize() > 0
                                    || (p.getSubmittedFileName() != null
                                            && !p.getSubmittedFileName().isBlank()))
                            .toList());
        } catch (ServletException e) {
            return new PublicAttachments(service, List.of());
        }
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * Each file staged for the filing, with its declared type and name.
     *
     * @throws InvalidInputException naming {@code attachments} when there are more than {@code max}
     */
    public List<SubmissionService.Incoming> stage(int max) throws IOException {
        if (parts.size() > max) {
            throw InvalidInputException.of("attachments", "Attach at most " + max + " files");
        }
        for (Part part : parts) {
            ContentStore.Staged file;
            try (InputStream in = part.getInputStream()) {
                file = service.receive(in);
            }
            staged.add(new SubmissionService.Incoming(file, part.getContentType(), Uploads.fileName(part)));
        }
        return List.copyOf(staged);
    }

    @Override
    public void close() {
        staged.forEach(f -> service.discard(f.staged()));
        for (Part part : parts) {
            try {
                part.delete();
            } catch (IOException e) {
                // the container removes its temporary files at the end of the request anyway
            }
        }
    }
}
