package org.clinbridge.licensing.entity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * A registration certificate or filing number, read into its parts and checked against the format
 * of the NMPA's measures: {@code <authority>械注<准|进|许><year><class><catalogue code><serial>} for a
 * registration (国械注准20213160200: the NMPA, domestic, 2021, Class III, sub-catalogue 16, serial
 * 0200), {@code <province><city>械备<year><serial>} for a Class I filing (渝渝北械备20200012). A trailing
 * 号 is accepted and dropped.
 *
 * <p>Checks: 进 (imported) and 许 (Hong Kong, Macao, Taiwan) only from the NMPA; a province registers
 * Class II only, the NMPA's domestic (准) registrations are Class III; registrations are Class II or
 * III (Class I is filed); from 2019 on, the catalogue code is a sub-catalogue of the 2017 catalogue
 * (01-22), which took effect in August 2018; earlier numbers carry the codes of the catalogue of
 * their time.
 */
public record CertificateNumber(
    String text,
    CertificateKind kind,
    String authorityPrefix,
    String marker,
    int year,
    DeviceClass deviceClass,
    String catalogueCode,
    String serial) {

  /** The provinces' one-character abbreviations, as they open provincial numbers. */
  static final Set<String> PROVINCES =
      Set.of(
          "京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "新", "苏", "浙", "赣", "鄂", "桂",
          "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "青", "藏", "川", "宁", "琼");

  private static final Pattern REGISTRATION =
      Pattern.compile("(\\p{IsHan})械注([准进许])(\\d{4})(\\d)(\\d{2})(\\d{4})");
  private static final Pattern FILING = Pattern.compile("(\\p{IsHan}{1,6}?)械备(\\d{4})(\\d{4})");
  private static final int FIRST_YEAR_OF_2017_CATALOGUE = 2019;

  /** Reads {@code raw}, or a 400 naming {@code number} with what is wrong. */
  public static CertificateNumber parse(String raw, int currentYear) {
    if (raw == null || raw.isBlank()) {
      throw invalid("licence.number.required");
    }
    String text = raw.strip();
    if (text.endsWith("号")) {
      text = text.substring(0, text.length() - 1);
    }
    Matcher r = REGISTRATION.matcher(text);
    if (r.matches()) {
      return registration(text, r, currentYear);
    }
    Matcher f = FILING.matcher(text);
    if (f.matches()) {
      return filing(text, f, currentYear);
    }
    throw invalid("licence.number.format", text);
  }

  private static CertificateNumber registration(String text, Matcher m, int currentYear) {
    String prefix = m.group(1);
    String marker = m.group(2);
    int year = year(m.group(3), currentYear);
    String classDigit = m.group(4);
    String catalogue = m.group(5);
    boolean national = prefix.equals("国");
    if (!national && !PROVINCES.contains(prefix)) {
      throw invalid("licence.number.authority", prefix);
    }
    if (!national && !marker.equals("准")) {
      throw invalid("licence.number.imported-national", marker);
    }
    DeviceClass deviceClass =
        switch (classDigit) {
          case "2" -> DeviceClass.II;
          case "3" -> DeviceClass.III;
          case "1" -> throw invalid("licence.number.class-one");
          default -> throw invalid("licence.number.class", classDigit);
        };
    if (!national && deviceClass != DeviceClass.II) {
      throw invalid("licence.number.province-class", prefix);
    }
    if (national && marker.equals("准") && deviceClass != DeviceClass.III) {
      throw invalid("licence.number.national-class");
    }
    if (year >= FIRST_YEAR_OF_2017_CATALOGUE
        && (catalogue.compareTo("01") < 0 || catalogue.compareTo("22") > 0)) {
      throw invalid("licence.number.catalogue", catalogue, year);
    }
    return new CertificateNumber(
        text,
        CertificateKind.REGISTRATION,
        prefix,
        marker,
        year,
        deviceClass,
        catalogue,
        m.group(6));
  }

  private static CertificateNumber filing(String text, Matcher m, int currentYear) {
    String prefix = m.group(1);
    String province = prefix.substring(0, 1);
    // Imported Class I devices are filed with the NMPA (国); domestic ones with a city, whose
    // number opens with the province and the city.
    if (!prefix.equals("国") && (!PROVINCES.contains(province) || prefix.length() < 2)) {
      throw invalid("licence.number.filing-authority", prefix);
    }
    return new CertificateNumber(
        text,
        CertificateKind.FILING,
        prefix,
        null,
        year(m.group(2), currentYear),
        DeviceClass.I,
        null,
        m.group(3));
  }

  private static int year(String digits, int currentYear) {
    int year = Integer.parseInt(digits);
    if (year < 2000 || year > currentYear) {
      throw invalid("licence.number.year", year, currentYear);
    }
    return year;
  }

  /** A renewal keeps the year and the serial of the number it renews. */
  public boolean renews(CertificateNumber earlier) {
    return kind == earlier.kind && year == earlier.year && serial.equals(earlier.serial);
  }

  private static ProblemException invalid(String key, Object... args) {
    return ProblemException.invalidField("number", key, args);
  }
}
