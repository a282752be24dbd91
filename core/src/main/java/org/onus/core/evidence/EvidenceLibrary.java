package org.onus.core.evidence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;

/**
 * Adding to the library, finding in it, and reading files from it, with the access rules applied
 * here: an item the actor may not see does not exist for them.
 */
@Stateless
public class EvidenceLibrary {

    static final String ENTITY = "EvidenceItem";
    private static final Logger LOG = Logger.getLogger(EvidenceLibrary.class.getName());

    @Inject
    EvidenceRepository items;

    @Inject
    EvidenceSearch search;

    @Inject
    ContentStore store;

    @Inject
    UploadInspector inspector;

    @Inject
    EvidenceSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A file ready to be sent, already checked against its hash. */
    public record Download(EvidenceItem item, InputStream content) {}

    /**
     * Streams a received file to staging, refusing it as soon as it passes the size limit. Hand
     * the result to {@link #upload}, or to {@link #discard} if it is not uploaded after all.
     *
     * @throws UploadRejectedException (TOO_LARGE) with nothing left behind
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ContentStore.Staged receive(InputStream content) throws IOException {
        return store.stage(content, settings.maxBytes());
    }

    /** Removes a received file that was not uploaded; harmless after {@link #upload}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void discard(ContentStore.Staged staged) {
        store.discard(staged);
    }

    /**
     * Keeps an uploaded file and its description. The staged file is either kept or discarded:
     * after a refusal (of the description or of the file) nothing is left behind.
     */
    public EvidenceItem upload(
            Actor actor,
            EvidenceItem.Description description,
            ContentStore.Staged staged,
            String declaredType,
            String fileName) {
        try {
            requireContributor(actor);
            EvidenceItem.check(description);
            UploadInspector.Accepted accepted = inspector.inspect(staged, declaredType, fileName);
            EvidenceItem item = EvidenceItem.uploaded(
                    description, accepted, staged.sha256(), staged.size(), actor, clock.instant());
            if (store.keep(staged)) {
                removeIfRolledBack(staged.sha256());
            }
            items.store(item);
            audit.record(actor, "evidence.uploaded", ENTITY, item.id().toString(), Snapshot.NONE, item.snapshot());
            return item;
        } catch (IOException e) {
            throw new EJBException("Could not store the upload", e);
        } finally {
            store.discard(staged);
        }
    }

    /**
     * Inspects a received file and keeps it for another part of the portal (a case's evidence),
     * with the same checks as library uploads; the file goes again if the caller's transaction
     * rolls back.
     *
     * @throws UploadRejectedException with nothing kept
     */
    public UploadInspector.Accepted keep(ContentStore.Staged staged, String declaredType, String fileName) {
        try {
            UploadInspector.Accepted accepted = inspector.inspect(staged, declaredType, fileName);
            if (store.keep(staged)) {
                removeIfRolledBack(staged.sha256());
            }
            return accepted;
        } catch (IOException e) {
            throw new EJBException("Could not store the upload", e);
        } finally {
            store.discard(staged);
        }
    }

    /** Opens a kept file by its digest after checking its integrity (for a case's evidence). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InputStream open(String sha256) {
        try {
            return store.openVerified(sha256);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Stored file " + sha256 + " is missing or damaged", e);
            throw new EJBException("A stored file failed its integrity check", e);
        }
    }

    /**
     * An item for a file the portal already keeps (a public submission's attachment, inspected when
     * it arrived): the library refers to the same stored bytes.
     */
    public EvidenceItem adopt(
            Actor actor,
            EvidenceItem.Description description,
            UploadInspector.Accepted file,
            String sha256,
            long size) {
        requireContributor(actor);
        if (!store.contains(sha256)) {
            throw new NotFoundException("The stored file " + sha256);
        }
        EvidenceItem item = EvidenceItem.uploaded(description, file, sha256, size, actor, clock.instant());
        items.store(item);
        audit.record(actor, "evidence.uploaded", ENTITY, item.id().toString(), Snapshot.NONE, item.snapshot());
        return item;
    }

    /** A record of a document Onus does not hold a copy of. */
    public EvidenceItem record(Actor actor, EvidenceItem.Description description) {
        requireContributor(actor);
        EvidenceItem item = EvidenceItem.recorded(description, actor, clock.instant());
        items.store(item);
        audit.record(actor, "evidence.recorded", ENTITY, item.id().toString(), Snapshot.NONE, item.snapshot());
        return item;
    }

    /** @throws NotFoundException also when the item exists but the actor may not see it */
    public EvidenceItem find(Actor actor, UUID id) {
        return items.find(id)
                .filter(i -> i.visibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Evidence " + id));
    }

    /**
     * An item that a policy, designation or recommendation cites, to list it there; null ids and
     * unknown ids give nothing. Whether the reader may open it is for the caller to ask the item.
     */
    public Optional<EvidenceItem> cited(UUID id) {
        return id == null ? Optional.empty() : items.find(id);
    }

    public EvidencePage search(Actor actor, EvidenceCriteria criteria) {
        return search.search(criteria, AccessClass.visibleClasses(actor));
    }

    /**
     * Opens an item's file after checking its integrity. Reading restricted evidence is itself
     * recorded in the audit trail.
     */
    public Download download(Actor actor, UUID id) {
        EvidenceItem item = find(actor, id);
        if (!item.hasFile()) {
            throw new NotFoundException("A file for evidence " + id);
        }
        InputStream content;
        try {
            content = store.openVerified(item.sha256());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Evidence " + id + ": stored file " + item.sha256() + " is missing or damaged", e);
            throw new EJBException("The stored file of evidence " + id + " failed its integrity check", e);
        }
        if (item.accessClass() == AccessClass.RESTRICTED) {
            audit.record(
                    actor,
                    "evidence.downloaded",
                    ENTITY,
                    item.id().toString(),
                    Snapshot.NONE,
                    Snapshot.of("accessClass", item.accessClass()).and("sha256", item.sha256()));
        }
        return new Download(item, content);
    }

    private static void requireContributor(Actor actor) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.UPR_DRAFTER)) {
            throw new ForbiddenActionException("Only regulators and UPR drafters add to the evidence library");
        }
    }

    /** A file this transaction added goes again if the transaction does not commit. */
    private void removeIfRolledBack(String sha256) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.remove(sha256);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not remove " + sha256 + " after a rollback", e);
                    }
                }
            }
        });
    }
}
