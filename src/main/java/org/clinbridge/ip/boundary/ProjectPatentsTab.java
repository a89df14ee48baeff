package org.clinbridge.ip.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.clinbridge.projects.boundary.ProjectPage;

/** The patents tab of the project page, with the innovative-device pre-check. */
@Named("projectPatents")
@RequestScoped
public class ProjectPatentsTab {
  @Inject ProjectPage page;
  @Inject ProjectPatentsResource patents;
  @Inject InnovativePrecheckResource precheck;

  private List<PatentView> rows;
  private InnovativePrecheckResource.PrecheckView check;

  public List<PatentView> getPatents() {
    if (rows == null) {
      rows = patents.list(UUID.fromString(page.getId())).items();
    }
    return rows;
  }

  public InnovativePrecheckResource.PrecheckView getPrecheck() {
    if (check == null) {
      check = precheck.check(UUID.fromString(page.getId()), null);
    }
    return check;
  }
}
