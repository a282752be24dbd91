package org.onus.core.detention;

import java.time.LocalDate;
import java.util.UUID;

/** An open case as a list of them shows it: the case, its entry's number, and the rebuttal deadline. */
public record OpenCaseRow(
        UUID caseId, String entryNumber, String organisationCode, CaseStatus status, LocalDate rebuttalDeadline) {}
