package org.clinbridge.contracts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.boundary.ProjectView;
import org.clinbridge.projects.boundary.ProjectsResource;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * A project's technology contracts (app/contracts.xhtml?project=): each with its state and, while
 * the office reviews it, the day its decision is due and the days left; the project's people
 * register a contract, change a draft or a returned one and submit it. The same use cases as {@code
 * /api/projects/{id}/contracts} and {@code /api/contracts/{id}}, so the same visibility: another
 * organisation's project is not found.
 */
@Named("projectContractsPage")
@ViewScoped
public class ProjectContractsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A project has a handful of contracts; one page shows them all. */
  static final int LIMIT = 100;

  @Inject ProjectsResource projects;
  @Inject ProjectContractsResource projectContracts;
  @Inject ContractsResource contracts;
  @Inject ProjectAccess access;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String project;
  private transient ProjectView shown;
  private transient List<ContractView> list;
  private transient Boolean editing;

  /** The page's loader ({@code f:viewAction}): a project the caller may not see is not found. */
  public void load() {
    try {
      getShown();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  private UUID projectId() {
    return Pages.id(project);
  }

  public ProjectView getShown() {
    if (shown == null) {
      shown = projects.read(projectId());
    }
    return shown;
  }

  public List<ContractView> getContracts() {
    if (list == null) {
      list = projectContracts.list(projectId(), LIMIT, null).items();
    }
    return list;
  }

  /** The project's people (its members, its manager, district administrators) write contracts. */
  public boolean isEditing() {
    if (editing == null) {
      editing = access.canEdit(access.visible(projectId()));
    }
    return editing;
  }

  public String submit(ContractView c) {
    try {
      contracts.submitContract(c.id());
    } catch (ProblemException e) {
      return messages.show("list", e);
    }
    messages.info(texts.text("contracts.submitted"));
    return "/app/contracts?faces-redirect=true&project=" + projectId();
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }
}
