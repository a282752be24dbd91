package org.onus.core.submission;

import jakarta.annotation.Resource;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.DesignationService;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.SectorService;

/**
 * The public submission point: anyone submits and follows up with the receipt code; regulators
 * triage (auditors read). Rate limits per address hash apply to submissions and to every look-up
 * by code, here, so no caller can skip them.
 */
@Stateless
public class SubmissionService {

    static final String ENTITY = "Submission";
    private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

    /** Who the audit trail names for what a submitter does: nobody in particular. */
    static final Actor SUBMITTER = Actor.of("public-submitter", "Public submitter", Set.of(), null);

    @Inject
    SubmissionRepository submissions;

    @Inject
    SubmissionLimits limits;

    @Inject
    SubmissionSettings settings;

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    @Inject
    EvidenceLibrary evidence;

    @Inject
    ContentStore store;

    @Inject
    DesignationService designations;

    @Inject
    PolicyRegistry policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A file received from the submitter, staged, with what the sender said it is. */
    public record Incoming(ContentStore.Staged staged, String declaredType, String fileName) {}

    /** The new submission and its receipt code, shown once and never stored. */
    public record Receipt(Submission submission, String code) {}

    public record SubmissionPage(List<Submission> items, long total) {}

    /** What {@link #purgeClosedBefore} removed. */
    public record Purge(List<UUID> submissions, List<String> files) {}

    // --- the submitter -----------------------------------------------------------------------------

    /**
     * Streams a received attachment to staging, refused as soon as it passes the size limit (413).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ContentStore.Staged receive(InputStream content) throws IOException {
        return store.stage(content, settings.maxAttachmentBytes());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void discard(ContentStore.Staged staged) {
        store.discard(staged);
    }

    /**
     * Keeps a submission from the public.
     *
     * @param clientAddress the sender's address: only its hash under today's salt is kept, for a day
     * @throws SubmissionRateLimitedException when this address sent too many
     * @throws InvalidInputException naming each wrong field; nothing is kept
     */
    public Receipt submit(String clientAddress, Submission.Description description, List<Incoming> files) {
        String addressHash = limits.takeSubmission(clientAddress);
        if (files.size() > settings.maxAttachments()) {
            throw InvalidInputException.of(
                    "attachments", "Attach at most " + settings.maxAttachments() + " files to one submission");
        }
        Submission.References references = references();
        Submission.check(description, references);
        List<Submission.File> kept = new ArrayList<>();
        for (Incoming file : files) {
            UploadInspector.Accepted accepted = evidence.keep(file.staged(), file.declaredType(), file.fileName());
            kept.add(new Submission.File(
                    file.staged().sha256(),
                    accepted.fileName(),
                    accepted.mediaType(),
                    file.staged().size()));
        }
        ReceiptCode code = ReceiptCode.random();
        Submission submission = Submission.receive(description, references, kept, code, addressHash, clock.instant());
        submissions.store(submission);
        audit.record(
                SUBMITTER,
                "submission.received",
                ENTITY,
                submission.id().toString(),
                Snapshot.NONE,
                submission.snapshot());
        return new Receipt(submission, code.grouped());
    }

    /**
     * The submission behind a receipt code, for its submitter.
     *
     * @throws NotFoundException for a code that is not one (the same answer whether malformed or unknown)
     */
    public Submission byReceipt(String clientAddress, String receiptCode) {
        limits.takeLookup(clientAddress);
        return find(receiptCode);
    }

    /** The submitter answers a regulator's question. */
    public Submission answer(String clientAddress, String receiptCode, String questionId, String text) {
        limits.takeLookup(clientAddress);
        Submission submission = find(receiptCode);
        UUID question = uuid("questionId", questionId);
        Snapshot before = submission.snapshot();
        submission.answer(question, text, clock.instant());
        audit.record(
                SUBMITTER,
                "submission.answered",
                ENTITY,
                submission.id().toString(),
                before,
                submission.snapshot().and("questionId", question.toString()));
        return submission;
    }

    private Submission find(String receiptCode) {
        return ReceiptCode.read(receiptCode)
                .flatMap(code -> submissions.findByReceipt(code.hash()))
                .orElseThrow(() -> new NotFoundException("A submission with this receipt code"));
    }

    // --- regulators and auditors -------------------------------------------------------------------

    public SubmissionPage list(Actor actor, String status, int offset, int limit) {
        requireReader(actor);
        SubmissionStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = SubmissionStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", e.getMessage());
            }
        }
        if (offset < 0 || limit < 1 || limit > 200) {
            throw InvalidInputException.of("limit", "Give offset ≥ 0 and a limit between 1 and 200");
        }
        return new SubmissionPage(submissions.page(filter, offset, limit), submissions.count(filter));
    }

    public Submission get(Actor actor, UUID id) {
        requireReader(actor);
        return submissions.find(id).orElseThrow(() -> new NotFoundException("Submission " + id));
    }

    /** The submitter's contact is for regulators only (never auditors, never anyone else). */
    public static boolean mayReadContact(Actor actor) {
        return actor.has(Role.REGULATOR);
    }

    public static boolean mayTriage(Actor actor) {
        return actor.has(Role.REGULATOR);
    }

    public Submission ask(Actor actor, UUID id, String question) {
        Submission submission = triage(actor, id);
        Snapshot before = submission.snapshot();
        SubmissionQuestion asked = submission.ask(question, actor.username(), clock.instant());
        audit.record(
                actor,
                "submission.question-asked",
                ENTITY,
                id.toString(),
                before,
                submission.snapshot().and("questionId", asked.id().toString()));
        return submission;
    }

    /**
     * Takes the submission into the evidence library: one restricted item per attachment (the same
     * stored file), or one record of the account when nothing was attached. The contact never goes
     * with it.
     */
    public Submission accept(Actor actor, UUID id) {
        Submission submission = triage(actor, id);
        Snapshot before = submission.snapshot();
        String received =
                submission.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String account = account(submission);
        List<UUID> items = new ArrayList<>();
        if (submission.attachments().isEmpty()) {
            items.add(evidence.record(actor, description("Public submission of " + received, received, account))
                    .id());
        } else {
            for (SubmissionAttachment a : submission.attachments()) {
                EvidenceItem item = evidence.adopt(
                        actor,
                        description("Public submission of " + received + ": " + a.fileName(), received, account),
                        new UploadInspector.Accepted(a.mediaType(), a.fileName(), a.mediaType()),
                        a.sha256(),
                        a.sizeBytes());
                items.add(item.id());
            }
        }
        submission.accept(items, actor.username(), clock.instant());
        audit.record(actor, "submission.accepted", ENTITY, id.toString(), before, submission.snapshot());
        return submission;
    }

    public Submission linkToDesignation(Actor actor, UUID id, String designationId) {
        Submission submission = triage(actor, id);
        UUID target = uuid("designationId", designationId);
        designations.get(Optional.of(actor), target);
        Snapshot before = submission.snapshot();
        submission.linkToDesignation(target, actor.username(), clock.instant());
        audit.record(actor, "submission.linked", ENTITY, id.toString(), before, submission.snapshot());
        return submission;
    }

    public Submission linkToPolicy(Actor actor, UUID id, String policyId) {
        Submission submission = triage(actor, id);
        UUID target = uuid("policyId", policyId);
        policies.get(target);
        Snapshot before = submission.snapshot();
        submission.linkToPolicy(target, actor.username(), clock.instant());
        audit.record(actor, "submission.linked", ENTITY, id.toString(), before, submission.snapshot());
        return submission;
    }

    public Submission reject(Actor actor, UUID id, String reason) {
        Submission submission = triage(actor, id);
        Snapshot before = submission.snapshot();
        submission.reject(reason, actor.username(), clock.instant());
        audit.record(
                actor,
                "submission.rejected",
                ENTITY,
                id.toString(),
                before,
                submission.snapshot().and("reason", submission.triageReason().orElse(null)));
        return submission;
    }

    // --- retention ---------------------------------------------------------------------------------

    /** Empties the address hash of every submission received before the cutoff; returns how many. */
    public int forgetAddressesOlderThan(Instant cutoff) {
        limits.forgetIdle();
        return submissions.forgetAddressesReceivedBefore(cutoff);
    }

    /**
     * Deletes the submissions closed before the cutoff, with their questions and attachments; a
     * stored file goes too unless the library, a case or another submission still refers to it
     * (accepted submissions' files live on as evidence). Files are removed after the commit.
     */
    public Purge purgeClosedBefore(Instant cutoff) {
        List<UUID> removed = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Submission s : submissions.closedBefore(cutoff)) {
            for (SubmissionAttachment a : s.attachments()) {
                if (!files.contains(a.sha256()) && !submissions.fileUsedElsewhere(a.sha256(), s.id())) {
                    files.add(a.sha256());
                }
            }
            audit.recordSystem("submission.purged", ENTITY, s.id().toString(), s.snapshot(), Snapshot.NONE);
            submissions.remove(s);
            removed.add(s.id());
        }
        removeAfterCommit(files);
        return new Purge(removed, files);
    }

    // -----------------------------------------------------------------------------------------------

    private Submission.References references() {
        return new Submission.References(
                code -> regions.find(code).isPresent(),
                code -> sectors.find(code).isPresent());
    }

    private Submission triage(Actor actor, UUID id) {
        if (!mayTriage(actor)) {
            throw new ForbiddenActionException("Only regulators triage public submissions");
        }
        return get(actor, id);
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.AUDITOR)) {
            throw new ForbiddenActionException("Only regulators and auditors read public submissions");
        }
    }

    private static EvidenceItem.Description description(String title, String date, String account) {
        return new EvidenceItem.Description(
                "WITNESS_STATEMENT",
                title,
                "Public submission point",
                null,
                date,
                null,
                account,
                List.of("public-submission"),
                "RESTRICTED");
    }

    /** The account as the library keeps it: what was said, where, who, sources; never the contact. */
    static String account(Submission s) {
        StringBuilder text = new StringBuilder(s.summary());
        if (!s.regionCodes().isEmpty()) {
            text.append("\n\nRegions: ").append(String.join(", ", s.regionCodes()));
        }
        if (!s.sectorCodes().isEmpty()) {
            text.append("\nSectors: ").append(String.join(", ", s.sectorCodes()));
        }
        if (!s.producers().isEmpty()) {
            text.append("\nProducers: ").append(String.join("; ", s.producers()));
        }
        if (!s.sources().isEmpty()) {
            text.append("\nSources: ").append(String.join("; ", s.sources()));
        }
        return text.length() > 10_000 ? text.substring(0, 9_999) + "…" : text.toString();
    }

    private static UUID uuid(String field, String raw) {
        try {
            return UUID.fromString(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Give the identifier (a UUID)");
        }
    }

    private void removeAfterCommit(List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                for (String sha256 : files) {
                    try {
                        store.remove(sha256);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not remove the purged file " + sha256, e);
                    }
                }
            }
        });
    }
}
