package org.onus.core.review;

import java.util.Collection;
import org.onus.core.problem.ForbiddenActionException;

/** The four-eyes rule: whoever had a hand in something may not be the one who reviews or decides it. */
public final class FourEyes {

    private FourEyes() {}

    /**
     * Refuses (403) a reviewer who is unnamed or among those who wrote, submitted or asked for
     * what is reviewed.
     *
     * @param refusal what the reviewer is told, naming the aggregate and who must review instead
     */
    public static void requireIndependent(String reviewer, Collection<String> involved, String refusal) {
        if (!isIndependent(reviewer, involved)) {
            throw new ForbiddenActionException(refusal);
        }
    }

    /** The reviewer is named and had no hand in what is reviewed; for callers that explain each case. */
    public static boolean isIndependent(String reviewer, Collection<String> involved) {
        return reviewer != null && !reviewer.isBlank() && !involved.contains(reviewer);
    }
}
