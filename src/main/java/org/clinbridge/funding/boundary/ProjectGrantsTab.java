package org.clinbridge.funding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.clinbridge.projects.boundary.ProjectPage;

/** The grants tab of the project page: the project's grants, as the API lists them. */
@Named("projectGrants")
@RequestScoped
public class ProjectGrantsTab {
  @Inject ProjectPage page;
  @Inject ProjectGrantsResource grants;

  private List<FundViews.GrantView> rows;

  public List<FundViews.GrantView> getGrants() {
    if (rows == null) {
      rows = grants.list(UUID.fromString(page.getId()), 200, null).items();
    }
    return rows;
  }
}
