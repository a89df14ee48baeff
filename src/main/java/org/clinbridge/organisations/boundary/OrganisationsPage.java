package org.clinbridge.organisations.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.Caller;

/**
 * The organisations page (app/organisations.xhtml): the district's organisations in registration
 * order, filtered by kind, state and text, read page by page through the API's own list use case
 * (same scoping, same keyset pages). For district administrators.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationsResource organisations;
  @Inject Caller caller;

  private String kind;
  private String active;
  private String text;

  private final KeysetDataModel<OrganisationView> rows =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<OrganisationView> fetch(PageRequest request) {
          return organisations.list(kind, active, text, request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(OrganisationView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}): district administrators only. */
  public void guard() {
    Pages.require(caller.isDistrictAdmin());
  }

  /** Applies the filter: the table starts again at its first page. */
  public void search() {
    rows.reset();
  }

  public KeysetDataModel<OrganisationView> getRows() {
    return rows;
  }

  public List<OrganisationKind> getKinds() {
    return List.of(OrganisationKind.values());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getActive() {
    return active;
  }

  public void setActive(String active) {
    this.active = active;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
