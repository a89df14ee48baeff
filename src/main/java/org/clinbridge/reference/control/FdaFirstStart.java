package org.clinbridge.reference.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Loads the bundled FDA reference files right after the migrations of the first start, so that an
 * installation has every product code before it serves a request (docs/decisions.md, "FDA reference
 * data"). Later starts find them loaded and do nothing.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class FdaFirstStart {
  @Inject FdaProductCodes codes;

  @PostConstruct
  void load() {
    codes.loadBundledOnce();
  }
}
