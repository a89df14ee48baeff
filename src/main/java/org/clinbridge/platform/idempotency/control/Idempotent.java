package org.clinbridge.platform.idempotency.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link IdempotencyCheck} to a boundary: its {@code POST} methods honour an {@code
 * Idempotency-Key} header. Carried by the {@code Boundary} stereotype, so every boundary has it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {}
