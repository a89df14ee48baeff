package org.clinbridge.reference.boundary;

import org.clinbridge.reference.entity.FdaProductCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An FDA product code on the wire, with the classification file's fields by name. */
@Schema(name = "FdaProductCode")
public record FdaProductCodeView(
    @Schema(example = "DQA") String code,
    @Schema(example = "Oximeter") String deviceName,
    @Schema(description = "As published: 1, 2, 3, U (unclassified), N (not classified), f")
        String deviceClass,
    @Schema(example = "AN") String reviewPanel,
    String medicalSpecialty,
    @Schema(example = "870.2700") String regulationNumber,
    @Schema(description = "The FDA's submission type id (1 = 510(k), 2 = PMA, ...)")
        String submissionType,
    String definition,
    String physicalState,
    String technicalMethod,
    String targetArea,
    String unclassifiedReason,
    String reviewCode,
    boolean gmpExempt,
    boolean thirdPartyReview,
    boolean implant,
    boolean lifeSustaining,
    String summaryMalfunctionReporting) {

  static FdaProductCodeView of(FdaProductCode c) {
    FdaProductCode.Fields f = c.fields();
    return new FdaProductCodeView(
        f.productCode(),
        f.deviceName(),
        f.deviceClass(),
        f.reviewPanel(),
        f.medicalSpecialty(),
        f.regulationNumber(),
        f.submissionType(),
        f.definition(),
        f.physicalState(),
        f.technicalMethod(),
        f.targetArea(),
        f.unclassifiedReason(),
        f.reviewCode(),
        "Y".equals(f.gmpExempt()),
        "Y".equals(f.thirdPartyReview()),
        f.implant(),
        f.lifeSustaining(),
        f.summaryMalfunctionReporting());
  }
}
