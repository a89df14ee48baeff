/**
 * "Void with reason", the platform's replacement for deleting regulated records: the {@link
 * org.clinbridge.platform.voiding.Voiding} embeddable an entity keeps, the {@link
 * org.clinbridge.platform.voiding.VoidForm} body of {@code POST /api/<things>/{id}/void}, and the
 * {@link org.clinbridge.platform.voiding.VoidingView} its views show. docs/architecture.md says how
 * an area uses them.
 */
package org.clinbridge.platform.voiding;
