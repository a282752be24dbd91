package org.onus.core.detention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;

/** Goods held under the presumption, and the clock the importer's rebuttal runs against. */
@Entity
@Table(name = "detention_case")
public class DetentionCase {

    @Id
    private UUID id;

    @Column(name = "entry_id", nullable = false, unique = true)
    private UUID entryId;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private CaseStatus status;

    @Column(name = "detained_on", nullable = false)
    private LocalDate detainedOn;

    /** The day by which the notice must have gone out. */
    @Column(name = "notice_due", nullable = false)
    private LocalDate noticeDue;

    @Column(name = "notice_issued_at")
    private Instant noticeIssuedAt;

    /** Last day for the importer's rebuttal (inclusive), counted from the notice. */
    @Column(name = "rebuttal_deadline", nullable = false)
    private LocalDate rebuttalDeadline;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "grounds", nullable = false, length = 4000)
    private String grounds;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("at")
    private List<CaseEvent> events = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected DetentionCase() {
        // for JPA
    }

    /**
     * Opens a case the day the goods are detained; the notice is due within the notice period and
     * the rebuttal deadline counts from the detention until the notice is actually issued.
     */
    public static DetentionCase open(
            UUID entryId,
            String organisationCode,
            String grounds,
            String openedBy,
            LocalDate today,
            Instant at,
            BusinessCalendar calendar,
            int noticeDays,
            int rebuttalDays) {
        DetentionCase c = new DetentionCase();
        c.id = UUID.randomUUID();
        c.entryId = entryId;
        c.organisationCode = organisationCode;
        c.status = CaseStatus.DETAINED;
        c.detainedOn = today;
        c.noticeDue = calendar.plus(today, noticeDays);
        c.rebuttalDeadline = calendar.plus(today, rebuttalDays);
        c.openedBy = openedBy;
        c.grounds = grounds.length() > 4000 ? grounds.substring(0, 4000) : grounds;
        c.events.add(new CaseEvent("DETAINED", openedBy, at, c.grounds));
        return c;
    }

    /** The notice goes out: the importer's rebuttal period runs from the day it is issued. */
    public void noticeIssued(LocalDate today, Instant at, BusinessCalendar calendar, int rebuttalDays) {
        if (noticeIssuedAt != null) {
            throw new ConflictException("The detention notice has already been issued");
        }
        noticeIssuedAt = at;
        rebuttalDeadline = calendar.plus(today, rebuttalDays);
        events.add(
                new CaseEvent("NOTICE_ISSUED", "system", at, "Rebuttal due by " + rebuttalDeadline + " (inclusive)"));
    }

    public UUID id() {
        return id;
    }

    public UUID entryId() {
        return entryId;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate detainedOn() {
        return detainedOn;
    }

    public LocalDate noticeDue() {
        return noticeDue;
    }

    public Instant noticeIssuedAt() {
        return noticeIssuedAt;
    }

    public LocalDate rebuttalDeadline() {
        return rebuttalDeadline;
    }

    public String openedBy() {
        return openedBy;
    }

    public String grounds() {
        return grounds;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }

    public Snapshot snapshot() {
        return Snapshot.of("entryId", entryId)
                .and("status", status)
                .and("noticeDue", noticeDue)
                .and("noticeIssuedAt", noticeIssuedAt)
                .and("rebuttalDeadline", rebuttalDeadline);
    }
}
