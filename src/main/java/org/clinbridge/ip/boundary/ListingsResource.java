package org.clinbridge.ip.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.ip.control.Listings;
import org.clinbridge.ip.entity.ListingInterest;
import org.clinbridge.ip.entity.TechnologyListing;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The IP operation centre's technology listings and the matching of companies to them. Listings are
 * public to every signed-in organisation, since being found is their purpose; an interest is seen
 * by the interested company, the listing's project people and the centre (district admins and the
 * project's technology manager), who move it through introduction and negotiation.
 */
@Boundary
@Path("technology-listings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ip")
public class ListingsResource {
  static final String LISTING = "technology-listing";
  static final String INTEREST = "listing-interest";

  @Inject Listings listings;
  @Inject ProjectAccess access;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(operationId = "listTechnologyListings", summary = "Listed technologies, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of listings",
      content = @Content(schema = @Schema(ref = "TechnologyListing")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ListingView> list(
      @QueryParam("withdrawn") Boolean withdrawn,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        listings.page(Boolean.TRUE.equals(withdrawn), request),
        request.limit(),
        this::view,
        Listings::cursorOf);
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "createTechnologyListing",
      summary = "List a project's technology for companies")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The new listing",
      content = @Content(schema = @Schema(ref = "TechnologyListing")))
  public Response create(@Valid @NotNull PatentForms.NewListingForm form, @Context UriInfo uri) {
    ListingView v = listTechnology(form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(v.id().toString()).build(), v, v.version());
  }

  /** Lists a project's technology: the use case behind the API and the project page's dialog. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public ListingView listTechnology(@Valid @NotNull PatentForms.NewListingForm form) {
    Project p = access.editable(form.projectId());
    TechnologyListing l =
        new TechnologyListing(
            p, BilingualText.of(form.title()), form.summary().text(), access.actor(), clock.now());
    em.persist(l);
    em.flush();
    changed.fire(
        new Changed(
            LISTING,
            l.publicId().toString(),
            "listed",
            Map.of(),
            snapshot(l),
            null,
            p.owner().id()));
    return view(l);
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(operationId = "getTechnologyListing", summary = "One listing")
  @APIResponse(
      responseCode = "200",
      description = "The listing",
      content = @Content(schema = @Schema(ref = "TechnologyListing")))
  public Response get(@PathParam("id") UUID id) {
    ListingView v = read(id);
    return ETags.ok(v, v.version());
  }

  /** One listing: the use case behind the API and the listing page. */
  @SignedIn
  public ListingView read(UUID id) {
    return view(listing(id));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "withdrawTechnologyListing",
      summary = "Withdraw the listing; no new interest can be expressed")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn listing",
      content = @Content(schema = @Schema(ref = "TechnologyListing")))
  public ListingView withdraw(@PathParam("id") UUID id) {
    TechnologyListing l = listing(id);
    access.editable(l.project().publicId());
    Map<String, Object> before = snapshot(l);
    l.withdraw();
    em.flush();
    changed.fire(
        new Changed(
            LISTING,
            l.publicId().toString(),
            "withdrawn",
            before,
            snapshot(l),
            null,
            l.project().owner().id()));
    return view(l);
  }

  @GET
  @Path("{id}/interests")
  @SignedIn
  @Operation(
      operationId = "listListingInterests",
      summary = "Interest in the listing",
      description = "All of it for the listing's side and the centre; a company sees its own")
  @APIResponse(
      responseCode = "200",
      description = "The interests in the listing",
      content = @Content(schema = @Schema(ref = "ListingInterest")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<InterestView> interests(@PathParam("id") UUID id) {
    TechnologyListing l = listing(id);
    boolean listingSide = access.canSee(l.project());
    List<InterestView> shown =
        listings.interests(l).stream()
            .filter(i -> listingSide || ownInterest(i))
            .map(InterestView::of)
            .toList();
    return new Page<>(shown, null);
  }

  @POST
  @Path("{id}/interests")
  @RolesAllowed(Roles.START_UP_MEMBER)
  @Operation(
      operationId = "expressListingInterest",
      summary = "Express the caller's company's interest in the listed technology")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The interest",
      content = @Content(schema = @Schema(ref = "ListingInterest")))
  public Response expressInterest(
      @PathParam("id") UUID id, @Valid PatentForms.InterestForm form, @Context UriInfo uri) {
    InterestView v = expressInterestIn(id, form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(v.id().toString()).build(), v, v.version());
  }

  /**
   * The caller's company takes an interest in the listing: the use case behind the API and the
   * listing page.
   */
  @RolesAllowed(Roles.START_UP_MEMBER)
  public InterestView expressInterestIn(UUID id, @Valid PatentForms.InterestForm form) {
    TechnologyListing l = listing(id);
    Organisation company = em.find(Organisation.class, caller.organisationRef());
    boolean live =
        listings.interests(l).stream()
            .anyMatch(i -> i.company().id().equals(company.id()) && !i.state().terminal());
    if (live) {
      throw new ProblemException(409, "interest-exists", "interest-exists.detail");
    }
    ListingInterest i =
        l.expressInterest(company, form == null ? null : form.note(), access.actor(), clock.now());
    em.persist(i);
    em.flush();
    changed.fire(
        new Changed(
            INTEREST,
            i.publicId().toString(),
            "expressed",
            Map.of(),
            snapshot(i),
            null,
            l.project().owner().id()));
    return InterestView.of(i);
  }

  @POST
  @Path("{id}/interests/{interestId}/introduction")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "introduceListingInterest",
      summary = "The centre has introduced the company to the listing's owner")
  @APIResponse(
      responseCode = "200",
      description = "The interest, introduced",
      content = @Content(schema = @Schema(ref = "ListingInterest")))
  public InterestView introduce(
      @PathParam("id") UUID id, @PathParam("interestId") UUID interestId) {
    ListingInterest i = centre(id, interestId);
    Map<String, Object> before = snapshot(i);
    i.introduce(clock.now());
    return changed(i, "introduced", before, null);
  }

  @POST
  @Path("{id}/interests/{interestId}/negotiation")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(operationId = "negotiateListingInterest", summary = "The parties are negotiating")
  @APIResponse(
      responseCode = "200",
      description = "The interest, in negotiation",
      content = @Content(schema = @Schema(ref = "ListingInterest")))
  public InterestView negotiate(
      @PathParam("id") UUID id, @PathParam("interestId") UUID interestId) {
    ListingInterest i = centre(id, interestId);
    Map<String, Object> before = snapshot(i);
    i.negotiate(clock.now());
    return changed(i, "negotiating", before, null);
  }

  @POST
  @Path("{id}/interests/{interestId}/licence")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "licenseListingInterest",
      summary = "The technology was licensed (or transferred) to the company")
  @APIResponse(
      responseCode = "200",
      description = "The interest, licensed",
      content = @Content(schema = @Schema(ref = "ListingInterest")))
  public InterestView license(@PathParam("id") UUID id, @PathParam("interestId") UUID interestId) {
    ListingInterest i = centre(id, interestId);
    Map<String, Object> before = snapshot(i);
    i.license(clock.now());
    return changed(i, "licensed", before, null);
  }

  @POST
  @Path("{id}/interests/{interestId}/decline")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN, Roles.START_UP_MEMBER})
  @Operation(
      operationId = "declineListingInterest",
      summary = "Decline the match with a coded reason",
      description = "By the centre, the listing's owner or the interested company")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The interest, declined",
      content = @Content(schema = @Schema(ref = "ListingInterest")))
  public InterestView decline(
      @PathParam("id") UUID id,
      @PathParam("interestId") UUID interestId,
      @Valid @NotNull PatentForms.DeclineForm form) {
    TechnologyListing l = listing(id);
    ListingInterest i = interest(l, interestId);
    boolean allowed = ownInterest(i) || (access.canSee(l.project()));
    if (!allowed) {
      throw ProblemException.notFound(INTEREST, interestId);
    }
    Map<String, Object> before = snapshot(i);
    i.decline(form.reason(), form.note(), clock.now());
    return changed(i, "declined", before, form.reason().name());
  }

  private TechnologyListing listing(UUID id) {
    return listings.byPublicId(id).orElseThrow(() -> ProblemException.notFound(LISTING, id));
  }

  private ListingInterest interest(TechnologyListing l, UUID interestId) {
    ListingInterest i =
        listings
            .interest(l, interestId)
            .orElseThrow(() -> ProblemException.notFound(INTEREST, interestId));
    if (!ownInterest(i) && !access.canSee(l.project())) {
      throw ProblemException.notFound(INTEREST, interestId);
    }
    return i;
  }

  /** The centre's steps: a district admin, or the technology manager of the listed project. */
  private ListingInterest centre(UUID id, UUID interestId) {
    TechnologyListing l = listing(id);
    ListingInterest i = interest(l, interestId);
    if (!access.canSee(l.project()) || !access.manages(l.project())) {
      throw ProjectAccess.forbidden();
    }
    return i;
  }

  private boolean ownInterest(ListingInterest i) {
    return caller.signedIn() && i.company().id() == caller.organisationRef();
  }

  private ListingView view(TechnologyListing l) {
    List<ListingInterest> interests = listings.interests(l);
    return ListingView.of(
        l, TechnologyListing.stateOf(interests), interests.size(), access.canSee(l.project()));
  }

  private InterestView changed(
      ListingInterest i, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            INTEREST,
            i.publicId().toString(),
            action,
            before,
            snapshot(i),
            reason,
            i.listing().project().owner().id()));
    return InterestView.of(i);
  }

  private static Map<String, Object> snapshot(TechnologyListing l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("project", l.project().publicId().toString());
    m.put("title.zh", l.title().zh());
    m.put("title.en", l.title().en());
    m.put("withdrawn", l.withdrawn());
    return m;
  }

  private static Map<String, Object> snapshot(ListingInterest i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("listing", i.listing().publicId().toString());
    m.put("company", i.company().publicId().toString());
    m.put("state", i.state().name());
    if (i.declineReason() != null) {
      m.put("declineReason", i.declineReason().name());
    }
    return m;
  }
}
