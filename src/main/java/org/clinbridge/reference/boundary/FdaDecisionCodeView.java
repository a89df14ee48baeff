package org.clinbridge.reference.boundary;

import org.clinbridge.reference.entity.FdaDecisionCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 510(k) decision code and the FDA's text for it (English only, as published). */
@Schema(name = "FdaDecisionCode")
public record FdaDecisionCodeView(
    @Schema(example = "SE") String code,
    @Schema(example = "Substantially Equivalent") String text) {
  static FdaDecisionCodeView of(FdaDecisionCode d) {
    return new FdaDecisionCodeView(d.code(), d.text());
  }
}
