package org.clinbridge.organisations.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hospital department's name, for creating or renaming it. */
@Schema(name = "DepartmentForm")
public record DepartmentForm(@NotNull @Valid Bilingual name) {}
