package org.clinbridge.platform.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link RolesCheck} to a bean: its {@code @RolesAllowed}, {@code @PermitAll} and
 * {@code @DenyAll} hold for every caller, not only for HTTP requests. Carried by the {@code
 * Boundary} stereotype.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RolesChecked {}
