package org.onus.core.detention;

import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;

/**
 * What a person can do on a detention case. Which of them an actor may take now is the case's
 * answer ({@link DetentionCase#allowedActions}); pages show exactly those, the API lists them, and
 * the service refuses any other with the same reason.
 */
public enum CaseAction {
    /** File the rebuttal, or answer a request for information (the importer who owns the case). */
    FILE_REBUTTAL(Role.IMPORTER, "Only the importer who owns the case can do this"),
    UPLOAD_EVIDENCE(Role.IMPORTER, "Only the importer who owns the case can do this"),
    /** Accept, reject or reclassify a document. */
    REVIEW_EVIDENCE(Role.CUSTOMS_OFFICER, "Only customs officers review evidence"),
    /** Release, confiscate or request information on a filed rebuttal. */
    DECIDE(Role.CUSTOMS_OFFICER, "Only customs officers decide cases"),
    APPROVE_RELEASE(Role.CUSTOMS_SUPERVISOR, "Only customs supervisors approve releases"),
    PROTEST(Role.IMPORTER, "Only the importer who owns the case can do this"),
    DECIDE_PROTEST(Role.CUSTOMS_SUPERVISOR, "Only customs supervisors decide protests"),
    RECORD_DISPOSITION(Role.CUSTOMS_OFFICER, "Only customs officers record dispositions");

    private final Role role;
    private final String refusal;

    CaseAction(Role role, String refusal) {
        this.role = role;
        this.refusal = refusal;
    }

    /** Importers act on their own organisation's cases only; customs on every case. */
    boolean byOwner() {
        return role == Role.IMPORTER;
    }

    Role role() {
        return role;
    }

    String refusal() {
        return refusal;
    }

    /**
     * A customs action is refused (403) without its role before the case is even looked up; an
     * importer's depends on whose case it is, so the case answers it.
     */
    public void requireRole(Actor actor) {
        if (!byOwner() && !actor.has(role)) {
            throw new ForbiddenActionException(refusal);
        }
    }
}
