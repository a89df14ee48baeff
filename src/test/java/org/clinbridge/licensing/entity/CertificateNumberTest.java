package org.clinbridge.licensing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateNumberTest {
  static CertificateNumber parse(String s) {
    return CertificateNumber.parse(s, 2026);
  }

  @ParameterizedTest
  @CsvSource({
    "国械注准20213160200, 国, 准, 2021, III, 16, 0200",
    "国械注进20143165007, 国, 进, 2014, III, 16, 5007",
    "沪械注准20212040585, 沪, 准, 2021, II, 04, 0585",
    "苏械注准20242042183, 苏, 准, 2024, II, 04, 2183",
    "国械注许20203220001号, 国, 许, 2020, III, 22, 0001",
    "国械注进20222070123, 国, 进, 2022, II, 07, 0123"
  })
  void theBriefsNumbersParseIntoTheirParts(
      String number,
      String prefix,
      String marker,
      int year,
      DeviceClass deviceClass,
      String catalogue,
      String serial) {
    CertificateNumber n = parse(number);
    assertThat(n.kind()).isEqualTo(CertificateKind.REGISTRATION);
    assertThat(n.authorityPrefix()).isEqualTo(prefix);
    assertThat(n.marker()).isEqualTo(marker);
    assertThat(n.year()).isEqualTo(year);
    assertThat(n.deviceClass()).isEqualTo(deviceClass);
    assertThat(n.catalogueCode()).isEqualTo(catalogue);
    assertThat(n.serial()).isEqualTo(serial);
    assertThat(n.text()).doesNotEndWith("号");
  }

  @Test
  void filingsAreClassOneWithTheirCityOrTheNmpa() {
    CertificateNumber city = parse("渝渝北械备20200012号");
    assertThat(city.kind()).isEqualTo(CertificateKind.FILING);
    assertThat(city.authorityPrefix()).isEqualTo("渝渝北");
    assertThat(city.deviceClass()).isEqualTo(DeviceClass.I);
    assertThat(city.year()).isEqualTo(2020);
    assertThat(city.serial()).isEqualTo("0012");
    assertThat(parse("国械备20190345").authorityPrefix()).isEqualTo("国");
  }

  @ParameterizedTest
  @CsvSource({
    "'', licence.number.required",
    "ABC123, licence.number.format",
    "国械注准2021316020, licence.number.format",
    "美械注准20213160200, licence.number.authority",
    "沪械注进20212040585, licence.number.imported-national",
    "国械注准20211160200, licence.number.class-one",
    "国械注准20214160200, licence.number.class",
    "沪械注准20213040585, licence.number.province-class",
    "国械注准20212040585, licence.number.national-class",
    "国械注准20213300200, licence.number.catalogue",
    "国械注准19993160200, licence.number.year",
    "国械注准20273160200, licence.number.year",
    "渝械备20200012, licence.number.filing-authority"
  })
  void eachBrokenRuleIsNamedOnTheNumberField(String number, String key) {
    assertThatThrownBy(() -> parse(number))
        .isInstanceOf(ProblemException.InvalidFieldException.class)
        .hasFieldOrPropertyWithValue("field", "number")
        .hasMessageContaining(key);
  }

  @Test
  void catalogueCodesBeforeThe2017CatalogueAreOfTheirTime() {
    assertThat(parse("国械注进20143465007").catalogueCode()).isEqualTo("46");
  }

  @Test
  void aRenewalKeepsYearAndSerial() {
    CertificateNumber old = parse("沪械注准20212040585");
    assertThat(parse("沪械注准20212040585").renews(old)).isTrue();
    assertThat(parse("沪械注准20212070585").renews(old)).isTrue();
    assertThat(parse("沪械注准20222040585").renews(old)).isFalse();
    assertThat(parse("沪械注准20212040586").renews(old)).isFalse();
  }
}
