package org.clinbridge.platform.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.jobs.control.Jobs;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The timed jobs, for district administrators: what runs when, and how it went. */
@Boundary
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs", description = "Timed jobs (district administrators)")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class JobsResource {
  @Inject Jobs jobs;

  @GET
  @Operation(
      summary = "Every job with its schedule, last run and next run",
      operationId = "listJobs")
  @APIResponse(
      responseCode = "200",
      description = "Every job",
      content = @Content(schema = @Schema(ref = "Job")),
      extensions = @Extension(name = Documented.LIST, value = "true"))
  public List<JobView> list() {
    return jobs.statuses().stream().map(JobView::of).toList();
  }

  @GET
  @Path("{name}/runs")
  @Operation(summary = "A job's runs, newest first", operationId = "listJobRuns")
  @APIResponse(
      responseCode = "200",
      description = "One page of the job's runs",
      content = @Content(schema = @Schema(ref = "JobRun")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<JobRunView> runs(
      @PathParam("name") String name,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    return Page.of(
        jobs.runs(name, page),
        page.limit(),
        JobRunView::of,
        r -> JpqlWhere.createdCursor(Jobs.RUNS_CURSOR, r.startedAt(), r.publicId()));
  }

  @POST
  @Path("{name}/run")
  @Operation(
      summary = "Run a job now",
      description =
          "Runs under the job's lease like a scheduled run and answers the run; 409 job-busy"
              + " while another instance runs it",
      operationId = "runJobNow")
  @APIResponse(
      responseCode = "200",
      description = "The run",
      content = @Content(schema = @Schema(ref = "JobRun")))
  public JobRunView run(@PathParam("name") String name) {
    return JobRunView.of(jobs.runNow(name));
  }
}
