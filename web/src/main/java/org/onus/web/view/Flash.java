package org.onus.web.view;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages that survive one redirect ("Designation submitted for review"), shown once on the
 * next page and then dropped.
 */
@SessionScoped
public class Flash implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Level {
        SUCCESS,
        INFO,
        WARNING
    }

    /** A message key of the bundle and its arguments. */
    public record Message(Level level, String key, List<String> arguments) implements Serializable {}

    private final List<Message> pending = new ArrayList<>();

    public synchronized void add(Level level, String key, String... arguments) {
        pending.add(new Message(level, key, List.of(arguments)));
    }

    public synchronized List<Message> drain() {
        List<Message> messages = List.copyOf(pending);
        pending.clear();
        return messages;
    }
}
