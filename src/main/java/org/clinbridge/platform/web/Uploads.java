package org.clinbridge.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Reading an uploaded file's body: bounded, so a stray huge upload is refused before it is read.
 */
public final class Uploads {
  private Uploads() {}

  /**
   * The body as UTF-8 text: over {@code maxBytes} is a 413, bytes that are not UTF-8 a 400 {@code
   * import-rejected} saying so.
   */
  public static String utf8(InputStream body, int maxBytes) {
    try {
      byte[] bytes = body.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new ProblemException(413, "payload-too-large", "payload-too-large.detail");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProblemException(400, "import-rejected", "import.not-utf8");
    } catch (IOException e) {
      throw new ProblemException(400, "bad-request", "bad-request.detail");
    }
  }
}
