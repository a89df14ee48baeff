package org.clinbridge.licensing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;

class CertificateTest {
  static final LocalDate ISSUED = LocalDate.of(2021, 5, 11);

  static Certificate certificate(String number, LocalDate today) {
    return new Certificate(
        LicenceApplicationTest.project(),
        null,
        CertificateNumber.parse(number, today.getYear()),
        "上海某医疗科技有限公司",
        new BilingualText("心电监护仪", "ECG monitor"),
        null,
        ISSUED,
        null,
        LicenceApplicationTest.AT,
        today);
  }

  @Test
  void aRegistrationIsValidFiveYearsAndExpiresSoonFromItsAlertDate() {
    Certificate c = certificate("沪械注准20212040585", LocalDate.of(2021, 6, 1));
    assertThat(c.expiresOn()).isEqualTo(LocalDate.of(2026, 5, 10));
    assertThat(c.alertOn()).isEqualTo(LocalDate.of(2024, 11, 10));
    assertThat(c.renewalDeadline()).isEqualTo(LocalDate.of(2025, 11, 10));
    assertThat(c.stateOn(LocalDate.of(2024, 11, 9))).isEqualTo(CertificateState.ACTIVE);
    assertThat(c.stateOn(LocalDate.of(2024, 11, 10))).isEqualTo(CertificateState.EXPIRING_SOON);
    assertThat(c.stateOn(LocalDate.of(2026, 5, 10))).isEqualTo(CertificateState.EXPIRING_SOON);
    assertThat(c.stateOn(LocalDate.of(2026, 5, 11))).isEqualTo(CertificateState.EXPIRED);
    assertThat(c.raisesAlerts()).isTrue();
  }

  @Test
  void theRenewalKeepsYearAndSerialAndRunsFiveYearsFromTheOldExpiry() {
    LocalDate today = LocalDate.of(2025, 9, 1);
    Certificate c = certificate("沪械注准20212040585", today);
    c.moveTo(CertificateState.RENEWAL_SUBMITTED, today, null, today);
    assertThat(c.stateOn(today)).isEqualTo(CertificateState.RENEWAL_SUBMITTED);
    assertThatThrownBy(
            () -> c.renew(CertificateNumber.parse("沪械注准20252040585", 2025), today, today))
        .hasMessageContaining("licence.number.renewal-keeps");
    c.renew(CertificateNumber.parse("沪械注准20212040585", 2025), today, today);
    assertThat(c.stateOn(today)).isEqualTo(CertificateState.ACTIVE);
    assertThat(c.expiresOn()).isEqualTo(LocalDate.of(2031, 5, 10));
    assertThat(c.alertOn()).isEqualTo(LocalDate.of(2029, 11, 10));
    assertThat(c.issuedOn()).isEqualTo(today);
    assertThat(c.renewals()).isEqualTo(1);
  }

  @Test
  void aRenewalLaterThanSixMonthsBeforeExpiryIsRefused() {
    LocalDate today = LocalDate.of(2025, 11, 11);
    Certificate c = certificate("沪械注准20212040585", today);
    assertThatThrownBy(() -> c.moveTo(CertificateState.RENEWAL_SUBMITTED, today, null, today))
        .isInstanceOf(CertificateRefused.class)
        .hasMessageContaining("renewal-late");
  }

  @Test
  void suspendedReinstatedCancelledArchivedEachWithAReasonAndNoAlertsAfter() {
    LocalDate today = LocalDate.of(2023, 1, 2);
    Certificate c = certificate("国械注准20213160200", today);
    assertThatThrownBy(() -> c.moveTo(CertificateState.SUSPENDED, today, " ", today))
        .hasMessageContaining("reason-required");
    c.moveTo(CertificateState.SUSPENDED, today, "inspection found QMS gaps", today);
    assertThat(c.raisesAlerts()).isFalse();
    c.moveTo(CertificateState.ACTIVE, today, "gaps closed", today);
    assertThat(c.raisesAlerts()).isTrue();
    c.moveTo(CertificateState.ARCHIVED, today, "product line sold", today);
    assertThat(c.stateOn(today)).isEqualTo(CertificateState.ARCHIVED);
    assertThat(c.raisesAlerts()).isFalse();
    assertThatThrownBy(() -> c.moveTo(CertificateState.CANCELLED, today, "x", today))
        .isInstanceOf(CertificateRefused.class)
        .hasMessageContaining("detail.state");
  }

  @Test
  void anExpiredCertificateIsArchivedNotRenewed() {
    LocalDate today = LocalDate.of(2026, 6, 1);
    Certificate c = certificate("沪械注准20212040585", today);
    assertThat(c.stateOn(today)).isEqualTo(CertificateState.EXPIRED);
    assertThatThrownBy(() -> c.moveTo(CertificateState.RENEWAL_SUBMITTED, today, null, today))
        .hasMessageContaining("detail.state");
    c.moveTo(CertificateState.ARCHIVED, today, "expired, not renewed", today);
  }

  @Test
  void aFilingHasNoExpiryAndNoRenewal() {
    LocalDate today = LocalDate.of(2022, 1, 1);
    Certificate c = certificate("渝渝北械备20200012", today);
    assertThat(c.expiresOn()).isNull();
    assertThat(c.stateOn(LocalDate.of(2040, 1, 1))).isEqualTo(CertificateState.ACTIVE);
    assertThatThrownBy(() -> c.moveTo(CertificateState.RENEWAL_SUBMITTED, today, null, today))
        .hasMessageContaining("detail.filing");
    assertThat(c.raisesAlerts()).isFalse();
  }

  @Test
  void theStatedClassMustBeTheNumbers() {
    LocalDate today = LocalDate.of(2022, 1, 1);
    assertThatThrownBy(
            () ->
                new Certificate(
                    LicenceApplicationTest.project(),
                    null,
                    CertificateNumber.parse("沪械注准20212040585", 2022),
                    "holder",
                    new BilingualText("a", "b"),
                    DeviceClass.III,
                    ISSUED,
                    null,
                    LicenceApplicationTest.AT,
                    today))
        .hasMessageContaining("class-mismatch");
  }
}
