/**
 * Sign-in: the application's one authentication mechanism (bearer tokens, ours and an external
 * OpenID Connect provider's, and browser sessions), the token endpoint, password checks slowed down
 * after repeated failures, and the first start that creates the administrator. Who may do what once
 * signed in is declared on each boundary ({@code @RolesAllowed}) and enforced by {@code
 * platform.security.RolesEnforcement}. docs/security.md describes the design and its settings.
 */
package org.clinbridge.signin;
