/**
 * The web shell's plumbing, for every area's pages: the session's language and the page texts
 * (i18n/ui), sign-in and sign-out through the one authentication mechanism, navigation by role,
 * field messages from the same problems and Bean Validation messages as the API, and keyset pages
 * for lazy tables. Pages themselves live in their area's {@code boundary} package, beside the
 * resources, because a page is another edge of the same use cases.
 */
package org.clinbridge.platform.pages;
