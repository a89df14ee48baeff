package org.clinbridge.reference.boundary;

import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.reference.entity.NmpaSubcatalogue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sub-catalogue on the wire. */
@Schema(name = "NmpaSubcatalogue")
public record SubcatalogueView(@Schema(example = "07") String code, Bilingual name) {
  static SubcatalogueView of(NmpaSubcatalogue s) {
    return new SubcatalogueView(s.code(), s.name().view());
  }
}
