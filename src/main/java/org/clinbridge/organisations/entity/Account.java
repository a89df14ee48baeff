package org.clinbridge.organisations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.security.CallerPrincipal;
import org.clinbridge.platform.security.Role;

/**
 * A person's sign-in identity: one organisation, a set of roles that must fit the organisation's
 * kind ({@link OrganisationKind#allows}), and a password hash. Never deleted: disabled instead,
 * which stops its sign-ins and its tokens at once. An invited account has no password until the
 * invitee sets one.
 */
@Entity
@Table(name = "account")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Column(nullable = false, unique = true, updatable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  private boolean enabled = true;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected Account() {}

  /**
   * A new account; the roles must fit the organisation's kind.
   *
   * @param username lower-cased; unique across the platform
   */
  public Account(
      Organisation organisation,
      String username,
      String displayName,
      String email,
      Set<Role> roles,
      OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.username = normalise(Objects.requireNonNull(username, "username"));
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.email = email;
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    grant(roles);
  }

  /** Usernames compare case-insensitively; they are stored in lower case. */
  public static String normalise(String username) {
    return username.trim().toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Organisation organisation() {
    return organisation;
  }

  public boolean enabled() {
    return enabled;
  }

  public String disabledReason() {
    return disabledReason;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public long version() {
    return version;
  }

  /** May this account sign in at all: enabled, has a password, and its organisation is active. */
  public boolean canSignIn() {
    return enabled && passwordHash != null && organisation.active();
  }

  /** The signed-in identity this account gives, as the container and {@code Caller} see it. */
  public CallerPrincipal principal() {
    return new CallerPrincipal(
        username,
        publicId,
        organisation.publicId(),
        organisation.id(),
        organisation.kind().name(),
        roles());
  }

  /** The fields an audit entry records (never the password hash). */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", username);
    m.put("displayName", displayName);
    if (email != null) {
      m.put("email", email);
    }
    m.put("organisation", organisation.publicId().toString());
    m.put("roles", roles().stream().map(Enum::name).sorted().toList().toString());
    m.put("enabled", enabled);
    if (disabledReason != null) {
      m.put("disabledReason", disabledReason);
    }
    return m;
  }

  public void setPassword(String hash) {
    this.passwordHash = Objects.requireNonNull(hash, "hash");
  }

  public void describe(String displayName, String email) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.email = email;
  }

  /** Replaces the roles; every role must fit the organisation's kind, and at least one is held. */
  public void grant(Set<Role> newRoles) {
    OrganisationKind kind = organisation.kind();
    if (newRoles == null || newRoles.isEmpty()) {
      throw new RoleNotAllowedException(kind, null);
    }
    for (Role r : newRoles) {
      if (!kind.allows(r)) {
        throw new RoleNotAllowedException(kind, r);
      }
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** Stops sign-ins, tokens and sessions of this account at once; the reason is kept. */
  public void disable(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Disabling an account needs a reason");
    }
    if (!enabled) {
      throw new AccountStateException("account.already-disabled");
    }
    enabled = false;
    disabledReason = reason;
  }

  public void enable() {
    if (enabled) {
      throw new AccountStateException("account.already-enabled");
    }
    enabled = true;
    disabledReason = null;
  }
}
