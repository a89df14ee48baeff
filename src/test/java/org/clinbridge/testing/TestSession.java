package org.clinbridge.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once when a test JVM starts, before any test class: fixes the random administrator password
 * of this run ({@link RunningApp#adminPassword()}) as the system property {@value
 * RunningApp#ADMIN_PASSWORD_PROPERTY}, so that the Arquillian container (arquillian.xml passes it
 * on) and the instances {@link RunningApp} starts create {@code admin} with the same password,
 * whichever of them reaches the shared test database first.
 */
public class TestSession implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    RunningApp.adminPassword();
  }
}
