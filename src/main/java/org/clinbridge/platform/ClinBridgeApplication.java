package org.clinbridge.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.clinbridge.platform.problem.Problem;
import org.clinbridge.platform.problem.Violation;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API lives under {@code /api}; the web pages and error page are served beside it. */
@ApplicationPath("api")
@ApplicationScoped
@OpenAPIDefinition(
    info =
        @Info(
            title = "ClinBridge API",
            version = "0.1",
            description =
                "Lab-to-clinic translation platform. Errors are RFC 9457 problem+json;"
                    + " lists use keyset pages with an opaque cursor; updates need If-Match;"
                    + " texts follow Accept-Language (zh-CN or en)."),
    components =
        @Components(
            schemas = {
              @Schema(name = "Problem", implementation = Problem.class),
              @Schema(name = "Violation", implementation = Violation.class)
            },
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "bearer",
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "JWT",
                    description =
                        "A token from POST /api/auth/token, or the configured OpenID"
                            + " Connect provider's")),
    security = @SecurityRequirement(name = "bearer"),
    tags = {@Tag(name = "reference", description = "Reference data shared by every area")})
public class ClinBridgeApplication extends Application {}
