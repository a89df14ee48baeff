package org.clinbridge.scenes.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-02-15        | 2020-02-15",
        "27/01/2020        | 2020-01-27",
        "5/3/2020          | 2020-03-05",
        "20200216          | 2020-02-16",
        "January 25, 2020  | 2020-01-25",
        "June 15, 2017     | 2017-06-15",
        "Jun 5, 2017       | 2017-06-05",
        "17 February 2020  | 2020-02-17",
        "6 Apr 2020        | 2020-04-06",
        "'  3  February   2020 ' | 2020-02-03",
        "2010-05           | 2010-05-01",
        "August 2007       | 2007-08-01",
        "june 2018         | 2018-06-01",
        "03/2020           | 2020-03-01"
      })
  void registryDatesAreRead(String text, LocalDate expected) {
    assertThat(LenientDates.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "N/A", "4/7/2020 10:40:56 AM", "2020-13-01", "31/02/2020", "soon"})
  void anythingElseIsAbsentNotAFailure(String text) {
    assertThat(LenientDates.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nullIsAbsent() {
    assertThat(LenientDates.parse(null)).isEmpty();
  }
}
