package org.onus.core.notification;

import java.util.List;

/** One page of a person's messages, newest first, and how many they have in all. */
public record InboxPage(List<InboxMessage> messages, long total) {

    public InboxPage {
        messages = List.copyOf(messages);
    }
}
