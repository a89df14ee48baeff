package org.clinbridge.organisations.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violation;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.primefaces.model.file.UploadedFile;

/**
 * Registers organisations from a CSV file (app/organisation-import.xhtml) through the API's own
 * all-or-nothing import. The report is either how many were registered or, when any line was bad,
 * every refused line with its reason in the reader's language (the problem's violations).
 */
@Named("organisationImport")
@ViewScoped
public class OrganisationImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationImportResource imports;
  @Inject Caller caller;
  @Inject Language language;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient UploadedFile file;
  private ImportReport report;
  private List<Violation> refused = List.of();
  private String fileName;

  public void load() {
    Pages.require(caller.has(Role.DISTRICT_ADMIN));
  }

  public String upload() {
    if (!Pages.require(caller.has(Role.DISTRICT_ADMIN))) {
      return null;
    }
    report = null;
    refused = List.of();
    if (file == null || file.getSize() == 0) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, texts.text("organisation-import.no-file"), null));
      faces.validationFailed();
      return null;
    }
    fileName = file.getFileName();
    try (InputStream in = file.getInputStream()) {
      report = imports.importFile(in, language.getLocale());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProblemException e) {
      // A bad line refuses the whole file: the report lists each refused line instead.
      if ("import-rejected".equals(e.slug())) {
        refused = e.violations();
        return null;
      }
      return messages.show("import", e);
    }
    return null;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportReport getReport() {
    return report;
  }

  public List<Violation> getRefused() {
    return refused;
  }

  public String getFileName() {
    return fileName;
  }
}
