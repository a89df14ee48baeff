package org.clinbridge.scenes.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.scenes.boundary.SceneImportsResource.Format;
import org.primefaces.model.file.UploadedFile;

/**
 * Imports a hospital's studies as draft scenes (app/scene-import.xhtml): a ClinicalTrials.gov JSON
 * or XML file or a WHO ICTRP CSV export, the format told by the file's name. Runs the API's own
 * import and shows its report, one line per record: the draft made of it, or why none was.
 */
@Named("sceneImport")
@ViewScoped
public class SceneImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SceneImportsResource imports;
  @Inject Caller caller;
  @Inject Language language;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient UploadedFile file;
  private transient ImportReport report;
  private String fileName;

  public void load() {
    Pages.require(caller.has(Role.HOSPITAL_STAFF));
  }

  public String upload() {
    if (!Pages.require(caller.has(Role.HOSPITAL_STAFF))) {
      return null;
    }
    report = null;
    if (file == null || file.getSize() == 0) {
      return refuse(texts.text("scene-import.page.no-file"));
    }
    Optional<Format> format = Format.ofFileName(file.getFileName());
    if (format.isEmpty()) {
      return refuse(texts.text("scene-import.page.format", file.getFileName()));
    }
    try (InputStream in = file.getInputStream()) {
      report = imports.importFile(format.get(), in, language.getLocale());
      fileName = file.getFileName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ProblemException e) {
      return messages.show("import", e);
    }
    return null;
  }

  private static String refuse(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
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

  public String getFileName() {
    return fileName;
  }
}
