package org.clinbridge.reference.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Loads the bundled notices on public holidays right after the migrations of the first start, so
 * that working-day answers exist before the first request. Later starts find them loaded and do
 * nothing.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class CalendarFirstStart {
  @Inject CalendarNotices notices;

  @PostConstruct
  void load() {
    notices.loadBundledOnce();
  }
}
