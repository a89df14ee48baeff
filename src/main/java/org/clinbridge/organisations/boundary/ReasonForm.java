package org.clinbridge.organisations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a record is deactivated or disabled; kept with the record and in the audit trail. */
@Schema(name = "Reason")
public record ReasonForm(@NotBlank @Size(max = 500) String reason) {}
