/**
 * Notifications: an in-app inbox per organisation, and the same message by e-mail to the
 * organisation's contact address when an SMTP server is configured ({@code SMTP_HOST}). Other areas
 * send through {@code control.Notifier}; an e-mail goes out only after the change that caused it
 * has committed, and a failed e-mail never undoes that change.
 */
package org.clinbridge.notifications;
