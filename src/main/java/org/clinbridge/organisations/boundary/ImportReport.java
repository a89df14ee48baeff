package org.clinbridge.organisations.boundary;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a successful import: every row became an organisation. */
@Schema(name = "OrganisationImport")
public record ImportReport(int imported, List<UUID> ids) {}
