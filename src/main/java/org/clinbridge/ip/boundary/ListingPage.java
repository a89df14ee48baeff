package org.clinbridge.ip.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinbridge.ip.entity.DeclineReason;
import org.clinbridge.ip.entity.MatchState;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * One technology listing (app/listing.xhtml?id=) and the interest in it: a start-up expresses its
 * company's interest; the centre (the listed project's technology manager, a district admin)
 * introduces the company, records the negotiation and the licence; the listing's side or the
 * interested company declines with a coded reason; the owner withdraws the listing. Each button
 * only for whom the API lets do it; each action is the API's own use case.
 */
@Named("listingPage")
@ViewScoped
public class ListingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ListingsResource listings;
  @Inject ProjectAccess access;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;

  private transient ListingView listing;
  private transient List<InterestView> interests;
  private transient Boolean centre;
  private transient Boolean owner;

  private String interestNote;
  private String declineInterest;
  private String declineReason;
  private String declineNote;

  /** The page's loader ({@code f:viewAction}): a bad or unknown id is "not found". */
  public void load() {
    try {
      getListing();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  private UUID uuid() {
    return Pages.id(id);
  }

  public ListingView getListing() {
    if (listing == null) {
      listing = listings.read(uuid());
    }
    return listing;
  }

  /** The whole interest for the listing's side and the centre; a company sees its own. */
  public List<InterestView> getInterests() {
    if (interests == null) {
      interests = listings.interests(uuid()).items();
    }
    return interests;
  }

  /** The listing's side: those who may see its project (the API names the project only to them). */
  public boolean isListingSide() {
    return getListing().projectId() != null;
  }

  /** The centre's steps: the listed project's technology manager or a district administrator. */
  public boolean isCentre() {
    if (centre == null) {
      centre = isListingSide() && access.manages(access.visible(getListing().projectId()));
    }
    return centre;
  }

  /** Who may withdraw the listing: those who may edit its project. */
  public boolean isOwner() {
    if (owner == null) {
      owner = isListingSide() && access.canEdit(access.visible(getListing().projectId()));
    }
    return owner;
  }

  /**
   * A start-up member of another company, while the listing is open and the company has no live
   * interest in it yet.
   */
  public boolean isMayExpress() {
    ListingView l = getListing();
    UUID company = caller.signedIn() ? caller.organisationId() : null;
    return caller.has(Role.START_UP_MEMBER)
        && !l.withdrawn()
        && company != null
        && !company.equals(l.offeredBy().id())
        && getInterests().stream()
            .noneMatch(i -> company.equals(i.company().id()) && !i.state().terminal());
  }

  /** The listing's side and the interested company may decline a live interest. */
  public boolean mayDecline(InterestView i) {
    boolean role =
        caller.has(Role.START_UP_MEMBER)
            || caller.has(Role.TECH_MANAGER)
            || caller.has(Role.DISTRICT_ADMIN);
    boolean party = isListingSide() || i.company().id().equals(caller.organisationId());
    return role && party && !i.state().terminal();
  }

  /** The centre's next step on an interest, or null when it has none. */
  public String nextStep(InterestView i) {
    if (!isCentre()) {
      return null;
    }
    return switch (i.state()) {
      case INTEREST_EXPRESSED -> MatchState.INTRODUCED.name();
      case INTRODUCED -> MatchState.IN_NEGOTIATION.name();
      case IN_NEGOTIATION -> MatchState.LICENSED.name();
      default -> null;
    };
  }

  public void prepareInterest() {
    interestNote = null;
  }

  public String express() {
    try {
      listings.expressInterestIn(
          uuid(), Violations.valid(new PatentForms.InterestForm(interestNote)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("interest-form", e);
    }
    messages.info(texts.text("ipc.interest.expressed"));
    return reload();
  }

  /** Takes the centre's next step on the interest. */
  public String advance(String interestId) {
    UUID interest = UUID.fromString(interestId);
    InterestView moved;
    try {
      InterestView shown =
          getInterests().stream()
              .filter(i -> i.id().equals(interest))
              .findFirst()
              .orElseThrow(() -> ProblemException.notFound(ListingsResource.INTEREST, interest));
      moved =
          switch (shown.state()) {
            case INTEREST_EXPRESSED -> listings.introduce(uuid(), interest);
            case INTRODUCED -> listings.negotiate(uuid(), interest);
            default -> listings.license(uuid(), interest);
          };
    } catch (ProblemException e) {
      return messages.show("interests", e);
    }
    String state = "enum.MatchState." + moved.state().name();
    messages.info(texts.text("ipc.interest.moved", texts.text(state)));
    return reload();
  }

  public void prepareDecline(String interestId) {
    declineInterest = interestId;
    declineReason = null;
    declineNote = null;
  }

  public List<String> getDeclineReasons() {
    return Arrays.stream(DeclineReason.values()).map(Enum::name).toList();
  }

  public String decline() {
    try {
      listings.decline(
          uuid(),
          UUID.fromString(declineInterest),
          Violations.valid(
              new PatentForms.DeclineForm(
                  declineReason == null || declineReason.isBlank()
                      ? null
                      : DeclineReason.valueOf(declineReason),
                  declineNote)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("decline-form", e);
    }
    messages.info(texts.text("ipc.interest.declined"));
    return reload();
  }

  public String withdraw() {
    try {
      listings.withdraw(uuid());
    } catch (ProblemException e) {
      return messages.show("listing-actions", e);
    }
    messages.info(texts.text("ipc.listing.withdrawn-done"));
    return reload();
  }

  private String reload() {
    return "/app/listing?faces-redirect=true&id=" + uuid();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getInterestNote() {
    return interestNote;
  }

  public void setInterestNote(String interestNote) {
    this.interestNote = interestNote;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getDeclineNote() {
    return declineNote;
  }

  public void setDeclineNote(String declineNote) {
    this.declineNote = declineNote;
  }
}
