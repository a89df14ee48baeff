package org.clinbridge.platform.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Starts the jobs once the schema is migrated, and stops them when the application goes. */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class JobScheduler {
  @Inject Jobs jobs;

  @PostConstruct
  void start() {
    jobs.start();
  }

  @PreDestroy
  void stop() {
    jobs.stop();
  }
}
