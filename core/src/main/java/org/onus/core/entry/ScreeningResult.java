package org.onus.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One screening of an entry, kept for the record: when, against which list version, what came out and why it ran. */
@Embeddable
public class ScreeningResult {

    /** Why an entry was screened. */
    public enum Trigger {
        /** When it was filed. */
        FILED,
        /** The importer refined the disclosure. */
        REFINED,
        /** A new designation list version was published before arrival or while the goods were held. */
        LIST_CHANGED,
        /** The disclosure deadline passed unrefined. */
        DEADLINE
    }

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @Column(name = "status", nullable = false, length = 30)
    private String status;

    @Column(name = "held", nullable = false)
    private boolean held;

    @Column(name = "trigger_kind", nullable = false, length = 30)
    private String trigger;

    @Column(name = "note", length = 2000)
    private String note;

    protected ScreeningResult() {
        // for JPA
    }

    ScreeningResult(
            Instant screenedAt, int listVersion, EntryStatus status, boolean held, Trigger trigger, String note) {
        this.screenedAt = screenedAt;
        this.listVersion = listVersion;
        this.status = status.name();
        this.held = held;
        this.trigger = trigger.name();
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public int listVersion() {
        return listVersion;
    }

    public EntryStatus status() {
        return EntryStatus.valueOf(status);
    }

    public boolean held() {
        return held;
    }

    public Trigger trigger() {
        return Trigger.valueOf(trigger);
    }

    public String note() {
        return note;
    }
}
