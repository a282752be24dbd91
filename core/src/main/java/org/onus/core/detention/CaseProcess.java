package org.onus.core.detention;

import java.util.UUID;
import org.onus.core.identity.Actor;
import org.onus.core.rebuttal.Route;

/**
 * The detention case's process, as the case's service sees it: told what the case has just
 * decided, in the same transaction, so that it can wait, time and route on the case's answers.
 * {@code workflows} runs it on the process engine ({@code detention-case.bpmn}); nothing here
 * knows the engine.
 *
 * <p>A step the process is not waiting for is refused with 409 (the case has moved on, a timer
 * fired first); a rule the process's listeners hold again (four eyes) is refused with that rule.
 */
public interface CaseProcess {

    /** The case was opened: its process (notice, deadline and reminder timers) starts. */
    void opened(UUID caseId);

    /** The rebuttal was filed, or, when {@code answer}, the information requested was provided. */
    void rebuttalFiled(UUID caseId, Route route, boolean answer);

    /** The officer decided the filed rebuttal. */
    void decided(UUID caseId, Actor officer, Outcome outcome, Route route);

    /** A supervisor approved or refused an exception-route release. */
    void releaseApproved(UUID caseId, Actor supervisor, boolean approved);

    /** The importer protested the confiscation or exclusion. */
    void protested(UUID caseId);

    /** A supervisor decided the protest ({@code grounds} when upheld). */
    void protestDecided(UUID caseId, Actor supervisor, boolean upheld, ProtestGrounds grounds);
}
