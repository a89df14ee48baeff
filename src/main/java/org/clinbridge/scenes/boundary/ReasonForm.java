package org.clinbridge.scenes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why, for an action that needs a reason (retiring a scene). */
public record ReasonForm(@NotBlank @Size(max = 250) String reason) {}
