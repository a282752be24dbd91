package org.onus.core.notification;

/** Fired once per transaction that queued mail; observed after a successful commit to send at once. */
public record MailQueued() {}
