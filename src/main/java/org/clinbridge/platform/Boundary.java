package org.clinbridge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.clinbridge.platform.idempotency.control.Idempotent;
import org.clinbridge.platform.security.RolesChecked;

/**
 * Marks a boundary: the class where use cases start. Each public method runs in one transaction,
 * and its authorization is declared beside it. CDI rather than {@code @Stateless}, so exceptions
 * reach the exception mappers unwrapped and there is no EJB pool cap on concurrent calls. The
 * declared roles hold for pages as for HTTP requests ({@link RolesChecked}); a POST answered with a
 * Response honours an {@code Idempotency-Key} ({@link Idempotent}).
 */
@Stereotype
@ApplicationScoped
@Transactional
@RolesChecked
@Idempotent
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Boundary {}
