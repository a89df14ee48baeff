package org.clinbridge.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone signed in may call the use case, whatever their role: "any of the six roles" said once
 * instead of a six-name {@code @RolesAllowed} list (an annotation cannot take a constant array).
 * Enforced like {@code @RolesAllowed} by {@link RolesEnforcement} for requests and {@link
 * RolesCheck} for pages; an anonymous caller gets 401. Every account and external identity holds at
 * least one role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedIn {}
