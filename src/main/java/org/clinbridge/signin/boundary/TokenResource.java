package org.clinbridge.signin.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.security.AccessTokens;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.signin.control.SignIn;
import org.clinbridge.signin.control.Throttle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for API clients: a password for a short-lived bearer token. */
@Boundary
@Path("auth")
@Tag(name = "sign-in", description = "Access tokens for API clients")
public class TokenResource {
  @Inject SignIn signIn;
  @Inject Throttle throttle;
  @Inject AccessTokens tokens;
  @Inject Caller caller;

  @POST
  @Path("token")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "An access token for a username and password",
      description =
          "Returns a short-lived RS256 JWT to send as 'Authorization: Bearer <token>'. Repeated"
              + " failures for one account or address are answered 429 with Retry-After.",
      operationId = "issueAccessToken")
  @APIResponse(
      responseCode = "200",
      description = "Signed in: the access token",
      content = @Content(schema = @Schema(ref = "TokenResponse")))
  @APIResponse(
      responseCode = "401",
      description = "Wrong username or password",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "429",
      description = "Too many failures; wait Retry-After seconds",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public Response token(@Context HttpServletRequest request, @NotNull @Valid TokenForm form) {
    var caller =
        signIn.withPassword(form.username(), form.password(), throttle.clientAddress(request));
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(TokenView.of(tokens.issue(caller)))
        .cacheControl(noStore)
        .header("Pragma", "no-cache")
        .build();
  }

  @GET
  @Path("me")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Who the caller is: account, organisation and roles",
      operationId = "getCurrentAccount")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content = @Content(schema = @Schema(ref = "Me")))
  public MeView me() {
    return MeView.of(caller.require());
  }

  @PUT
  @Path("password")
  @SignedIn
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change your own password",
      description =
          "Needs the current password. Tokens already issued stay valid until they expire."
              + " Not for people signed in through the external identity provider.",
      operationId = "changeOwnPassword")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response changePassword(
      @Context HttpServletRequest request, @NotNull @Valid PasswordChangeForm form) {
    signIn.changePassword(
        caller.require(),
        form.currentPassword(),
        form.newPassword(),
        throttle.clientAddress(request));
    return Response.noContent().build();
  }

  @GET
  @Path("jwks")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The public keys that verify our access tokens (JWK set)",
      operationId = "getTokenSigningKeys")
  @APIResponse(
      responseCode = "200",
      description = "The JWK set ({\"keys\": [...]})",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public String keys() {
    return tokens.publicKeys().toString();
  }
}
