package org.onus.core.detention;

import java.util.List;

/** One page of the cases waiting for a supervisor, longest waiting first, and how many wait in all. */
public record WaitingCases(List<DetentionCase> cases, long total) {

    public WaitingCases {
        cases = List.copyOf(cases);
    }
}
