package org.onus.core.supplychain;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.onus.core.detention.CaseEvidence;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.identity.Actor;

/**
 * A document kept once in the importer's supplier registry, offered again as evidence on one of
 * its detention cases without uploading it a second time. A copy is staged from the stored file
 * (its SHA-256 checked on the way) and goes through exactly the path of an upload: the case's
 * rules, the file's inspection and the admissibility table. The registry keeps its own document.
 */
@Stateless
public class RegistryEvidence {

    @Inject
    SupplierRegistry registry;

    @Inject
    EvidenceLibrary files;

    @Inject
    DetentionCaseService cases;

    /** A registry document as a case's upload form offers it. */
    public record Choice(UUID supplierId, String supplier, UUID documentId, String title, String fileName) {}

    /** The importer's registry documents, supplier by supplier, to choose from on a case. */
    public List<Choice> choices(Actor importer) {
        return registry.list(importer).stream()
                .flatMap(s -> s.documents().stream()
                        .map(d -> new Choice(s.id(), s.legalName(), d.id(), d.title(), d.fileName())))
                .toList();
    }

    /**
     * Offers the document as evidence on the case; another organisation's document or case is 404.
     *
     * @see DetentionCaseService#offerEvidence
     */
    public CaseEvidence offer(
            Actor importer,
            UUID caseId,
            UUID supplierId,
            UUID documentId,
            String type,
            String requirement,
            String description) {
        SupplierRegistry.Download kept = registry.download(importer, supplierId, documentId);
        ContentStore.Staged staged;
        try (InputStream in = kept.content()) {
            staged = files.receive(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The registry document could not be read", e);
        }
        try {
            return cases.offerEvidence(
                    importer,
                    caseId,
                    type,
                    requirement,
                    description,
                    staged,
                    kept.document().mediaType(),
                    kept.document().fileName());
        } finally {
            files.discard(staged);
        }
    }
}
