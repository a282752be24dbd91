package org.onus.core.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One error of a rejected file, by its line. */
@Embeddable
public class BulkJobError {

    @Column(name = "line", nullable = false)
    private long line;

    @Column(name = "message", nullable = false, length = 2000)
    private String message;

    protected BulkJobError() {
        // for JPA
    }

    BulkJobError(long line, String message) {
        this.line = line;
        this.message = message.length() > 2000 ? message.substring(0, 1997) + "..." : message;
    }

    public long line() {
        return line;
    }

    public String message() {
        return message;
    }
}
