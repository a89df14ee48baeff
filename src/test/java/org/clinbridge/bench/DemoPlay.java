package org.clinbridge.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.clinbridge.district.control.DemoScript;

/**
 * Plays the demo district's script against a running instance, signed in as its administrator:
 * {@code DemoPlay <base-url> <admin-password>}. The application plays the same script by itself at
 * its first start with {@code -Ddemo=true}; this is for an instance that already has data, and for
 * working on the script.
 */
public final class DemoPlay {
  private DemoPlay() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    HttpResponse<String> token =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String access = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    try (InputStream in = DemoScript.class.getResourceAsStream("/demo/district.json")) {
      var people =
          new DemoScript(
                  base,
                  access,
                  LocalDate.now(ZoneId.of("Asia/Shanghai")),
                  OffsetDateTime.now(ZoneOffset.UTC))
              .play(DemoScript.load(in));
      people.forEach(p -> System.out.println(p.username() + " " + p.password() + " " + p.roles()));
    }
  }
}
