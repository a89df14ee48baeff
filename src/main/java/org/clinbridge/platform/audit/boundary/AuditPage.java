package org.clinbridge.platform.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.security.Caller;

/**
 * The audit page of district administrators (app/audit.xhtml): verify the whole chain and see what
 * is broken, if anything; look up any record's history by its kind and id.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditResource audit;
  @Inject Caller caller;
  @Inject Language language;

  private transient ChainVerificationView verification;
  private String entity;
  private String id;

  /** The page's guard ({@code f:viewAction}). */
  public void load() {
    Pages.require(caller.isDistrictAdmin());
  }

  public void verify() {
    verification = audit.verifyIn(language.getLocale());
  }

  public ChainVerificationView getVerification() {
    return verification;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity == null ? null : entity.strip();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id == null ? null : id.strip();
  }
}
