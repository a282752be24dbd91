package org.onus.core.entity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.ListVersionRow;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.submission.ReceiptCode;
import org.onus.core.submission.SubmissionLimits;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionSettings;

/**
 * The one way in to removal requests. Filing and following up are public and go through the
 * submission point's per-address rate limits (the address is never kept); files go through the
 * evidence library's upload defences. Triage is for regulators (auditors read): a regulator
 * proposes, a different senior regulator decides.
 */
@Stateless
public class RemovalRequestService {

    static final String ENTITY = "EntityRemovalRequest";

    /** Who the audit trail names for what a requester does: nobody in particular. */
    static final Actor REQUESTER = Actor.of("public-requester", "Public requester", Set.of(), null);

    @Inject
    RemovalRequests requests;

    @Inject
    DesignationService designations;

    @Inject
    SubmissionLimits limits;

    @Inject
    SubmissionSettings settings;

    @Inject
    EvidenceLibrary evidence;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The new request and its receipt code, shown once and never stored. */
    public record Receipt(RemovalRequest request, String code) {}

    /**
     * Files a removal request from the public.
     *
     * @throws InvalidInputException naming each wrong field (an unknown listing is one); nothing is kept
     */
    public Receipt file(
            String clientAddress,
            String designationId,
            String producerName,
            RemovalRequest.Description description,
            List<SubmissionService.Incoming> files) {
        limits.takeSubmission(clientAddress);
        if (files.size() > settings.maxAttachments()) {
            throw InvalidInputException.of(
                    "attachments", "Attach at most " + settings.maxAttachments() + " files to one request");
        }
        UUID designation = uuid("designationId", designationId);
        DesignationService.Listing listing = designations
                .listing(designation, producerName == null ? "" : producerName)
                .orElseThrow(() -> InvalidInputException.of(
                        "producerName", "The designation does not list a producer by this name"));
        RemovalRequest.check(description);
        List<RemovalAttachment> kept = new ArrayList<>();
        for (SubmissionService.Incoming file : files) {
            UploadInspector.Accepted accepted = evidence.keep(file.staged(), file.declaredType(), file.fileName());
            kept.add(new RemovalAttachment(
                    file.staged().sha256(),
                    accepted.fileName(),
                    accepted.mediaType(),
                    file.staged().size()));
        }
        ReceiptCode code = ReceiptCode.random();
        RemovalRequest request = RemovalRequest.file(
                new RemovalRequest.Subject(
                        listing.designationId(),
                        listing.seriesId(),
                        listing.title(),
                        listing.name(),
                        listing.normalisedName()),
                description,
                kept,
                code.hash(),
                clock.instant());
        requests.store(request);
        audit.record(
                REQUESTER, "entity-removal.filed", ENTITY, request.id().toString(), Snapshot.NONE, request.snapshot());
        return new Receipt(request, code.grouped());
    }

    /** The request behind a receipt code, for its requester (rate limited). */
    public RemovalRequest byReceipt(String clientAddress, String receiptCode) {
        limits.takeLookup(clientAddress);
        return ReceiptCode.read(receiptCode == null ? "" : receiptCode)
                .flatMap(code -> requests.findByReceipt(code.hash()))
                .orElseThrow(() -> new NotFoundException("A removal request with this receipt code"));
    }

    /** Every decision published with the list versions from..to (public). */
    public List<RemovalRequest> decisions(int from, int to) {
        return requests.decidedIn(from, to);
    }

    // --- regulators and auditors -------------------------------------------------------------------

    /**
     * One page of the requests, newest received first unless {@code sort} is {@code received}
     * (oldest first, the order they are worked in), only those in {@code status} when given.
     *
     * @throws InvalidInputException naming each parameter that is wrong
     */
    public RemovalRequestPage list(Actor actor, String status, String sort, int offset, int limit) {
        requireReader(actor);
        List<Problem> problems = new ArrayList<>();
        if (offset < 0 || limit < 1 || limit > 200) {
            problems.add(new Problem("limit", "Give offset ≥ 0 and a limit between 1 and 200"));
        }
        RemovalStatus only = null;
        if (status != null && !status.isBlank()) {
            try {
                only = RemovalStatus.parse(status);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("status", e.getMessage()));
            }
        }
        String order = sort == null || sort.isBlank() ? "-received" : sort.strip();
        if (!order.equals("received") && !order.equals("-received")) {
            problems.add(new Problem("sort", "Sort by received (oldest first) or -received (newest first)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return requests.page(only, order.equals("received"), offset, limit);
    }

    /** One page of every decision published with a list version, in the order taken (public). */
    public RemovalRequestPage decisionPage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw InvalidInputException.of(offset < 0 ? "offset" : "limit", "Give offset ≥ 0 and a limit from 1");
        }
        return requests.decisions(offset, limit);
    }

    public RemovalRequest get(Actor actor, UUID id) {
        requireReader(actor);
        return requests.find(id).orElseThrow(() -> new NotFoundException("Removal request " + id));
    }

    /** A regulator proposes to grant or deny, with the reasons to publish. */
    public RemovalRequest propose(Actor actor, UUID id, String outcome, String reason) {
        if (!actor.has(Role.REGULATOR)) {
            throw new ForbiddenActionException("Only regulators propose decisions on removal requests");
        }
        RemovalRequest request = get(actor, id);
        RemovalRequest.Outcome o;
        try {
            o = RemovalRequest.Outcome.valueOf(
                    outcome == null ? "" : outcome.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("outcome", "Propose GRANT or DENY");
        }
        Snapshot before = request.snapshot();
        request.propose(o, reason, actor.username(), clock.instant());
        audit.record(
                actor,
                "entity-removal.proposed",
                ENTITY,
                id.toString(),
                before,
                request.snapshot().and("reason", request.proposalReason()));
        return request;
    }

    /**
     * A senior regulator who did not propose it approves (a grant takes the producer off through a
     * new list version; a denial is published with a new list version that changes nothing else) or
     * sends it back.
     *
     * @throws ForbiddenActionException for the proposer, or anyone not a senior regulator
     */
    public RemovalRequest decide(Actor actor, UUID id, boolean approved, String comment) {
        if (!actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only senior regulators decide on removal requests");
        }
        RemovalRequest request = get(actor, id);
        request.requireIndependentDecider(actor.username());
        Snapshot before = request.snapshot();
        if (!approved) {
            request.sendBack(actor.username());
            audit.record(
                    actor,
                    "entity-removal.sent-back",
                    ENTITY,
                    id.toString(),
                    before,
                    request.snapshot().and("comment", comment));
            return request;
        }
        int publishedWith;
        if (request.proposedOutcome().orElseThrow() == RemovalRequest.Outcome.GRANT) {
            ListVersionRow v = designations.delist(
                    request.seriesId(),
                    request.normalisedName(),
                    request.reference(),
                    request.proposedBy(),
                    actor.username());
            publishedWith = v.number();
        } else {
            publishedWith = designations
                    .publishDecision("Removal request " + request.reference() + " denied: " + request.producerName()
                            + " stays on " + request.designationTitle())
                    .number();
        }
        request.decide(actor.username(), clock.instant(), publishedWith);
        audit.record(
                actor,
                "entity-removal.decided",
                ENTITY,
                id.toString(),
                before,
                request.snapshot().and("comment", comment));
        return request;
    }

    private static UUID uuid(String field, String raw) {
        try {
            return UUID.fromString(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Not an id: " + raw);
        }
    }

    public static boolean mayReadContact(Actor actor) {
        return actor.has(Role.REGULATOR);
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR) && !actor.has(Role.AUDITOR)) {
            throw new ForbiddenActionException("Only regulators and auditors see removal requests");
        }
    }
}
