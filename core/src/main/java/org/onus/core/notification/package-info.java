/**
 * Notifications: messages in each person's portal inbox ({@link org.onus.core.notification.Inbox}),
 * subscriptions to topics such as the designation list
 * ({@link org.onus.core.notification.Subscriptions}), and email through a transactional outbox
 * ({@link org.onus.core.notification.MailOutbox}, sent by
 * {@link org.onus.core.notification.OutboxSender}). Features call
 * {@link org.onus.core.notification.Notifications} inside their own transaction: a rolled-back
 * change tells no one, a committed one is never lost, and a mail server that is down delays mail
 * without failing the change.
 */
package org.onus.core.notification;
